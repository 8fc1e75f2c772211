"""What the tracker stores and returns: requests, their timeline events and attachments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from opt_out_gui.core.tracker import lifecycle

_EMAIL_LINE = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")


@dataclass(frozen=True)
class Attachment:
    id: int
    event_id: int
    file_name: str
    sha256: str
    size: int
    stored_path: str  # relative to the data directory

    def to_json(self) -> dict:
        return {
            "file_name": self.file_name,
            "sha256": self.sha256,
            "size": self.size,
            "stored_path": self.stored_path,
        }


@dataclass(frozen=True)
class Event:
    id: int
    kind: str
    date: date
    note: str
    created_at: str
    attachments: tuple[Attachment, ...] = ()

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "date": self.date.isoformat(),
            "note": self.note,
            "attachments": [a.to_json() for a in self.attachments],
        }


@dataclass(frozen=True)
class Request:
    id: int
    reference: str
    platform: str
    account: str
    type: str
    law: str
    language: str
    channel: str | None
    recipient: str
    subject: str
    body: str
    created_at: str
    sent_at: date | None
    deadline: date | None
    extended_deadline: date | None
    acknowledge_by: date | None
    status: str
    refusal_reason: str | None
    events: tuple[Event, ...] = field(default=())
    # The day the company received it, which the deadline counts from, and how that day is
    # known (a receipt basis code: same_day, entered, estimated or sent_date).
    received_at: date | None = None
    received_basis: str | None = None

    @property
    def effective_deadline(self) -> date | None:
        return self.extended_deadline or self.deadline

    @property
    def recipient_email(self) -> str | None:
        """The email address in the recipient block, or None. A letter saved from the composer
        keeps the whole block (entity, postal address, email, web form) one item a line; a
        request added by hand may hold just the address."""
        for line in self.recipient.splitlines():
            if _EMAIL_LINE.match(line.strip()):
                return line.strip()
        return None

    def days_left(self, today: date) -> int | None:
        return lifecycle.days_left(self.status, self.effective_deadline, today)

    def is_overdue(self, today: date) -> bool:
        return lifecycle.is_overdue(self.status, self.effective_deadline, today)

    def is_due_within(self, days: int, today: date) -> bool:
        return lifecycle.is_due_within(self.status, self.effective_deadline, days, today)

    def last_event(self, kind: str) -> Event | None:
        return next((e for e in reversed(self.events) if e.kind == kind), None)

    def to_json(self, today: date, include_letter: bool = False) -> dict:
        data = {
            "id": self.id,
            "reference": self.reference,
            "platform": self.platform,
            "account": self.account,
            "type": self.type,
            "law": self.law,
            "language": self.language,
            "channel": self.channel,
            "recipient": self.recipient,
            "subject": self.subject,
            "status": self.status,
            "refusal_reason": self.refusal_reason,
            "created_at": self.created_at,
            "sent": iso(self.sent_at),
            "deadline": iso(self.deadline),
            "extended_deadline": iso(self.extended_deadline),
            "acknowledge_by": iso(self.acknowledge_by),
            "days_left": self.days_left(today),
            "overdue": self.is_overdue(today),
            "events": [e.to_json() for e in self.events],
            "received": iso(self.received_at),
            "received_basis": self.received_basis,
        }
        if include_letter:
            data["body"] = self.body
        return data


class RequestRow(NamedTuple):
    """One line of the requests table: what a list shows, without letter or timeline.
    (A tuple: a table builds ten thousand of these at once.)"""

    id: int
    reference: str
    platform: str
    type: str
    law: str
    status: str
    sent_at: date | None
    deadline: date | None  # the extended deadline where there is one
    days_left: int | None
    overdue: bool

    def is_due_within(self, days: int) -> bool:
        return (
            self.status in lifecycle.AWAITING_ANSWER
            and self.days_left is not None
            and 0 <= self.days_left <= days
        )


@dataclass(frozen=True)
class Summary:
    """What the dashboard shows: counts, and the first few of each group."""

    counts: dict[str, int]  # every status, zero included
    overdue: list[RequestRow]  # the most overdue first (the first few)
    due_soon: list[RequestRow]  # the earliest deadline first (the first few)
    overdue_total: int = 0
    due_soon_total: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
