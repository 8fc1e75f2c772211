"""Importing a company's reply (an .eml file, or text pasted from a mail program), and what
it says.

The reply is recorded as a `reply_received` event with the original kept as evidence.
Without a request id, the request is found by the reference in the reply's subject
("Re: Objection ... 2026-K3F9Q2M"); pasted text without a Subject line is searched
whole. Its outcome (granted, partly granted, refused, asks for ID or information, extended)
is then recorded as the matching event (`record_outcome`); `guess_outcome` offers a first
guess from the text, which the user confirms or changes.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

from opt_out_gui.core.delivery.outgoing import record_with_file
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.references import REFERENCE_PATTERN
from opt_out_gui.core.tracker import Request, TrackerService
from opt_out_gui.core.validation import InvalidValue, past_date

MAX_REPLY_BYTES = 25 * 1024 * 1024


# What a reply can say, as the event that records it.
OUTCOMES = ("fulfilled", "partially_fulfilled", "refused", "needs_info", "extended")


@dataclass(frozen=True)
class OutcomeGuess:
    """A first guess at what a reply says: an outcome (OUTCOMES) and, for a refusal, a reason."""

    outcome: str
    reason: str | None = None


@dataclass(frozen=True)
class ImportedReply:
    request: Request
    subject: str
    sender: str
    received: date
    matched_by_reference: bool
    text: str = ""  # the reply's subject and plain text, for guessing what it says

    def guess(self) -> OutcomeGuess | None:
        return guess_outcome(self.text)


# Keyword rules, checked in this order (a demand for ID often also "cannot process" the
# request: it is no refusal). Word stems in English, German, French, Spanish, Italian and
# Dutch; a guess only, which the user confirms or changes.
_RULES: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    (
        "needs_info",
        None,
        (
            r"verif",
            r"identit",
            r"proof of (your )?(id|address)",
            r"\bid\b",
            r"passport",
            r"ausweis",
            r"nachweis",
            r"pièce d'identité",
            r"justificatif",
            r"documento de identidad",
            r"identidad",
            r"documento d'identità",
            r"legitimatie",
            r"more information",
            r"additional information",
            r"weitere informationen",
            r"informations complémentaires",
            r"más información",
        ),
    ),
    (
        "extended",
        None,
        (
            r"extend",
            r"extension",
            r"additional (two|2) months",
            r"verlänger",
            r"fristverlängerung",
            r"prolong",
            r"prórroga",
            r"prorroga",
            r"proroga",
            r"verleng",
        ),
    ),
    (
        "partially_fulfilled",
        None,
        (
            r"partial",
            r"partly",
            r"in part\b",
            r"teilweise",
            r"partiellement",
            r"parcialmente",
            r"gedeeltelijk",
        ),
    ),
    (
        "refused",
        "no_match",
        (
            r"(could|can) ?not (find|locate|identify) (an|any|your) account",
            # GDPR Art. 11(2) and 12(2): "not in a position to identify the data subject".
            r"(could|can) ?not identify you\b",
            r"not in a position to identify",
            r"no account",
            r"kein(en)? (konto|account)",
            r"aucun compte",
            r"ninguna cuenta",
        ),
    ),
    (
        "refused",
        "other",
        (
            r"refus",
            r"reject",
            r"declin",
            r"unable to comply",
            r"cannot comply",
            r"not able to comply",
            r"legitimate interest",
            r"berechtigte[sn]? interesse",
            r"ablehn",
            r"lehnen [^.]*\bab\b",
            r"abgelehnt",
            r"intérêt légitime",
            r"rechaz",
            r"deneg",
            r"rifiut",
            r"respingiamo",
            r"afgewezen",
            r"weiger",
        ),
    ),
    (
        "fulfilled",
        None,
        (
            r"has been (completed|processed|deleted|erased|actioned)",
            r"have (deleted|erased|completed)",
            r"opted (you )?out",
            r"your (objection|request) (has been|was) (granted|accepted|upheld)",
            r"gelöscht",
            r"erledigt",
            r"stattgegeben",
            r"supprimé",
            r"effacé",
            r"eliminad",
            r"suprimid",
            r"cancellat",
            r"verwijderd",
        ),
    ),
)
_COMPILED = tuple((outcome, reason, re.compile("|".join(words))) for outcome, reason, words in _RULES)


def guess_outcome(text: str) -> OutcomeGuess | None:
    """What a reply's text most likely says (simple keyword rules), or None if nothing fits."""
    folded = text.casefold()
    for outcome, reason, pattern in _COMPILED:
        if pattern.search(folded):
            return OutcomeGuess(outcome, reason)
    return None


def record_outcome(
    tracker: TrackerService,
    request_id: int,
    outcome: str,
    on: date,
    reason: str | None = None,
    today: date | None = None,
) -> Request:
    """Record what a reply of `on` says as its event (a refusal with its reason); the lifecycle
    refuses an outcome the request's status does not allow, naming the choices."""
    if outcome not in OUTCOMES:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "outcome {outcome!r} is not one of: {outcomes}"),
            outcome=outcome,
            outcomes=", ".join(OUTCOMES),
        )
    note = f"From the reply of {on.isoformat()}."
    return tracker.record(
        request_id, outcome, on, note=note, reason=reason if outcome == "refused" else None, today=today
    )


def import_reply(
    tracker: TrackerService,
    source: Path | str,
    request_id: int | None = None,
    today: date | None = None,
) -> ImportedReply:
    """Record a reply. `source` is a file (Path) or pasted text (str).

    Raises UserError when the file cannot be read, no request matches, or the
    request cannot take a reply now (a draft, say); nothing is recorded then.
    """
    today = today or date.today()
    if isinstance(source, Path):
        data, file_name = _read(source), source.name
    else:
        if not source.strip():
            raise UserError(QT_TRANSLATE_NOOP("Error", "the pasted reply is empty"))
        data, file_name = source.encode("utf-8"), ""
    path = source if isinstance(source, Path) else None
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except RecursionError:
        if path is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error", "{path} nests too many message parts inside each other to be read"
                ),
                path=path,
            ) from None
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "the pasted text nests too many message parts inside each other to be read"
            )
        ) from None
    subject = _header_text(message, "Subject")
    sender = _header_text(message, "From")
    if request_id is not None:
        request = tracker.get(request_id)
        matched = False
    else:
        request = tracker.find(_reference_in(message, subject, data, file_name))
        matched = True
    received = _received_date(message) or today
    try:
        past_date("date", received, today, request.law)
    except InvalidValue as problem:
        if path is not None:
            template = QT_TRANSLATE_NOOP(
                "Error", "the reply {path} is dated {date} (its Date header): {problem}"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Error", "the pasted reply is dated {date} (its Date header): {problem}"
            )
        raise UserError(template, path=path, date=received.isoformat(), problem=problem) from None
    if not file_name:
        # Text with mail headers is a message; anything else stays plain text.
        file_name = (
            f"reply-{request.reference}.eml" if subject or sender else f"reply-{request.reference}.txt"
        )
    # Who wrote and the subject, without words of ours: the timeline already says "Reply received"
    # in the user's language.
    note = " — ".join(part for part in (sender, subject) if part)
    updated = record_with_file(tracker, request.id, "reply_received", received, file_name, data, note=note)
    return ImportedReply(updated, subject, sender, received, matched, f"{subject}\n{_plain_text(message)}")


def _plain_text(message) -> str:
    """The reply's text: its plain-text part, else its HTML without tags; '' if unreadable."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        content = part.get_content() if part is not None else ""
    except Exception:  # noqa: BLE001 - replies come from anywhere; a guess is not worth a failure
        return ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        content = re.sub(r"<[^>]+>", " ", content)
    return content


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_REPLY_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "reply file {path} is larger than {megabytes} MB"),
                path=path,
                megabytes=MAX_REPLY_BYTES // (1024 * 1024),
            )
        return path.read_bytes()
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot read reply file {path}: {reason}"),
            path=path,
            reason=error.strerror or error,
        ) from None


def _reference_in(message, subject: str, data: bytes, file_name: str) -> str:
    """The one request reference in the reply's subject (its text if it has no Subject header);
    `file_name` is "" for pasted text. One whole message per case, for the translators."""
    in_subject = "Subject" in message
    haystack = subject if in_subject else data.decode("utf-8", "replace")
    found = {f"{m.group(1)}-{m.group(2).upper()}" for m in REFERENCE_PATTERN.finditer(haystack)}
    if len(found) == 1:
        return found.pop()
    if not found:
        if in_subject and file_name:
            missing = QT_TRANSLATE_NOOP(
                "Error",
                "no request reference (like 2026-K3F9Q2M) in the subject of {file}; "
                "choose the request it answers",
            )
        elif in_subject:
            missing = QT_TRANSLATE_NOOP(
                "Error",
                "no request reference (like 2026-K3F9Q2M) in the subject of the pasted text; "
                "choose the request it answers",
            )
        elif file_name:
            missing = QT_TRANSLATE_NOOP(
                "Error",
                "no request reference (like 2026-K3F9Q2M) in the text of {file}; "
                "choose the request it answers",
            )
        else:
            missing = QT_TRANSLATE_NOOP(
                "Error",
                "no request reference (like 2026-K3F9Q2M) in the pasted text; choose the request it answers",
            )
        raise UserError(missing, code="reply_request_unknown", file=file_name)
    if in_subject and file_name:
        several = QT_TRANSLATE_NOOP(
            "Error",
            "the subject of {file} names several references ({references}); choose the request it answers",
        )
    elif in_subject:
        several = QT_TRANSLATE_NOOP(
            "Error",
            "the subject of the pasted text names several references ({references}); "
            "choose the request it answers",
        )
    elif file_name:
        several = QT_TRANSLATE_NOOP(
            "Error",
            "the text of {file} names several references ({references}); choose the request it answers",
        )
    else:
        several = QT_TRANSLATE_NOOP(
            "Error",
            "the pasted text names several references ({references}); choose the request it answers",
        )
    raise UserError(
        several, code="reply_request_unknown", file=file_name, references=", ".join(sorted(found))
    )


def _header_text(message, name: str) -> str:
    """A header as one line of plain text, also when Python's header parser fails on it.

    Replies come from anywhere: a malformed encoded word makes the structured parser
    raise all kinds of errors, so the raw value is used then. Control characters go.
    """
    from opt_out_gui.core.validation import printable

    try:
        value = str(message.get(name, "") or "")
    except Exception:  # noqa: BLE001 - the stdlib parser raises IndexError, AttributeError, ...
        value = next((str(raw) for key, raw in message.raw_items() if key.lower() == name.lower()), "")
    return " ".join(printable(value).split())


def _received_date(message) -> date | None:
    value = _header_text(message, "Date")
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).astimezone().date()
    except (TypeError, ValueError, OverflowError):
        return None
