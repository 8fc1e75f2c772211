"""Importing a company's reply (an .eml file, or text pasted from a mail program).

The reply is recorded as a `reply_received` event with the original kept as evidence.
Without a request id, the request is found by the reference in the reply's subject
("Re: Objection ... 2026-K3F9Q2M"); pasted text without a Subject line is searched
whole.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

from opt_out_gui.core.delivery.outgoing import record_with_file
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.references import REFERENCE_PATTERN
from opt_out_gui.core.tracker import Request, TrackerService
from opt_out_gui.core.validation import InvalidValue, past_date

MAX_REPLY_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class ImportedReply:
    request: Request
    subject: str
    sender: str
    received: date
    matched_by_reference: bool


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
            raise UserError("the pasted reply is empty")
        data, file_name = source.encode("utf-8"), ""
    where = str(source) if isinstance(source, Path) else "the pasted text"
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except RecursionError:
        raise UserError(f"{where} nests too many message parts inside each other to be read") from None
    subject = _header_text(message, "Subject")
    sender = _header_text(message, "From")
    if request_id is not None:
        request = tracker.get(request_id)
        matched = False
    else:
        request = tracker.find(_reference_in(message, subject, data, file_name or "the pasted text"))
        matched = True
    received = _received_date(message) or today
    try:
        past_date("date", received, today, request.law)
    except InvalidValue as problem:
        raise UserError(
            f"the reply {where} is dated {received.isoformat()} (its Date header): {problem}"
        ) from None
    if not file_name:
        # Text with mail headers is a message; anything else stays plain text.
        file_name = (
            f"reply-{request.reference}.eml" if subject or sender else f"reply-{request.reference}.txt"
        )
    note = (
        "Reply received" + (f" from {sender}" if sender else "") + (f": {subject}" if subject else "") + "."
    )
    updated = record_with_file(tracker, request.id, "reply_received", received, file_name, data, note=note)
    return ImportedReply(updated, subject, sender, received, matched)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_REPLY_BYTES:
            raise UserError(f"reply file {path} is larger than {MAX_REPLY_BYTES // (1024 * 1024)} MB")
        return path.read_bytes()
    except OSError as error:
        raise UserError(f"cannot read reply file {path}: {error.strerror or error}") from None


def _reference_in(message, subject: str, data: bytes, where: str) -> str:
    haystack = subject if "Subject" in message else data.decode("utf-8", "replace")
    found = {f"{m.group(1)}-{m.group(2).upper()}" for m in REFERENCE_PATTERN.finditer(haystack)}
    if len(found) == 1:
        return found.pop()
    place = "subject" if "Subject" in message else "text"
    if not found:
        raise UserError(
            f"no request reference (like 2026-K3F9Q2M) in the {place} of {where}; "
            "choose the request it answers",
            code="reply_request_unknown",
        )
    raise UserError(
        f"the {place} of {where} names several references ({', '.join(sorted(found))}); "
        "choose the request it answers",
        code="reply_request_unknown",
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
