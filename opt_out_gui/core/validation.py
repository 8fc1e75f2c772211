"""Rules for single values: what the user types and what a backup brings pass the same checks.

Each rule returns the value normalised or raises InvalidValue, which names the
field, the value and the problem. The services (profile, tracker, checklist,
mail settings) call these rules on input; restoring a backup calls the same
services' checks on every stored record before anything is replaced.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError

# Art. 99(2) GDPR: "It shall apply from 25 May 2018."
# (https://eur-lex.europa.eu/eli/reg/2016/679/oj). The earliest date the app accepts
# for anything it tracks: where a law's own start date is known, that one is used.
GDPR_APPLIES_FROM = date(2018, 5, 25)

# Characters that reorder text on screen (bidirectional overrides and isolates):
# in a name or subject they make a header read differently from what it holds.
_DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
MAX_SQLITE_INTEGER = 2**63 - 1


class InvalidValue(UserError):
    """A value a rule refused: a template with fields, like UserError's; `field` names where the
    value came from and is a field of the template too (`{field}`), given as a keyword like the others.
    """

    def __init__(self, template: str, *, field: str, code: str | None = None, **fields: object) -> None:
        super().__init__(template, code=code, field=field, **fields)
        self.field = field


def _shown(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def _forbidden_character(text: str, allowed: str) -> tuple[int, str] | None:
    for position, character in enumerate(text):
        if character in allowed:
            continue
        category = unicodedata.category(character)
        if category in ("Cc", "Zl", "Zp", "Cs") or character in _DIRECTION_CONTROLS:
            return position, character
    return None


def printable(text: str) -> str:
    """The text without the characters single-line fields refuse (for text the user did not type)."""
    return "".join(
        character if _forbidden_character(character, allowed="") is None else " " for character in text
    )


def _require_text(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{field} {value} is not text"), field=field, value=_shown(value)
        )
    return value


def single_line(field: str, value: object, *, max_length: int, required: bool = False) -> str:
    """One line of plain text, stripped: no line breaks, tabs or other control characters."""
    text = _require_text(field, value).strip()
    found = _forbidden_character(text, allowed="")
    if found:
        position, character = found
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "Error",
                "{field} must be on one line of plain text; it contains the control character "
                "{character} at position {position}",
            ),
            field=field,
            character=f"U+{ord(character):04X}",
            position=position + 1,
        )
    return _checked_length(field, text, max_length, required)


def multi_line(
    field: str, value: object, *, max_length: int, required: bool = False, strip: bool = True
) -> str:
    """Text with line breaks and tabs (a note, a letter); other control characters are refused.

    `strip=False` keeps the text exactly as written (a letter), with LF line ends.
    """
    text = _require_text(field, value).replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip() if strip else text
    found = _forbidden_character(text, allowed="\n\t")
    if found:
        position, character = found
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "Error",
                "{field} contains the control character {character} at position {position}; "
                "only line breaks and tabs are kept in text",
            ),
            field=field,
            character=f"U+{ord(character):04X}",
            position=position + 1,
        )
    return _checked_length(field, text, max_length, required)


def _checked_length(field: str, text: str, max_length: int, required: bool) -> str:
    if required and not text:
        raise InvalidValue(QT_TRANSLATE_NOOP("Error", "{field} must not be empty"), field=field)
    if len(text) > max_length:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{field} is too long ({length} characters, at most {maximum})"),
            field=field,
            length=len(text),
            maximum=max_length,
        )
    return text


def identifier(field: str, value: object, *, max_length: int = 100) -> str:
    """An id such as a platform, law or request type: lower-case letters, digits, - and _."""
    text = _require_text(field, value)
    if not _IDENTIFIER.match(text) or len(text) > max_length:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{field} {value} is not an id (a-z, 0-9, - and _)"),
            field=field,
            value=_shown(text),
        )
    return text


def choice(field: str, value: object, choices) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{field} {value} is not one of: {choices}"),
            field=field,
            value=_shown(value),
            choices=", ".join(choices),
        )
    return value


def whole_number(field: str, value: object, *, minimum: int = 0, maximum: int = MAX_SQLITE_INTEGER) -> int:
    """An int (never a bool or a float) in [minimum, maximum]; text of digits is read as a number."""
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 30:
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{field} {value} is not a number from {minimum} to {maximum}"),
            field=field,
            value=_shown(value),
            minimum=minimum,
            maximum=maximum,
        )
    return value


def port(field: str, value: object) -> int:
    return whole_number(field, value, minimum=1, maximum=65535)


def iso_date(field: str, value: object) -> date:
    """A calendar date written YYYY-MM-DD (a date object passes as it is)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{field} {value} is not a date in the form YYYY-MM-DD"),
            field=field,
            value=_shown(value),
        )
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{field} {value!r} is not a date that exists"),
            field=field,
            value=value,
        ) from None


def optional_date(field: str, value: object) -> date | None:
    return None if value is None else iso_date(field, value)


def timestamp(field: str, value: object) -> str:
    """A stored moment (created_at): an ISO date and time, kept as written."""
    if isinstance(value, str) and len(value) <= 40:
        try:
            datetime.fromisoformat(value)
            return value
        except ValueError:
            pass
    raise InvalidValue(
        QT_TRANSLATE_NOOP("Error", "{field} {value} is not a date and time"), field=field, value=_shown(value)
    )


def earliest_date(law_id: str | None) -> tuple[date, str | None]:
    """The first date an event under this law can have, and the law's short name when it is
    that law's own entry into force (the law registry has a sourced one); otherwise the date
    the GDPR began to apply, the earliest the app accepts, and None.
    """
    if law_id:
        from opt_out_gui.core.laws import get_law

        law = get_law(law_id)
        if law.in_force is not None:
            return law.in_force, law.short_name
    return GDPR_APPLIES_FROM, None


def past_date(field: str, value: object, today: date, law_id: str | None = None) -> date:
    """A date something already happened: not after today, not before the law (or the GDPR) applied."""
    day = iso_date(field, value)
    if day > today:
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "Error", "{field} {day} is in the future; give the date it happened (today at the latest)"
            ),
            field=field,
            day=day.isoformat(),
        )
    floor, law = earliest_date(law_id)
    if day < floor:
        if law is None:
            template = QT_TRANSLATE_NOOP(
                "Error",
                "{field} {day} is before {start}, when the GDPR began to apply "
                "and the earliest date the app accepts",
            )
        else:
            template = QT_TRANSLATE_NOOP("Error", "{field} {day} is before {law} took effect ({start})")
        raise InvalidValue(template, field=field, day=day.isoformat(), start=floor.isoformat(), law=law)
    return day


def email_address(field: str, value: object) -> str:
    """One email address, normalised (international domains and local parts are allowed)."""
    return _validated_email(field, value).normalized


def mail_address(field: str, value: object, display_name: str = ""):
    """An email address as it goes into a message (an email.headerregistry.Address).

    The domain is written in its ASCII (IDNA, xn--) form, which every mail system
    accepts; the local part stays as written. A local part with non-ASCII letters
    (évé@example.org) needs SMTPUTF8 (RFC 6531/6532): see `is_international`.
    """
    from email.headerregistry import Address

    checked = _validated_email(field, value)
    return Address(display_name=display_name, username=checked.local_part, domain=checked.ascii_domain)


def _validated_email(field: str, value: object):
    """email_validator's reading of one address (syntax only: no network), or InvalidValue."""
    from email_validator import EmailNotValidError, validate_email

    text = single_line(field, value, max_length=254)
    try:
        return validate_email(text, check_deliverability=False)
    except EmailNotValidError as error:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{field} {value} is not a valid email address: {reason}"),
            field=field,
            value=_shown(text),
            reason=_email_reason(error),
        ) from None


def _email_reason(error: Exception) -> Exception:
    """email_validator's reason for the mistakes people make, as a template the GUI translates;
    any rarer reason stays in email_validator's own (English) words."""
    message = str(error)
    # These end with the characters email_validator found, listed as "'x', ','" or "SPACE".
    before, after = (
        "The email address contains invalid characters before the @-sign: ",
        "The part after the @-sign contains invalid characters: ",
    )
    if message.startswith(before):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Error", "before the @ sign it has characters no address can have: {characters}"
            ),
            characters=message.removeprefix(before).removesuffix("."),
        )
    if message.startswith(after):
        return UserError(
            QT_TRANSLATE_NOOP(
                "Error", "after the @ sign it has characters no address can have: {characters}"
            ),
            characters=message.removeprefix(after).removesuffix("."),
        )
    match message:
        case "An email address must have an @-sign.":
            reason = QT_TRANSLATE_NOOP("Error", "it has no @ sign")
        case "There must be something before the @-sign.":
            reason = QT_TRANSLATE_NOOP("Error", "there is nothing before the @ sign")
        case "There must be something after the @-sign.":
            reason = QT_TRANSLATE_NOOP("Error", "there is nothing after the @ sign")
        case "The part after the @-sign is not valid. It should have a period.":
            reason = QT_TRANSLATE_NOOP("Error", "the part after the @ sign needs a dot, as in example.org")
        case "An email address cannot have two periods in a row.":
            reason = QT_TRANSLATE_NOOP("Error", "it has two dots in a row")
        case "An email address cannot start with a period.":
            reason = QT_TRANSLATE_NOOP("Error", "it starts with a dot")
        case "An email address cannot end with a period.":
            reason = QT_TRANSLATE_NOOP("Error", "it ends with a dot")
        case "An email address cannot have a period immediately before the @-sign.":
            reason = QT_TRANSLATE_NOOP("Error", "it has a dot right before the @ sign")
        case "An email address cannot have a period immediately after the @-sign.":
            reason = QT_TRANSLATE_NOOP("Error", "it has a dot right after the @ sign")
        case _:
            return error
    return UserError(reason)


def is_international(address) -> bool:
    """True when the local part (of an Address or a string) is not ASCII: only SMTPUTF8 carries it."""
    local_part = address.username if hasattr(address, "username") else str(address).rpartition("@")[0]
    return not local_part.isascii()
