"""The lifecycle of a request: statuses, which events may follow which status, and the checks
every draft and event passes (a letter the user saves and a request a backup restores alike).

A request starts as a draft (the letter as the user will send it). Recording it as sent
starts the legal deadline; every later event (acknowledged, extended, refused, ...) is
appended to its timeline and may change its status. Which events may follow which status
is one table (`ALLOWED_EVENTS`); anything else is refused with a UserError that names the
current status and the choices.

Overdue, due-soon and days left are derived from the deadline and today's date, never stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from opt_out_gui.core import validation
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError

STATUSES = (
    "draft",
    "sent",
    "acknowledged",
    "extended",
    "needs_info",
    "fulfilled",
    "partially_fulfilled",
    "refused",
    "withdrawn",
    "escalated",
)
REFUSAL_REASONS = (
    "insufficient_verification",
    "no_match",
    "claim_not_covered",
    "outside_jurisdiction",
    "too_many_requests",
    "suspected_fraud",
    "other",
)
CHANNELS = ("email", "post", "web_form", "in_app")
# Events that only add to the timeline and keep the status.
TIMELINE_ONLY_EVENTS = ("reminder_sent", "reply_received")
EVENT_KINDS = STATUSES[1:] + TIMELINE_ONLY_EVENTS + ("reopened",)

# Statuses in which the company owes an answer by the deadline: only these can be overdue.
AWAITING_ANSWER = frozenset({"sent", "acknowledged", "extended"})
# Statuses in which the deadline still counts (days left are shown).
RUNNING_DEADLINE = AWAITING_ANSWER | {"needs_info"}
# Statuses with nothing left to do for the user.
CLOSED = frozenset({"fulfilled", "refused", "withdrawn"})
DUE_SOON_DAYS = 7
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
# Upper bounds that keep records sane; real letters and notes are far shorter.
MAX_SUBJECT_LENGTH = 500
MAX_RECIPIENT_LENGTH = 2000
MAX_BODY_LENGTH = 200_000
MAX_NOTE_LENGTH = 10_000

_AFTER_SENT = (
    "acknowledged",
    "extended",
    "needs_info",
    "reply_received",
    "reminder_sent",
    "fulfilled",
    "partially_fulfilled",
    "refused",
    "withdrawn",
    "escalated",
)
# status -> events that may be recorded next. A refused request reaches
# fulfilled only through an explicit `reopened` event (or a complaint).
ALLOWED_EVENTS: dict[str, tuple[str, ...]] = {
    "draft": ("sent", "withdrawn"),
    "sent": _AFTER_SENT,
    "acknowledged": tuple(e for e in _AFTER_SENT if e != "acknowledged"),
    "extended": tuple(e for e in _AFTER_SENT if e not in ("acknowledged", "extended")),
    "needs_info": tuple(e for e in _AFTER_SENT if e != "needs_info"),
    "partially_fulfilled": (
        "reply_received",
        "reminder_sent",
        "fulfilled",
        "refused",
        "escalated",
        "withdrawn",
        "reopened",
    ),
    "refused": ("reply_received", "escalated", "withdrawn", "reopened"),
    "escalated": ("reply_received", "fulfilled", "partially_fulfilled", "withdrawn", "reopened"),
    "fulfilled": ("reply_received", "reopened"),
    "withdrawn": ("reopened",),
}
if set(ALLOWED_EVENTS) != set(STATUSES):  # pragma: no cover - guards edits of the table
    raise AssertionError("ALLOWED_EVENTS must list every status")


@dataclass(frozen=True)
class Draft:
    """A letter about to be tracked: what `TrackerService.create` stores."""

    reference: str
    platform: str
    type: str
    law: str
    language: str
    recipient: str
    subject: str
    body: str
    account: str = ""
    channel: str | None = None


# ---- what the deadline means today -------------------------------------------------------


def days_left(status: str, deadline: date | None, today: date) -> int | None:
    """Days until the deadline while the company owes an answer; None otherwise."""
    return (deadline - today).days if deadline and status in RUNNING_DEADLINE else None


def is_overdue(status: str, deadline: date | None, today: date) -> bool:
    return status in AWAITING_ANSWER and deadline is not None and deadline < today


def is_due_within(status: str, deadline: date | None, days: int, today: date) -> bool:
    return status in AWAITING_ANSWER and deadline is not None and 0 <= (deadline - today).days <= days


# ---- transitions -------------------------------------------------------------------------


def check_transition(
    status: str, reference: str, kind: str, reason: str | None, received: date | None
) -> None:
    """Refuse an event the request's status does not allow, or an option that does not go with it."""
    allowed = ALLOWED_EVENTS[status]
    if kind not in allowed:
        if (status, kind) == ("refused", "fulfilled"):
            template = QT_TRANSLATE_NOOP(
                "Error",
                "request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed} "
                "(a refused request must be reopened before it can be fulfilled)",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Error", "request {reference} is {status}: it cannot be marked {kind}; allowed now: {allowed}"
            )
        raise UserError(
            template,
            code="event_not_allowed",
            reference=reference,
            status=status,
            kind=kind,
            allowed=", ".join(allowed),
        )
    if reason is not None and kind != "refused":
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "a reason is only recorded with 'refused', not with {kind!r}"),
            kind=kind,
        )
    if received is not None and kind != "sent":
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "a received date is only recorded with 'sent', not with {kind!r}"),
            kind=kind,
        )


def status_change(kind: str, reason: str | None, was_sent: bool) -> dict[str, object]:
    """The columns an event other than `sent` and `extended` changes on its request.

    (Those two also set dates, which the deadline engine computes: see TrackerService.)
    """
    if kind in TIMELINE_ONLY_EVENTS:
        return {}
    if kind == "refused":
        if reason is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "give the reason for the refusal: one of {reasons}"),
                code="refusal_reason_missing",
                reasons=", ".join(REFUSAL_REASONS),
            )
        check_choice("reason", reason, REFUSAL_REASONS)
        return {"status": "refused", "refusal_reason": reason}
    if kind == "reopened":
        return {"status": "sent" if was_sent else "draft", "refusal_reason": None}
    return {"status": kind, "refusal_reason": None}


def check_choice(name: str, value: str, choices: Sequence[str]) -> None:
    if value not in choices:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "{field} {value!r} is not one of: {choices}"),
            field=name,
            value=value,
            choices=", ".join(choices),
        )


# ---- drafts and events -------------------------------------------------------------------

_REFERENCE_FORMAT = re.compile(r"^\d{4}-[0-9A-HJKMNP-TV-Z]{7}$")


def check_draft(draft: Draft) -> Draft:
    """A draft's values, normalised; raises InvalidValue naming the field.

    The same check runs on a letter saved by the user and on every request a backup restores.
    """
    for name in ("reference", "platform", "type", "law", "language", "subject", "body"):
        value = getattr(draft, name)
        if isinstance(value, str) and not value.strip():
            raise validation.InvalidValue(
                QT_TRANSLATE_NOOP("Error", "a request needs a {field}; it is empty"), field=name
            )
    from opt_out_gui.core.checklist import MAX_ACCOUNT_LENGTH
    from opt_out_gui.core.laws import get_law
    from opt_out_gui.core.profile import LANGUAGES

    reference = validation.single_line("reference", draft.reference, max_length=20)
    if not _REFERENCE_FORMAT.match(reference):
        raise validation.InvalidValue(
            QT_TRANSLATE_NOOP("Error", "reference {value!r} is not like 2026-K3F9Q2M"),
            field="reference",
            value=reference,
        )
    law = validation.identifier("law", draft.law)
    try:
        known = get_law(law).id == law
    except UserError as error:
        raise validation.InvalidValue(
            QT_TRANSLATE_NOOP("Error", "{problem}"), field="law", problem=error
        ) from None
    if not known:
        raise validation.InvalidValue(
            QT_TRANSLATE_NOOP("Error", "law {value!r} is not a law id such as gdpr"), field="law", value=law
        )
    return Draft(
        reference=reference,
        platform=validation.identifier("platform", draft.platform),
        type=validation.identifier("type", draft.type),
        law=law,
        language=validation.choice("language", draft.language, tuple(LANGUAGES)),
        recipient=validation.multi_line(
            "recipient", draft.recipient, max_length=MAX_RECIPIENT_LENGTH, strip=False
        ),
        subject=validation.single_line("subject", draft.subject, max_length=MAX_SUBJECT_LENGTH),
        body=validation.multi_line("body", draft.body, max_length=MAX_BODY_LENGTH, strip=False),
        account=validation.single_line("account", draft.account, max_length=MAX_ACCOUNT_LENGTH),
        channel=None if draft.channel is None else validation.choice("channel", draft.channel, CHANNELS),
    )


def check_event(kind: object, on: object, note: str, law: str, today: date) -> tuple[str, date, str]:
    """An event's kind, date and note, normalised (user input and restored backups alike).

    The date is when it happened: not in the future, not before the request's law applied.
    """
    kind = validation.choice("event", kind, EVENT_KINDS)
    day = validation.past_date("date", on, today, law)
    return kind, day, validation.multi_line("note", note, max_length=MAX_NOTE_LENGTH)


def check_event_order(sent_at: date | None, on: date) -> None:
    if sent_at and on < sent_at:
        raise validation.InvalidValue(
            QT_TRANSLATE_NOOP("Error", "date {day} is before the request was sent ({sent})"),
            field="date",
            day=on.isoformat(),
            sent=sent_at.isoformat(),
        )
