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

import datetime
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.profile import LANGUAGES, Profile
from opt_out_gui.core.recipients import Recipient, controller_recipient, holiday_country, named_company

# How a letter reaches the recipient (the tracker's channels). A posted letter must not claim
# to be electronic: Art. 15(3) GDPR ties the electronic copy to a request made by electronic means.
from opt_out_gui.core.tracker import CHANNELS
from opt_out_gui.resources import templates_dir

# Particular-situation grounds for an Art. 21(1) objection: each language file words them in
# the letter; the fronts name them for choosing (opt_out_gui.wording.labels).
GROUNDS = ("creative-work", "sensitive-content", "professional-secrecy", "safety", "minor")
# What an erasure request covers.
ERASURE_SCOPES = ("training-data", "all-data")
# What the earlier request got, as a follow-up states it: "" is no (complete) answer by its
# deadline; the others are the tracker's statuses of the same name.
EARLIER_OUTCOMES = ("", "refused", "partially_fulfilled", "needs_info")
OUTPUT_FORMATS = ("txt", "html", "pdf", "eml")
# Longer mailto: links are cut off by some browsers and mail programs.
MAILTO_LIMIT = 2000

# Which babel locale formats dates for a language under a law or in a law's region
# (US English, Brazilian Portuguese...).
_DATE_LOCALES = {
    ("en", "us"): "en_US",
    ("en", "br"): "en_US",
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
    "fr": ("«\u202f", "\u202f»"),  # narrow no-break spaces, as French typography has them
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
_ACTIONS_NEEDING_EARLIER_REQUEST = (
    "reminder",
    "complaint",
    "appeal",
    "verification-reply",
    "controller-complaint",
)
# GDPR actions whose letter objects on grounds of the user's particular situation (Art. 21(1)).
_ACTIONS_WITH_GROUNDS = ("objection-ai", "erasure", "restriction", "withdraw-consent")
# Actions where the user states a view in their own words (Art. 22(3) GDPR; Art. 18 § 2 LGPD).
_ACTIONS_WITH_OWN_WORDS = ("automated-decisions", "opposition")
_ACTIONS_WITHOUT_DATA_SCOPE = ("rectification", "agent")
_ACTIONS_WITH_CORRECTION = ("correct", "rectification")
# Follow-ups where the user says what happened (a refusal, an ID demand, an infringement).
_ACTIONS_WITH_ACCOUNT_OF_EVENTS = ("complaint", "appeal", "verification-reply", "controller-complaint")
# Follow-ups that state what the earlier request got (a refusal, a partial answer, no answer).
_ACTIONS_WITH_EARLIER_OUTCOME = ("reminder", "complaint", "controller-complaint")


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
    # The type of the earlier request a reminder follows up: its period and rule are cited.
    earlier_type: str = ""
    # The authorized agent a CCPA authorization names (name and contact).
    agent: str = ""
    # What the earlier request got (EARLIER_OUTCOMES), and on which day when it is known.
    earlier_outcome: str = ""
    earlier_outcome_date: date | None = None


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
    channel: str = "post"

    @property
    def date_text(self) -> str:
        return format_letter_date(self.date, self.language, self.law_id)

    @property
    def answer_due(self) -> datetime.date | None:  # the field `date` hides the class here
        """When the recipient's answer is due; None for an authority. A complaint states the
        controller's missed deadline, and the law engine dates no answer of an authority."""
        return None if self.recipient.kind == "authority" else self.deadline.deadline

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

    @cached_property
    def environment(self):
        """The jinja2 environment of this folder (shared by every TemplateSet of the same folder)."""
        return _environment(self.directory, self.sandboxed)


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


@cache  # one instance: its environment is looked up once, not per letter
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
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "unknown request type {type!r}; valid types: {types}"),
            type=type_id,
            types=", ".join(known),
        )
    own = templates.law_languages(family_of(type_id), law_id) if law_id else None
    if own is not None:
        return own.get(action_of(type_id), ())
    return known[type_id]


def family_of(type_id: str) -> str:
    return "us-state" if type_id.startswith("us-state-") else type_id.split("-", 1)[0]


# Follow-ups whose text, without an outcome, states that the earlier request's deadline passed.
MISSED_DEADLINE_ACTIONS = ("reminder", "complaint", "controller-complaint")


def action_of(type_id: str) -> str:
    return type_id.removeprefix(family_of(type_id) + "-")


def fields_for(type_id: str) -> tuple[str, ...]:
    """Names of the LetterOptions fields a request type uses (the GUI shows these)."""
    action = action_of(type_id)
    follow_up = action in _ACTIONS_NEEDING_EARLIER_REQUEST
    fields: list[str] = []
    if family_of(type_id) == "gdpr" and action in _ACTIONS_WITH_GROUNDS:
        fields += ["grounds", "grounds_text"]
    elif action in _ACTIONS_WITH_OWN_WORDS:
        fields.append("grounds_text")
    if not follow_up and action not in _ACTIONS_WITHOUT_DATA_SCOPE:
        fields.append("data_scope")
    if action == "erasure":
        fields.append("erasure_scope")
    if action in _ACTIONS_WITH_CORRECTION:
        fields.append("correction")
    if action == "agent":
        fields.append("agent")
    if follow_up or action == "restriction":
        fields += ["earlier_date", "earlier_reference"]
    if action in ("reminder", "complaint", "verification-reply"):
        fields.append("earlier_type")
    if action in _ACTIONS_WITH_EARLIER_OUTCOME:
        fields += ["earlier_outcome", "earlier_outcome_date"]
    if action in _ACTIONS_WITH_ACCOUNT_OF_EVENTS:
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
        # Every template stays compiled (there are a few hundred): jinja2's default keeps 400
        # in an LRU list that each look-up, every {% import %} included, reorders.
        cache_size=-1,
        # The shipped templates are installed files: checking each one's modification time at
        # every look-up buys nothing. A user's own folder may be edited while the app runs.
        auto_reload=sandboxed,
    )
    environment.filters["quote"] = jinja2.pass_context(_quote)
    return environment


def _quote(context, text: str) -> str:
    opening, closing = _QUOTES[context["language"]]
    return f"{opening}{text}{closing}"


@cache  # babel's formatting dominates a letter's cost; a letter repeats a handful of dates
def format_letter_date(value: date, language: str, law_id: str) -> str:
    from babel.dates import format_date

    from opt_out_gui.core.laws import get_law

    region = get_law(law_id).region
    locale = (
        _DATE_LOCALES.get((language, law_id))
        or _DATE_LOCALES.get((language, region))
        or _DATE_LOCALES.get((language,))
        or language
    )
    text = format_date(value, format="long", locale=locale)
    return _date_conventions(text, value, language, locale)


def _date_conventions(text: str, value: date, language: str, locale: str) -> str:
    """What babel's long date leaves to the writer: French "1er", Brazilian and Italian "1º",
    and the Polish "r." (roku) after the year in a letter's date."""
    if value.day == 1 and language == "fr":
        text = re.sub(r"^1 ", "1er ", text)
    elif value.day == 1 and (locale == "pt_BR" or language == "it"):
        text = re.sub(r"^1 ", "1º ", text)
    if language == "pl":
        text = f"{text} r."
    return text


# ---------------------------------------------------------------- composing


@dataclass(frozen=True)
class _Sender:
    name: str
    email: str
    address_lines: tuple[str, ...]


@dataclass(frozen=True)
class _LetterPlan:
    """What every letter of one type, law and language shares: checked and worked out once."""

    request_type: Any  # RequestType from the law engine
    law: Any  # Law from the law engine
    template_name: str
    # Reminders and complaints state the deadline the earlier request missed, under the rule
    # of that request's type (a CCPA opt-out: 15 business days); an appeal starts a period
    # of its own, counted from today like a new request.
    follows_earlier: bool
    # The template context that depends on nothing but the type, law and language.
    context: dict[str, Any]


def _checked_type(type_id: str, templates: TemplateSet):
    """The request type, naming an unknown one before anything else is checked."""
    from opt_out_gui.core import laws

    languages_for(type_id, templates)
    return laws.get_request_type(type_id)


def _default_law(type_id: str, profile: Profile, templates: TemplateSet) -> str:
    from opt_out_gui.core import laws

    _checked_type(type_id, templates)
    law_id = laws.default_law_for(profile.country, profile.state)
    if law_id is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "law is required: no law is known for your country"),
            code="law_unknown_for_country",
            choices=laws_for_type(type_id, templates),
        )
    return law_id


# A batch writes many letters of the same type, law and language; the law engine and the
# template folders do not change while the app runs (shipped files; a user's folder is
# scanned once too), so the checks and the law's wording are looked up once per combination.
@cache
def _letter_plan(templates: TemplateSet, type_id: str, law_id: str, language: str) -> _LetterPlan:
    """Raises UserError for an unknown type or law, a law that does not fit the type, or a
    language the type has no template in under that law (nothing is cached then)."""
    from opt_out_gui.core import laws

    request_type = _checked_type(type_id, templates)
    law = laws.get_law(law_id)
    valid_laws = laws_for_type(type_id, templates)
    if law.id not in valid_laws:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "law {law!r} does not fit {type}; valid laws: {laws}"),
            law=law_id,
            type=type_id,
            laws=", ".join(valid_laws),
        )
    languages = languages_for(type_id, templates, law.id)
    if language not in languages:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "language {language!r} is not available for {type} under {law}; choose one of {languages}",
            ),
            language=language,
            type=type_id,
            law=law.short_name,
            languages=", ".join(languages),
        )
    family, action = family_of(type_id), action_of(type_id)
    own_templates = templates.law_languages(family, law.id) is not None
    template_name = f"{family}/{law.id}/{action}" if own_templates else f"{family}/{action}"
    context = {
        "language": language,
        "law": law.id,
        "law_name": law.name_in(language),
        "law_title": law.name,
        "family": family,
        # The family's GDPR wording cites GDPR articles; a law with its own templates does not.
        "gdpr_wording": family == "gdpr" and not own_templates,
        "cite": lambda right_id: law.cite(right_id, language),
        "us_letter": law.region == "us",
        # What an opt-out reaches under this US state law (None: the sources do not say).
        "opt_out": _opt_out_context(law.id) if family == "us-state" else None,
        "regulator": _regulator_name(law, language),
        "date": lambda value: format_letter_date(value, language, law.id),
    }
    follows_earlier = request_type.needs_previous_request and (
        request_type.recipient == "authority" or request_type.deadline_rule == "request"
    )
    return _LetterPlan(request_type, law, f"{template_name}.{language}.txt.j2", follows_earlier, context)


# Letters of a batch share their dates and controllers' countries, so most deadlines repeat.
# The law engine's result is frozen and nothing changes its notes, so letters can share one.
@lru_cache(maxsize=1024)
def _deadline(law_id: str, received: date, type_id: str | None, country: str | None, today: date):
    from opt_out_gui.core import laws

    return laws.compute_deadline(law_id, received, type_id, country, today=today)


@cache
def _period_context(law_id: str, period_type_id: str, language: str) -> dict[str, Any]:
    """The response period a letter states: its own type's, or that of the request it follows up."""
    from opt_out_gui.core import laws

    law, period_type = laws.get_law(law_id), laws.get_request_type(period_type_id)
    rule_kind = period_type.deadline_rule or "request"
    rule = law.deadlines.get(rule_kind) or law.deadlines["request"]
    period_rule = (
        period_type.period_citation or law.cite("response-period", language) or law.cite("requests", language)
    )
    return {
        "period": {"count": rule.period.count, "unit": rule.period.unit},
        # False where the law states this period for other requests only: the date is then a request.
        "period_stated": rule.applies_fully_to(period_type.id),
        # The provision that sets the period (11 CCR § 7026(f)(1) for a CCPA opt-out), or None.
        "period_rule": period_rule,
        "extension_allowed": rule.extended_period is not None,
    }


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
    channel: str | None = None,
) -> Letter:
    """Render one letter. Raises UserError for an unknown type, law or language or a missing option.

    `channel` is how the user will send it (one of CHANNELS); by default the channel the
    recipient offers: email, else its web form, else post.
    """

    templates = templates or shipped_templates()
    options = options or LetterOptions()
    if not law_id:
        law_id = _default_law(type_id, profile, templates)
    plan = _letter_plan(templates, type_id, law_id, language)
    request_type, law = plan.request_type, plan.law
    _check_options(request_type, options, today)
    earlier_type = _earlier_type(request_type, options, law)

    to_authority = request_type.recipient == "authority"
    controller, country, facts = _platform_under_law(platform, law.id, to_authority, today)
    recipient = _authority_recipient(law, profile, platform) if to_authority else controller
    channel = channel or default_channel(recipient)
    if channel not in CHANNELS:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "channel {channel!r} is not one of {channels}"),
            channel=channel,
            channels=", ".join(CHANNELS),
        )
    # A reminder or complaint without a stated outcome says the earlier request's deadline went
    # by unanswered: true only once it has passed (the company may act until its last day).
    says_missed = action_of(type_id) in MISSED_DEADLINE_ACTIONS and not (
        options.earlier_outcome or options.complaint_text
    )
    if plan.follows_earlier or says_missed:
        assert options.earlier_date is not None  # _check_options requires it for these types
        earlier = _deadline(
            law.id, options.earlier_date, earlier_type.id if earlier_type else None, country, today
        )
        if options.earlier_deadline:
            earlier = replace(earlier, deadline=options.earlier_deadline)
        if says_missed and earlier.deadline >= today:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "the earlier request's deadline is {deadline}: until it has passed, the letter cannot "
                    "say it was missed; state what the company answered, if it did",
                ),
                code="deadline_not_passed",
                deadline=earlier.deadline.isoformat(),
            )
    if plan.follows_earlier:
        deadline = earlier
    else:
        # A type without a response period of its own (an agent's authorization) states none;
        # the law's general period stands for the tracker.
        counted_as = type_id if request_type.deadline_rule else None
        # The period runs from receipt: a posted letter arrives later (the tracker makes the
        # same estimate when the letter is marked sent, so both state the same date).
        from opt_out_gui.core.receipt import estimate_receipt

        received = estimate_receipt(channel, today, profile.country, recipient.country).day
        deadline = _deadline(law.id, received, counted_as, country, received)
    period_type = earlier_type if plan.follows_earlier and earlier_type else request_type

    context = {
        **plan.context,
        **_period_context(law.id, period_type.id, language),
        "earlier_type": earlier_type.id if earlier_type else "",
        "channel": channel,
        # A posted letter is not a request "by electronic means" (Art. 12(3), 15(3) GDPR).
        "posted": channel == "post",
        "platform": {"name": platform.name, "company": platform.company},
        "sender": _Sender(profile.name, profile.email, tuple(profile.address.splitlines())),
        "account": account,
        "controller": _recipient_context(controller),
        "recipient": _recipient_context(recipient),
        "reference": reference,
        "today": today,
        "deadline": deadline.deadline,
        # Public holidays would move the date but the controller's country is unknown: say so.
        "holidays_unknown": deadline.holidays_unknown,
        "extended_deadline": deadline.extended_deadline,
        "facts": facts,
        "options": options,
    }
    rendered = templates.environment.get_template(plan.template_name).render(context)
    if language == "pl":  # a date's "r." (roku) ends the sentence too: one full stop, not two
        rendered = rendered.replace(" r..", " r.")
    elif language == "it":  # "il 8 marzo" is "l'8 marzo": the article elides before otto, undici
        rendered = _ITALIAN_ELIDED_DATE.sub(_elide_italian_article, rendered)
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
        channel=channel,
    )
    return replace(letter, html=render_html(letter, templates))


def with_edited_body(letter: Letter, body: str, templates: TemplateSet | None = None) -> Letter:
    """The letter with the user's own text; the HTML follows it. The text is never rendered as a template."""
    edited = replace(letter, body=body.rstrip() + "\n", edited=body.strip() != letter.body.strip())
    return replace(edited, html=render_html(edited, templates))


def render_html(letter: Letter, templates: TemplateSet | None = None) -> str:
    templates = templates or shipped_templates()
    paragraphs, signature = split_signature(letter)
    return templates.environment.get_template("_shared/letter.html.j2").render(
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


# How a law's request types are grouped for choosing: the rights the user exercises, the steps
# that follow an earlier request (a reminder, a reply to a demand for ID, an appeal, a complaint
# to the company itself), and complaints to an authority.
REQUEST_GROUPS = ("right", "follow_up", "complaint")


def request_group(type_id: str) -> str:
    """The group (REQUEST_GROUPS) of a request type, from what laws.toml says of it."""
    from opt_out_gui.core import laws

    request_type = laws.get_request_type(type_id)
    if request_type.recipient == "authority":
        return "complaint"
    return "follow_up" if request_type.needs_previous_request else "right"


def types_by_group(law_id: str, templates: TemplateSet | None = None) -> list[tuple[str, list[Any]]]:
    """(group, request types) of the letters that can be written under a law, in REQUEST_GROUPS
    order and, within a group, in laws.toml's order; groups without a type are left out."""
    from opt_out_gui.core import laws

    writable = [t for t in laws.request_types(law_id) if law_id in laws_for_type(t.id, templates)]
    grouped = [(group, [t for t in writable if request_group(t.id) == group]) for group in REQUEST_GROUPS]
    return [(group, types) for group, types in grouped if types]


def default_channel(recipient: Recipient) -> str:
    """The channel a recipient offers: email, else its web form, else post."""
    return "email" if recipient.email else "web_form" if recipient.web_form else "post"


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
        channel=channel or letter.channel,
    )


def _check_options(request_type, options: LetterOptions, today: date) -> None:
    type_id = request_type.id
    unknown = [g for g in options.grounds if g not in GROUNDS]
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "unknown objection ground {ground!r}; valid grounds: {grounds}"),
            ground=unknown[0],
            grounds=", ".join(GROUNDS),
        )
    if options.erasure_scope not in ERASURE_SCOPES:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "erasure scope {scope!r} is not one of {scopes}"),
            scope=options.erasure_scope,
            scopes=", ".join(ERASURE_SCOPES),
        )
    action = action_of(type_id)
    if request_type.needs_previous_request and options.earlier_date is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "earlier request date is required for {type}: the date you sent the first request"
            ),
            type=type_id,
        )
    if options.earlier_date and options.earlier_date > today:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "earlier request date {date} is in the future"),
            date=options.earlier_date.isoformat(),
        )
    _check_earlier_outcome(options, today)
    if action in _ACTIONS_WITH_CORRECTION and not options.correction.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "correction is required for {type}: say which data are wrong and what is right"
            ),
            type=type_id,
        )
    if action == "agent" and not options.agent.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "agent is required for {type}: the name and contact of the person you authorize"
            ),
            type=type_id,
        )


def _check_earlier_outcome(options: LetterOptions, today: date) -> None:
    outcome, on = options.earlier_outcome, options.earlier_outcome_date
    if outcome not in EARLIER_OUTCOMES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "earlier outcome {outcome!r} is not one of {outcomes} (or empty: no complete answer)"
            ),
            outcome=outcome,
            outcomes=", ".join(o for o in EARLIER_OUTCOMES if o),
        )
    if on is None:
        return
    if not outcome:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "earlier outcome date {date} needs an earlier outcome: "
                "refused, partially_fulfilled or needs_info",
            ),
            date=on.isoformat(),
        )
    if on > today:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "earlier outcome date {date} is in the future"), date=on.isoformat()
        )
    if options.earlier_date and on < options.earlier_date:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "earlier outcome date {date} is before the earlier request was sent ({sent})"
            ),
            date=on.isoformat(),
            sent=options.earlier_date.isoformat(),
        )


def follow_up_options(earlier, options: LetterOptions | None = None) -> LetterOptions:
    """`options` with what the tracker knows of the request a follow-up refers to: when it was
    sent, its reference, deadline and type, and what it got (a refusal, a partial answer, a
    demand for information, with the day recorded for it). The Letters page and the letter
    command both fill a follow-up from here. Raises UserError for a request recorded as
    fulfilled: a follow-up would claim the contrary."""
    from opt_out_gui.core import laws

    outcome, on = _outcome_in_force(earlier)
    if outcome == "fulfilled":
        if on:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "request {id} ({reference}) is recorded as fulfilled on {date}; "
                    "reopen it before writing a letter that follows it up",
                ),
                id=earlier.id,
                reference=earlier.reference,
                date=on.isoformat(),
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "request {id} ({reference}) is recorded as fulfilled; "
                "reopen it before writing a letter that follows it up",
            ),
            id=earlier.id,
            reference=earlier.reference,
        )
    # A follow-up of a follow-up (a complaint after a complaint to the controller) cites no period of its own.
    followed_type = "" if laws.get_request_type(earlier.type).needs_previous_request else earlier.type
    return replace(
        options or LetterOptions(),
        earlier_date=earlier.sent_at,
        earlier_reference=earlier.reference,
        earlier_deadline=earlier.effective_deadline,
        earlier_type=followed_type,
        earlier_outcome=outcome,
        earlier_outcome_date=on,
    )


def _outcome_in_force(earlier) -> tuple[str, date | None]:
    """What a tracked request got (an EARLIER_OUTCOMES value or "fulfilled") and the day of it.

    The outcomes are statuses of the same name. A request escalated or withdrawn keeps the
    outcome it had before; any other status awaits an answer (""), the deadline passed or not.
    """
    status = earlier.status
    if status in ("escalated", "withdrawn"):
        status = ""
        for event in earlier.events:  # the status before it, from the timeline
            if event.kind in ("refused", "partially_fulfilled", "needs_info", "fulfilled"):
                status = event.kind
            elif event.kind in ("sent", "acknowledged", "extended", "reopened"):
                status = ""
    if status not in EARLIER_OUTCOMES and status != "fulfilled":
        return "", None
    event = earlier.last_event(status) if status else None
    return status, event.date if event else None


def _earlier_type(request_type, options: LetterOptions, law):
    """The request type a follow-up refers to, checked against the law; None if not given."""
    from opt_out_gui.core import laws

    if not options.earlier_type:
        return None
    earlier = laws.get_request_type(options.earlier_type)
    if law.id not in earlier.laws or earlier.needs_previous_request:
        valid = [t.id for t in laws.request_types(law.id) if not t.needs_previous_request]
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "earlier request type {type!r} cannot be followed up under {law}; valid types: {types}",
            ),
            type=earlier.id,
            law=law.short_name,
            types=", ".join(valid),
        )
    return earlier


def check_sender(profile: Profile, output_format: str) -> None:
    """Raise UserError naming the first profile field this output needs but lacks."""
    if output_format not in OUTPUT_FORMATS:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "format {format!r} is not one of {formats}"),
            format=output_format,
            formats=", ".join(OUTPUT_FORMATS),
        )
    needed = ["name"]
    if output_format == "pdf":
        needed.append("address")  # a letter by post needs the sender's address
    if output_format == "eml":
        needed.append("email")
    for name in needed:
        if not getattr(profile, name).strip():
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "{field} is required for a .{format} letter"),
                code="sender_field_missing",
                field=name,
                format=output_format,
            )


def _authority_recipient(law, profile: Profile, platform) -> Recipient:
    from opt_out_gui.core import authorities

    authority = authorities.complaint_route(law, profile.country, profile.state, platform).authority
    return Recipient(
        entity=_BRANDING_NOTE.sub("", authority.name),
        address=_address_lines(authority.address),
        email=authority.email,
        web_form=authority.complaint_url,
        kind="authority",
    )


def _address_lines(address: str | None) -> tuple[str, ...]:
    if not address:
        return ()
    return tuple(line.strip() for line in address.splitlines() if line.strip())


def _opt_out_context(law_id: str) -> dict[str, Any] | None:
    from opt_out_gui.core.laws.registry import opt_out_scope

    scope = opt_out_scope(law_id)
    if scope is None:
        return None
    return {"purposes": list(scope.purposes), "section": scope.section, "profiling": scope.profiling}


# The regulator as a letter in another language names it, without an article: the official
# name in the letter's language where there is one, else a description in that language
# with the official English name in brackets. A record's own wording ("branded") stays out.
_REGULATOR_NAMES = {
    ("uscppa", "en"): "California Privacy Protection Agency (CalPrivacy)",
    ("uscppa", "es"): "Agencia de Protección de la Privacidad de California "
    "(California Privacy Protection Agency, CalPrivacy)",
    ("caopc", "fr"): "Commissariat à la protection de la vie privée du Canada",
    ("brandp", "en"): "Brazilian National Data Protection Authority (ANPD)",
}
# A record's note on branding ('(CPPA, branded "CalPrivacy")') is not part of an address.
_BRANDING_NOTE = re.compile(r"\s*\([^()]*\bbranded\b[^()]*\)")
# US state attorneys general, in Spanish letters.
_ATTORNEY_GENERAL_ES = "Oficina del Fiscal General ({name})"


def _regulator_name(law, language: str) -> str | None:
    from opt_out_gui.core import authorities

    if not law.regulator:
        return None
    name = _REGULATOR_NAMES.get((law.regulator, language))
    if name:
        return name
    official = authorities.get_authority(law.regulator).name
    if law.family == "us-state" and language == "es":
        return _ATTORNEY_GENERAL_ES.format(name=official)
    return official


def _recipient_context(recipient: Recipient) -> dict[str, Any]:
    return {
        "entity": recipient.entity,
        "address_lines": list(recipient.address),
        "email": recipient.email,
        "web_form": recipient.web_form,
        "known": recipient.known,
    }


# A batch writes many letters to the same few platforms. A platform is an immutable named
# tuple (cheap to hash), so what its letters under a law say of it is worked out once.
@lru_cache(maxsize=1024)
def _platform_under_law(
    platform, law_id: str, to_authority: bool, today: date
) -> tuple[Recipient, str | None, dict[str, Any]]:
    """The controller a letter names (to an authority: the company, known by name only if need
    be), the country whose public holidays count for the deadline, and the platform's facts.
    Raises NoContactError for a letter to a controller the catalogue has no contact for."""
    from opt_out_gui.core import laws

    law = laws.get_law(law_id)
    controller = named_company(platform, law) if to_authority else controller_recipient(platform, law)
    return controller, holiday_country(platform, law), _platform_facts(platform, law, today)


def _platform_facts(platform, law, today: date) -> dict[str, Any]:
    """What the letter may say about the platform: only facts true in the law's region."""
    from opt_out_gui.core.recipients import catalog_region

    region = catalog_region(law)
    training = platform.training_for(region)
    events = [event.date for event in platform.events_for(region) if event.date <= today]
    return {
        # A legal basis only means something under a law that has legal bases (the catalogue
        # records one only for such regions); elsewhere the letter says nothing about it.
        "basis_applies": law.family in ("gdpr", "lgpd") and law.id != "fadp",
        "basis": (training.basis if training else None) or "unknown",
        # Settings the user can switch; forms are requests of their own, not settings.
        "controls": [c.title for c in platform.training_controls_for(region) if c.kind == "toggle"],
        "event_date": max(events) if events else None,
    }


# An Italian article or articled preposition before a date whose day is read with a vowel.
_ITALIAN_MONTHS = (
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
)
_ITALIAN_ELIDED_DATE = re.compile(rf"\b([Ii]l|[Dd]el|[Aa]l|[Dd]al|[Nn]el)( (?:8|11) (?:{_ITALIAN_MONTHS})\b)")
_ITALIAN_ELISIONS = {"il": "l’", "del": "dell’", "al": "all’", "dal": "dall’", "nel": "nell’"}


def _elide_italian_article(match: re.Match) -> str:
    word = match.group(1)
    elided = _ITALIAN_ELISIONS[word.lower()]
    if word[0].isupper():
        elided = elided[0].upper() + elided[1:]
    return elided + match.group(2).lstrip()


# Spelt out rather than "\n{3,}", which the re module scans several times slower.
_BLANK_LINES = re.compile(r"\n\n\n+")


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines))


# ---------------------------------------------------------------- delivery formats


def letter_to_eml(letter: Letter) -> bytes:
    """An RFC 5322 message with the letter as UTF-8 text, ready for a mail program."""
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    if not letter.recipient.email:
        if letter.recipient.web_form:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "no email address is known for {entity} (web form: {web_form}); "
                    "send the letter by post or through the web form",
                ),
                entity=letter.recipient.entity,
                web_form=letter.recipient.web_form,
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "no email address is known for {entity}; send the letter by post or through the web form",
            ),
            entity=letter.recipient.entity,
        )
    if not letter.sender.email:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "{field} is required for a .{format} letter"),
            code="sender_field_missing",
            field="email",
            format="eml",
        )
    from email import policy

    from opt_out_gui.core.validation import is_international, mail_address

    sender = mail_address("email", letter.sender.email, letter.sender.name)
    recipient = mail_address("recipient email", letter.recipient.email, letter.recipient.entity)
    # No folding: folded encoded words come back with doubled spaces in some readers. An
    # address with a non-ASCII local part is written as UTF-8 (RFC 6532); nothing else is.
    international = is_international(sender) or is_international(recipient)
    message = EmailMessage(policy=policy.default.clone(max_line_length=998, utf8=international))
    message["From"] = sender
    message["To"] = recipient
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
