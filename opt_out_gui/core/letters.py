"""Request letters: render the shipped jinja2 templates into text, HTML and email.

Templates live in ``templates/<family>/<action>.<language>.txt.j2``; the request type id
is ``<family>-<action>`` (``gdpr-objection-ai`` -> ``gdpr/objection-ai.de.txt.j2``). A law
of the family whose articles differ (the Swiss FADP in the GDPR family) has its own
folder, ``templates/<family>/<law>/``, used instead for that law. The wording every
letter shares (salutation, identity, platform facts, deadline, closing) is in
``templates/_shared/<language>.j2``.

User input (names, addresses, free text, edited letters) is only ever passed to a
template as data; it is never compiled as template source. Templates that do not come
with the app (a user's folder, an update) run in jinja2's sandbox.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import LANGUAGES, Profile
from opt_out_gui.resources import templates_dir

# Particular-situation grounds for an Art. 21(1) objection. Each language file words them;
# these labels are for choosing in the GUI and the CLI.
GROUNDS = {
    "creative-work": "My creative or professional work",
    "sensitive-content": "My private life shows in my content",
    "professional-secrecy": "Professional confidentiality",
    "safety": "Protection from harassment",
    "minor": "Content from my childhood",
}
ERASURE_SCOPES = {
    "training-data": "only data used for AI training",
    "all-data": "all my data (closes the account)",
}
OUTPUT_FORMATS = ("txt", "html", "pdf", "eml")
# Longer mailto: links are cut off by some browsers and mail programs.
MAILTO_LIMIT = 2000

# The catalogue region whose controller receives a letter under each law family.
_FAMILY_REGION = {"gdpr": "eu", "ccpa": "us", "us-state": "us", "lgpd": "other", "pipeda": "other"}
_LAW_REGION = {"gdpr": "eu", "uk-gdpr": "uk", "fadp": "ch", "ccpa": "us", "lgpd": "other", "pipeda": "other"}
# Which babel locale formats dates for a language under a law (US English, Brazilian Portuguese...).
_DATE_LOCALES = {
    ("en", "us"): "en_US",
    ("en", "other"): "en_US",
    ("en", "pipeda"): "en_CA",
    ("en",): "en_GB",
    ("pt", "lgpd"): "pt_BR",
    ("pt",): "pt_PT",
    ("fr", "pipeda"): "fr_CA",
    ("de", "ch"): "de_CH",
    ("fr", "ch"): "fr_CH",
    ("it", "ch"): "it_CH",
    ("es", "us"): "es_US",
}
_QUOTES = {
    "en": ("“", "”"),
    "de": ("„", "“"),
    "fr": ("« ", " »"),
    "es": ("«", "»"),
    "it": ("«", "»"),
    "nl": ("‘", "’"),
    "pl": ("„", "”"),
    "pt": ("«", "»"),
}
REFERENCE_LABELS = {
    "en": "Reference",
    "de": "Referenz",
    "fr": "Référence",
    "es": "Referencia",
    "it": "Riferimento",
    "nl": "Referentie",
    "pl": "Numer referencyjny",
    "pt": "Referência",
}
_ACTIONS_NEEDING_EARLIER_REQUEST = ("reminder", "complaint", "appeal")


@dataclass(frozen=True)
class LetterOptions:
    """The optional fields of a letter; which ones a type uses is in `fields_for(type_id)`."""

    grounds: tuple[str, ...] = ()
    grounds_text: str = ""
    data_scope: str = ""
    erasure_scope: str = "training-data"
    earlier_date: date | None = None
    earlier_reference: str = ""
    # The deadline of the earlier request when the tracker knows it; else computed from earlier_date.
    earlier_deadline: date | None = None
    complaint_text: str = ""
    correction: str = ""


@dataclass(frozen=True)
class Recipient:
    entity: str
    address: tuple[str, ...]
    email: str | None
    web_form: str | None
    known: bool = True  # False: no controller for the region in the catalogue, the company is addressed
    kind: str = "controller"  # or "authority"


@dataclass(frozen=True)
class Letter:
    platform_id: str
    type_id: str
    law_id: str
    language: str
    reference: str
    date: date
    subject: str
    body: str
    html: str
    recipient: Recipient
    controller: Recipient
    sender: Profile
    account: str
    deadline: Any  # DeadlineResult from the law engine
    edited: bool = False
    options: LetterOptions = field(default_factory=LetterOptions)

    @property
    def date_text(self) -> str:
        return format_letter_date(self.date, self.language, self.law_id)

    @property
    def reference_label(self) -> str:
        return REFERENCE_LABELS[self.language]

    def full_text(self) -> str:
        """The letter as printed: sender, recipient, date, reference, subject, body."""
        blocks = [
            "\n".join(line for line in (self.sender.name, *self.sender.address.splitlines()) if line),
            "\n".join((self.recipient.entity, *self.recipient.address)),
            self.date_text,
            f"{self.reference_label}: {self.reference}",
            self.subject,
            self.body,
        ]
        return "\n\n".join(block for block in blocks if block) + "\n"


# ---------------------------------------------------------------- template discovery


@dataclass(frozen=True)
class TemplateSet:
    """The templates in one folder: which type ids exist in which languages."""

    directory: Path
    sandboxed: bool

    def languages(self) -> dict[str, tuple[str, ...]]:
        return _scan(self.directory)

    def law_languages(self, family: str, law_id: str) -> dict[str, tuple[str, ...]] | None:
        """Action -> languages of a law's own folder, or None when the law uses the family's templates."""
        return _scan_law(self.directory, family, law_id)


def _sorted_languages(found: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    order = list(LANGUAGES)
    return {
        key: tuple(sorted(langs, key=lambda lang: order.index(lang) if lang in order else len(order)))
        for key, langs in found.items()
    }


def _split_name(path: Path) -> tuple[str, str]:
    action, language = path.name.removesuffix(".txt.j2").rsplit(".", 1)
    return action, language


@cache
def _scan(directory: Path) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for path in sorted(directory.glob("*/*.*.txt.j2")):
        family = path.parent.name
        if family.startswith("_"):
            continue
        action, language = _split_name(path)
        found.setdefault(f"{family}-{action}", []).append(language)
    return _sorted_languages(found)


@cache
def _scan_law(directory: Path, family: str, law_id: str) -> dict[str, tuple[str, ...]] | None:
    folder = directory / family / law_id
    if not folder.is_dir():
        return None
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.*.txt.j2")):
        action, language = _split_name(path)
        found.setdefault(action, []).append(language)
    return _sorted_languages(found)


def shipped_templates() -> TemplateSet:
    return TemplateSet(templates_dir(), sandboxed=False)


def user_templates(directory: Path) -> TemplateSet:
    """Templates from outside the app (edited by the user, or from an update): sandboxed."""
    return TemplateSet(Path(directory), sandboxed=True)


def available_types(templates: TemplateSet | None = None) -> list[str]:
    return list((templates or shipped_templates()).languages())


def languages_for(
    type_id: str, templates: TemplateSet | None = None, law_id: str | None = None
) -> tuple[str, ...]:
    """Languages of a type's letters; under `law_id`, those of the law's own templates if it has them."""
    templates = templates or shipped_templates()
    known = templates.languages()
    if type_id not in known:
        raise UserError(f"unknown request type {type_id!r}; valid types: {', '.join(known)}")
    own = templates.law_languages(family_of(type_id), law_id) if law_id else None
    if own is not None:
        return own.get(action_of(type_id), ())
    return known[type_id]


def family_of(type_id: str) -> str:
    return "us-state" if type_id.startswith("us-state-") else type_id.split("-", 1)[0]


def action_of(type_id: str) -> str:
    return type_id.removeprefix(family_of(type_id) + "-")


def fields_for(type_id: str) -> tuple[str, ...]:
    """Names of the LetterOptions fields a request type uses (the GUI shows these)."""
    action = action_of(type_id)
    fields: list[str] = []
    if family_of(type_id) == "gdpr" and action in (
        "objection-ai",
        "erasure",
        "restriction",
        "withdraw-consent",
    ):
        fields += ["grounds", "grounds_text"]
    if action not in _ACTIONS_NEEDING_EARLIER_REQUEST:
        fields.append("data_scope")
    if action in ("erasure",):
        fields.append("erasure_scope")
    if action == "correct":
        fields.append("correction")
    if action in _ACTIONS_NEEDING_EARLIER_REQUEST or action == "restriction":
        fields += ["earlier_date", "earlier_reference"]
    if action == "complaint":
        fields.append("complaint_text")
    return tuple(fields)


# ---------------------------------------------------------------- environment


@cache
def _environment(directory: Path, sandboxed: bool):
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    environment_class = ImmutableSandboxedEnvironment if sandboxed else jinja2.Environment
    environment = environment_class(
        loader=jinja2.FileSystemLoader(str(directory)),
        undefined=jinja2.StrictUndefined,
        autoescape=lambda name: name is not None and name.endswith(".html.j2"),
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    environment.filters["quote"] = jinja2.pass_context(_quote)
    return environment


def _quote(context, text: str) -> str:
    opening, closing = _QUOTES[context["language"]]
    return f"{opening}{text}{closing}"


@cache  # babel's formatting dominates a letter's cost; a letter repeats a handful of dates
def format_letter_date(value: date, language: str, law_id: str) -> str:
    from babel.dates import format_date

    region = _LAW_REGION.get(law_id, "us")
    locale = (
        _DATE_LOCALES.get((language, law_id))
        or _DATE_LOCALES.get((language, region))
        or _DATE_LOCALES.get((language,))
        or language
    )
    return format_date(value, format="long", locale=locale)


# ---------------------------------------------------------------- composing


@dataclass(frozen=True)
class _Sender:
    name: str
    email: str
    address_lines: tuple[str, ...]


def compose_letter(
    platform,
    type_id: str,
    law_id: str | None,
    language: str,
    profile: Profile,
    *,
    account: str = "",
    reference: str,
    today: date,
    options: LetterOptions | None = None,
    templates: TemplateSet | None = None,
) -> Letter:
    """Render one letter. Raises UserError for an unknown type, law or language or a missing option."""
    from opt_out_gui.core import laws

    templates = templates or shipped_templates()
    options = options or LetterOptions()
    languages_for(type_id, templates)  # an unknown type is named before anything else
    request_type = laws.get_request_type(type_id)
    law_id = law_id or laws.default_law_for(profile.country, profile.state)
    if law_id is None:
        raise UserError(
            "law is required: no law is known for your country; give --law "
            f"({', '.join(laws_for_type(type_id, templates))}) or set your country"
        )
    law = laws.get_law(law_id)
    valid_laws = laws_for_type(type_id, templates)
    if law.id not in valid_laws:
        raise UserError(f"law {law_id!r} does not fit {type_id}; valid laws: {', '.join(valid_laws)}")
    languages = languages_for(type_id, templates, law.id)
    if language not in languages:
        raise UserError(
            f"language {language!r} is not available for {type_id} under {law.short_name}; "
            f"choose one of {', '.join(languages)}"
        )
    _check_options(request_type, options, today)

    family, action = family_of(type_id), action_of(type_id)
    own_templates = templates.law_languages(family, law.id) is not None
    template_name = f"{family}/{law.id}/{action}" if own_templates else f"{family}/{action}"
    controller = _controller_recipient(platform, law.region)
    if request_type.recipient == "authority":
        recipient = _authority_recipient(type_id, law, profile)
    else:
        recipient = controller
    controller_country = _country_of(controller.address)
    holiday_country = controller_country if controller_country in law.countries else None
    # Reminders and complaints state the deadline the earlier request missed; an appeal
    # starts a period of its own, counted from today like a new request.
    if request_type.needs_previous_request and (
        request_type.recipient == "authority" or request_type.deadline_rule == "request"
    ):
        assert options.earlier_date is not None  # _check_options requires it for this type
        deadline = laws.compute_deadline(law.id, options.earlier_date, None, holiday_country, today=today)
        if options.earlier_deadline:
            deadline = replace(deadline, deadline=options.earlier_deadline)
    else:
        deadline = laws.compute_deadline(law.id, today, type_id, holiday_country, today=today)
    rule = law.deadlines.get(request_type.deadline_rule or "request") or law.deadlines["request"]

    context = {
        "language": language,
        "law": law.id,
        "law_name": law.name_in(language),
        "law_title": law.name,
        "family": family,
        # The family's GDPR wording cites GDPR articles; a law with its own templates does not.
        "gdpr_wording": family == "gdpr" and not own_templates,
        "cite": lambda right_id: law.cite(right_id, language),
        "period": {"count": rule.period.count, "unit": rule.period.unit},
        # False where the law states this period for other requests only: the date is then a request.
        "period_stated": rule.applies_fully_to(type_id),
        "regulator": _regulator_name(law),
        "platform": {"name": platform.name, "company": platform.company},
        "sender": _Sender(profile.name, profile.email, tuple(profile.address.splitlines())),
        "account": account,
        "controller": _recipient_context(controller),
        "recipient": _recipient_context(recipient),
        "reference": reference,
        "today": today,
        "deadline": deadline.deadline,
        "extended_deadline": deadline.extended_deadline,
        "facts": _platform_facts(platform, law.region, today),
        "options": options,
        "date": lambda value: format_letter_date(value, language, law.id),
    }
    environment = _environment(templates.directory, templates.sandboxed)
    rendered = environment.get_template(f"{template_name}.{language}.txt.j2").render(context)
    subject, _, body = _tidy(rendered).partition("\n")
    letter = Letter(
        platform_id=platform.id,
        type_id=type_id,
        law_id=law.id,
        language=language,
        reference=reference,
        date=today,
        subject=subject.strip(),
        body=body.strip() + "\n",
        html="",
        recipient=recipient,
        controller=controller,
        sender=profile,
        account=account,
        deadline=deadline,
        options=options,
    )
    return replace(letter, html=render_html(letter, templates))


def with_edited_body(letter: Letter, body: str, templates: TemplateSet | None = None) -> Letter:
    """The letter with the user's own text; the HTML follows it. The text is never rendered as a template."""
    edited = replace(letter, body=body.rstrip() + "\n", edited=body.strip() != letter.body.strip())
    return replace(edited, html=render_html(edited, templates))


def render_html(letter: Letter, templates: TemplateSet | None = None) -> str:
    templates = templates or shipped_templates()
    paragraphs, signature = split_signature(letter)
    environment = _environment(templates.directory, templates.sandboxed)
    return environment.get_template("_shared/letter.html.j2").render(
        letter=letter,
        sender_lines=[letter.sender.name, *letter.sender.address.splitlines()],
        recipient_lines=[letter.recipient.entity, *letter.recipient.address],
        paragraphs=[p.split("\n") for p in paragraphs],
        signature=signature,
    )


def split_signature(letter: Letter) -> tuple[list[str], str]:
    """Body paragraphs, and the signer's name when the body ends with it (for a signature line)."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", letter.body.strip()) if p.strip()]
    name = letter.sender.name.strip()
    if name and paragraphs and paragraphs[-1].strip() == name:
        return paragraphs[:-1], name
    return paragraphs, ""


def laws_for_type(type_id: str, templates: TemplateSet | None = None) -> tuple[str, ...]:
    """Laws a letter of this type can be written under: those with a template for it.

    The GDPR-family templates cite GDPR article numbers (the UK GDPR keeps them); the Swiss
    FADP numbers its articles differently and has templates of its own.
    """
    from opt_out_gui.core import laws

    return tuple(law for law in laws.get_request_type(type_id).laws if languages_for(type_id, templates, law))


def draft_from_letter(letter: Letter, channel: str | None = None):
    """The tracker's draft for a letter, with its text as the user last edited it."""
    from opt_out_gui.core.tracker import Draft

    recipient = letter.recipient
    return Draft(
        reference=letter.reference,
        platform=letter.platform_id,
        type=letter.type_id,
        law=letter.law_id,
        language=letter.language,
        recipient="\n".join(
            line
            for line in (recipient.entity, *recipient.address, recipient.email, recipient.web_form)
            if line
        ),
        subject=letter.subject,
        body=letter.body,
        account=letter.account,
        channel=channel or ("email" if recipient.email else "web_form" if recipient.web_form else "post"),
    )


def _check_options(request_type, options: LetterOptions, today: date) -> None:
    type_id = request_type.id
    unknown = [g for g in options.grounds if g not in GROUNDS]
    if unknown:
        raise UserError(f"unknown objection ground {unknown[0]!r}; valid grounds: {', '.join(GROUNDS)}")
    if options.erasure_scope not in ERASURE_SCOPES:
        raise UserError(f"erasure scope {options.erasure_scope!r} is not one of {', '.join(ERASURE_SCOPES)}")
    action = action_of(type_id)
    if request_type.needs_previous_request and options.earlier_date is None:
        raise UserError(
            f"earlier request date is required for {type_id}: the date you sent the first request"
        )
    if options.earlier_date and options.earlier_date > today:
        raise UserError(f"earlier request date {options.earlier_date.isoformat()} is in the future")
    if action == "correct" and not options.correction.strip():
        raise UserError(f"correction is required for {type_id}: say which data are wrong and what is right")


def check_sender(profile: Profile, output_format: str) -> None:
    """Raise UserError naming the first profile field this output needs but lacks."""
    if output_format not in OUTPUT_FORMATS:
        raise UserError(f"format {output_format!r} is not one of {', '.join(OUTPUT_FORMATS)}")
    needed = ["name"]
    if output_format == "pdf":
        needed.append("address")  # a letter by post needs the sender's address
    if output_format == "eml":
        needed.append("email")
    for name in needed:
        if not getattr(profile, name).strip():
            raise UserError(
                f"{name} is required for a .{output_format} letter; "
                f"give --{name} or set it with `opt-out profile set --{name} ...`"
            )


def _controller_recipient(platform, region: str) -> Recipient:
    controller = platform.controller_for(region)
    if controller is None:
        return Recipient(entity=platform.company, address=(), email=None, web_form=None, known=False)
    return Recipient(
        entity=controller.entity,
        address=tuple(controller.address),
        email=controller.email,
        web_form=controller.web_form,
    )


def _authority_recipient(type_id: str, law, profile: Profile) -> Recipient:
    from opt_out_gui.core import authorities

    if law.regulator:
        authority = authorities.get_authority(law.regulator)
    elif profile.country:
        authority = authorities.authority_for_user(profile.country, profile.state)
    else:
        raise UserError(
            f"country is required for {type_id}: it decides which authority receives the complaint"
        )
    return Recipient(
        entity=authority.name,
        address=_address_lines(authority.address),
        email=authority.email,
        web_form=authority.complaint_url,
        kind="authority",
    )


def _address_lines(address: str | None) -> tuple[str, ...]:
    if not address:
        return ()
    return tuple(line.strip() for line in address.splitlines() if line.strip())


def _regulator_name(law) -> str | None:
    from opt_out_gui.core import authorities

    return authorities.get_authority(law.regulator).name if law.regulator else None


def _recipient_context(recipient: Recipient) -> dict[str, Any]:
    return {
        "entity": recipient.entity,
        "address_lines": list(recipient.address),
        "email": recipient.email,
        "web_form": recipient.web_form,
        "known": recipient.known,
    }


def _platform_facts(platform, region: str, today: date) -> dict[str, Any]:
    events = [event.date for event in platform.events if event.date <= today]
    return {
        "basis": platform.ai_training.basis,
        # Settings the user can switch; forms are requests of their own, not settings.
        "controls": [c.title for c in platform.training_controls_for(region) if c.kind == "toggle"],
        "event_date": max(events) if events else None,
    }


def _country_of(address: tuple[str, ...]) -> str | None:
    """ISO code of the country named on an address's last line (for the holiday calendar)."""
    if not address:
        return None
    from opt_out_gui.core.countries import country_names

    last = address[-1].strip().casefold()
    for code, name in country_names().items():
        if name.casefold() == last:
            return code
    return None


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


# ---------------------------------------------------------------- delivery formats


def letter_to_eml(letter: Letter) -> bytes:
    """An RFC 5322 message with the letter as UTF-8 text, ready for a mail program."""
    from email.headerregistry import Address
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    if not letter.recipient.email:
        where = f" (web form: {letter.recipient.web_form})" if letter.recipient.web_form else ""
        raise UserError(
            f"no email address is known for {letter.recipient.entity}{where}; "
            "send the letter by post or through the web form"
        )
    if not letter.sender.email:
        raise UserError("email is required for a .eml letter; give --email or set it in the profile")
    from email import policy

    # No folding: folded encoded words come back with doubled spaces in some readers.
    message = EmailMessage(policy=policy.default.clone(max_line_length=998))
    message["From"] = Address(display_name=letter.sender.name, addr_spec=letter.sender.email)
    message["To"] = Address(display_name=letter.recipient.entity, addr_spec=letter.recipient.email)
    message["Subject"] = letter.subject
    from datetime import datetime, time

    message["Date"] = format_datetime(datetime.combine(letter.date, time(9, 0)).astimezone())
    # An explicit domain: the default asks the resolver for this machine's name.
    message["Message-ID"] = make_msgid(idstring=letter.reference, domain="opt-out-assistant.invalid")
    message["X-Opt-Out-Reference"] = letter.reference
    message.set_content(letter.body, charset="utf-8")
    return bytes(message)


def mailto_url(letter: Letter) -> str | None:
    """A mailto: link with subject and body, or None without an email or when it is too long."""
    from urllib.parse import quote

    if not letter.recipient.email:
        return None
    url = (
        f"mailto:{quote(letter.recipient.email, safe='@')}"
        f"?subject={quote(letter.subject, safe='')}&body={quote(letter.body, safe='')}"
    )
    return url if len(url) <= MAILTO_LIMIT else None
