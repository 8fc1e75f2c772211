"""Tracked requests: lifecycle, deadlines from the law engine, timeline events, attachments.

A request starts as a draft (the letter as the user will send it). Recording it
as sent starts the legal deadline; every later event (acknowledged, extended,
refused, ...) is appended to its timeline and may change its status. Which
events may follow which status is one table (`ALLOWED_EVENTS`); anything else
is refused with a UserError that names the current status and the choices.

Overdue, due-soon and days left are derived from the deadline and today's date,
never stored. Every change runs in one transaction; attached files are copied
into ``<data dir>/attachments/`` (mode 0600) before it commits and removed
again if it fails.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from opt_out_gui.core import validation
from opt_out_gui.core.datadir import ATTACHMENTS_DIR
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.files import write_private_file
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.store import Store

if TYPE_CHECKING:
    from opt_out_gui.core.catalog import Catalog

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

    def days_left(self, today: date) -> int | None:
        return _days_left(self.status, self.effective_deadline, today)

    def is_overdue(self, today: date) -> bool:
        return _is_overdue(self.status, self.effective_deadline, today)

    def is_due_within(self, days: int, today: date) -> bool:
        return _is_due_within(self.status, self.effective_deadline, days, today)

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
            "sent": _iso(self.sent_at),
            "deadline": _iso(self.deadline),
            "extended_deadline": _iso(self.extended_deadline),
            "acknowledge_by": _iso(self.acknowledge_by),
            "days_left": self.days_left(today),
            "overdue": self.is_overdue(today),
            "events": [e.to_json() for e in self.events],
            "received": _iso(self.received_at),
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
        return self.status in AWAITING_ANSWER and self.days_left is not None and 0 <= self.days_left <= days


@dataclass(frozen=True)
class NextStep:
    """What the user can do next. action: send, wait, answer, reminder, appeal, complaint or none."""

    action: str
    text: str
    authority: str | None = None
    letter_type: str | None = None  # the request type of the letter to write (reminder, complaint)

    def to_json(self) -> dict:
        return {
            "action": self.action,
            "text": self.text,
            "authority": self.authority,
            "letter_type": self.letter_type,
        }


@dataclass(frozen=True)
class Summary:
    counts: dict[str, int]  # every status, zero included
    overdue: list[RequestRow]  # most overdue first
    due_soon: list[RequestRow]  # earliest deadline first


@dataclass(frozen=True)
class _StoredFile:
    source_name: str
    relative: str
    path: Path
    sha256: str
    size: int


_REQUEST_COLUMNS = (
    "id, reference, platform, account, type, law, language, channel, recipient, subject, body, "
    "created_at, sent_at, deadline, extended_deadline, acknowledge_by, status, refusal_reason, "
    "received_at, received_basis"
)


class TrackerService:
    def __init__(self, store: Store, catalog: Catalog | None = None) -> None:
        self._store = store
        self._catalog = catalog

    @property
    def laws(self):
        """The law engine, imported on first use (start-up only needs the summary)."""
        from opt_out_gui.core import laws

        return laws

    @property
    def data_dir(self) -> Path:
        return self._store.path.parent

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from opt_out_gui.core.catalog import load_catalog

            self._catalog = load_catalog()
        return self._catalog

    # ---- reading -------------------------------------------------------------------------

    def get(self, request_id: int) -> Request:
        row = self._store.connection.execute(
            f"SELECT {_REQUEST_COLUMNS} FROM requests WHERE id = ?", (request_id,)
        ).fetchone()
        if row is None:
            raise UserError(f"request {request_id} does not exist; `opt-out requests list` shows the ids")
        return _request_from_row(row, self._events_by_request(request_id).get(request_id, ()))

    def find(self, id_or_reference: str) -> Request:
        """A request by its number or its reference (2026-K3F9Q2M, any case)."""
        text = id_or_reference.strip()
        if text.isdigit() and len(text) <= 19 and int(text) <= validation.MAX_SQLITE_INTEGER:
            return self.get(int(text))
        row = self._store.connection.execute(
            "SELECT id FROM requests WHERE reference = ?", (text.upper(),)
        ).fetchone()
        if row is None:
            raise UserError(
                f"no request has the id or reference {text!r}; `opt-out requests list` shows them"
            )
        return self.get(row["id"])

    def all(self) -> list[Request]:
        """Every request with its timeline, oldest first (two queries in all)."""
        events = self._events_by_request()
        rows = self._store.connection.execute(f"SELECT {_REQUEST_COLUMNS} FROM requests ORDER BY id")
        return [_request_from_row(row, events.get(row["id"], ())) for row in rows]

    def _events_by_request(self, request_id: int | None = None) -> dict[int, list[Event]]:
        """Timelines (ordered by date, then by entry) with attachments, in one query."""
        where = "WHERE e.request_id = ?" if request_id is not None else ""
        cursor = self._store.connection.execute(
            "SELECT e.request_id, e.id, e.kind, e.date, e.note, e.created_at, "
            "a.id, a.file_name, a.sha256, a.size, a.stored_path "
            f"FROM request_events e LEFT JOIN attachments a ON a.event_id = e.id {where} "
            "ORDER BY e.request_id, e.date, e.id, a.id",
            () if request_id is None else (request_id,),
        )
        cursor.row_factory = None
        timelines: dict[int, list[Event]] = {}
        for owner, event_id, kind, on, note, created_at, *attachment in cursor:
            timeline = timelines.setdefault(owner, [])
            if not timeline or timeline[-1].id != event_id:
                timeline.append(Event(event_id, kind, date.fromisoformat(on), note, created_at))
            if attachment[0] is not None:
                found = Attachment(attachment[0], event_id, *attachment[1:])
                last = timeline[-1]
                timeline[-1] = Event(
                    last.id, last.kind, last.date, last.note, last.created_at, (*last.attachments, found)
                )
        return timelines

    def list(
        self,
        today: date,
        status: str | None = None,
        overdue: bool = False,
        due_within: int | None = None,
    ) -> list[Request]:
        if status is not None:
            _check_choice("status", status, STATUSES)
        if due_within is not None and due_within < 0:
            raise UserError(f"due within {due_within} days: give a number of days of 0 or more")
        return [
            request
            for request in self.all()
            if (status is None or request.status == status)
            and (not overdue or request.is_overdue(today))
            and (due_within is None or request.is_due_within(due_within, today))
        ]

    def rows(self, today: date) -> builtins.list[RequestRow]:  # `list` is a method here
        """The table of all requests in one query, newest first."""
        cursor = self._store.connection.execute(
            "SELECT id, reference, platform, type, law, status, sent_at, "
            "coalesce(extended_deadline, deadline) FROM requests ORDER BY id DESC"
        )
        cursor.row_factory = None  # plain tuples: this runs over every request
        rows = []
        for id_, reference, platform, type_, law, status, sent_at, deadline_text in cursor:
            deadline = _date(deadline_text)
            rows.append(
                RequestRow(
                    id_,
                    reference,
                    platform,
                    type_,
                    law,
                    status,
                    _date(sent_at),
                    deadline,
                    _days_left(status, deadline, today),
                    _is_overdue(status, deadline, today),
                )
            )
        return rows

    def summary(self, today: date, due_within: int = DUE_SOON_DAYS) -> Summary:
        """For the dashboard: counts by status, overdue and due-soon requests."""
        rows = self.rows(today)
        counts = dict.fromkeys(STATUSES, 0)
        for row in rows:
            counts[row.status] += 1
        overdue = sorted((r for r in rows if r.overdue), key=lambda r: r.deadline or date.max)
        due_soon = sorted(
            (r for r in rows if r.is_due_within(due_within)),
            key=lambda r: r.deadline or date.max,  # rows due within days have a deadline
        )
        return Summary(counts=counts, overdue=overdue, due_soon=due_soon)

    # ---- changing ------------------------------------------------------------------------

    def create(
        self,
        draft: Draft,
        sent_on: date | None = None,
        received: date | None = None,
        today: date | None = None,
    ) -> Request:
        """Store a letter as a draft request, or as sent on `sent_on` (received by the company on
        `received`, see record()): one transaction either way."""
        draft = check_draft(draft)
        unsaved = Request(
            **{name: getattr(draft, name) for name in Draft.__dataclass_fields__},
            id=0,
            created_at="",
            sent_at=None,
            deadline=None,
            extended_deadline=None,
            acknowledge_by=None,
            status="draft",
            refusal_reason=None,
        )
        if sent_on is not None:  # checked before anything is written
            _, sent_on, _ = check_event("sent", sent_on, "", draft.law, today or date.today())
            changes = self._changes_for(unsaved, "sent", sent_on, None, None, received)
        with self._store.transaction() as connection:
            if connection.execute(
                "SELECT 1 FROM requests WHERE reference = ?", (draft.reference,)
            ).fetchone():
                raise UserError(f"a request with the reference {draft.reference} exists already")
            cursor = connection.execute(
                "INSERT INTO requests (reference, platform, account, type, law, language, channel, "
                "recipient, subject, body, created_at, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft')",
                (
                    draft.reference,
                    draft.platform,
                    draft.account,
                    draft.type,
                    draft.law,
                    draft.language,
                    draft.channel,
                    draft.recipient,
                    draft.subject,
                    draft.body,
                    _now(),
                ),
            )
            if sent_on is not None:
                assert cursor.lastrowid is not None  # set by the INSERT above
                saved = replace(unsaved, id=cursor.lastrowid)
                _write_event(connection, saved, "sent", sent_on, "", (), changes)
        assert cursor.lastrowid is not None  # set by the INSERT above
        return self.get(cursor.lastrowid)

    def record(
        self,
        request_id: int,
        kind: str,
        on: date,
        note: str = "",
        reason: str | None = None,
        attachments: Sequence[Path] = (),
        channel: str | None = None,
        received: date | None = None,
        today: date | None = None,
    ) -> Request:
        """Add an event to the timeline and apply its status change, in one transaction.

        `sent` starts the deadline (the channel may be given here or stored with the
        draft), counted from `received`, the day the company received it: by default the
        same day for email and web forms, an estimate for post (see core.receipt);
        `extended` sets the extended deadline; `refused` needs a reason.
        """
        self._store.require_writable()
        request = self.get(request_id)
        kind, on, note = check_event(kind, on, note, request.law, today or date.today())
        allowed = ALLOWED_EVENTS[request.status]
        if kind not in allowed:
            hint = (
                " (a refused request must be reopened before it can be fulfilled)"
                if (request.status, kind) == ("refused", "fulfilled")
                else ""
            )
            raise UserError(
                f"request {request.reference} is {request.status}: it cannot be marked {kind}; "
                f"allowed now: {', '.join(allowed)}{hint}"
            )
        if reason is not None and kind != "refused":
            raise UserError(f"a reason is only recorded with 'refused', not with {kind!r}")
        if received is not None and kind != "sent":
            raise UserError(f"a received date is only recorded with 'sent', not with {kind!r}")
        check_event_order(request.sent_at, on)
        changes = self._changes_for(request, kind, on, reason, channel, received)
        stored: list[_StoredFile] = []
        try:
            stored = [self._copy_attachment(Path(path)) for path in attachments]
            with self._store.transaction() as connection:
                _write_event(connection, request, kind, on, note, stored, changes)
        except BaseException:
            for copy in stored:
                copy.path.unlink(missing_ok=True)
            raise
        return self.get(request.id)

    def _changes_for(
        self,
        request: Request,
        kind: str,
        on: date,
        reason: str | None,
        channel: str | None,
        received: date | None,
    ) -> dict[str, object]:
        """Columns an event changes on its request (validated before anything is written)."""
        if kind in TIMELINE_ONLY_EVENTS:
            return {}
        if kind == "sent":
            chosen = channel or request.channel
            if chosen is None:
                raise UserError(
                    f"say how request {request.reference} was sent: channel one of {', '.join(CHANNELS)}"
                )
            _check_choice("channel", chosen, CHANNELS)
            if on > date.today():
                raise UserError(f"sent date {on.isoformat()} is in the future")
            receipt = self.receipt_for(request, chosen, on, received)
            result = self._deadline(request, receipt.day)
            return {
                "status": "sent",
                "channel": chosen,
                "sent_at": on.isoformat(),
                "received_at": receipt.day.isoformat(),
                "received_basis": receipt.basis,
                "deadline": _iso(result.deadline),
                "acknowledge_by": _iso(result.acknowledge_by),
            }
        if channel is not None:
            raise UserError(f"a channel is only recorded with 'sent', not with {kind!r}")
        if kind == "extended":
            received = request.received_at or request.sent_at
            assert received is not None  # ALLOWED_EVENTS offers "extended" only after "sent"
            result = self._deadline(request, received)
            if result.extended_deadline is not None:
                return {"status": "extended", "extended_deadline": result.extended_deadline.isoformat()}
            law = self.law_name(request.law)
            if result.extension == "none":
                why = self.laws.get_law(request.law).deadlines[self._rule_kind(request)].extension_note
                raise UserError(
                    f"{law} does not allow the company to extend the deadline of this request"
                    + (f": {why}" if why else "")
                )
            # The sources do not say: keep the company's word on the timeline, not a date of ours.
            return {"status": "extended"}
        if kind == "refused":
            if reason is None:
                raise UserError(f"give the reason for the refusal: one of {', '.join(REFUSAL_REASONS)}")
            _check_choice("reason", reason, REFUSAL_REASONS)
            return {"status": "refused", "refusal_reason": reason}
        if kind == "reopened":
            return {"status": "sent" if request.sent_at else "draft", "refusal_reason": None}
        return {"status": kind, "refusal_reason": None}

    def set_received(self, request_id: int, received: date, today: date | None = None) -> Request:
        """Correct the day the company received a sent request; its deadlines follow."""
        request = self.get(request_id)
        if request.sent_at is None:
            raise UserError(
                f"request {request.reference} is not sent yet: record it as sent, with the received date"
            )
        from opt_out_gui.core.receipt import entered_receipt

        receipt = entered_receipt(request.sent_at, received, today or date.today())
        result = self._deadline(request, receipt.day)
        changes: dict[str, object] = {
            "received_at": receipt.day.isoformat(),
            "received_basis": receipt.basis,
            "deadline": _iso(result.deadline),
            "acknowledge_by": _iso(result.acknowledge_by),
        }
        if request.extended_deadline is not None:
            changes["extended_deadline"] = _iso(result.extended_deadline)
        assignments = ", ".join(f"{column} = ?" for column in changes)
        with self._store.transaction() as connection:
            connection.execute(
                f"UPDATE requests SET {assignments} WHERE id = ?", (*changes.values(), request.id)
            )
        return self.get(request.id)

    def receipt_for(self, request: Request, channel: str, sent: date, received: date | None = None):
        """The day the company received the request (a core.receipt.Receipt): the day the user
        gives, else the same day for email and web forms, else an estimate for post."""
        from opt_out_gui.core import receipt
        from opt_out_gui.core.profile import ProfileService

        if received is not None:
            return receipt.entered_receipt(sent, received, max(date.today(), sent))
        sender_country = ProfileService(self._store).load().country
        recipient_country = self._controller_country(request.platform, request.law)
        return receipt.estimate_receipt(channel, sent, sender_country, recipient_country)

    def deadline_for(self, request: Request, received: date):
        """The law engine's DeadlineResult for this request received on `received`."""
        return self._deadline(request, received)

    def _deadline(self, request: Request, received: date):
        from opt_out_gui.core.recipients import holiday_country

        # Whose public holidays count: the same decision the letter makes.
        country = holiday_country(self._platform(request.platform), self.laws.get_law(request.law))
        # The receipt may be an estimate after today: that is no typing error to refuse.
        return self.laws.compute_deadline(
            request.law, received, request.type, country, today=max(received, date.today())
        )

    def _rule_kind(self, request: Request) -> str:
        try:
            return self.laws.get_request_type(request.type).deadline_rule or "request"
        except UserError:
            return "request"

    def _platform(self, platform_id: str):
        try:
            return self.catalog.get(platform_id)
        except UserError:
            return None  # a request for a platform that left the catalogue keeps working

    def _controller_country(self, platform_id: str, law_id: str) -> str | None:
        """ISO code of the controller's country (where a posted letter goes), from the catalogue."""
        from opt_out_gui.core.recipients import controller_country

        return controller_country(self._platform(platform_id), self.laws.get_law(law_id))

    def _copy_attachment(self, source: Path) -> _StoredFile:
        if not source.is_file():
            raise UserError(f"attachment {source} is not a readable file")
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError(
                f"attachment {source} is {size // (1024 * 1024)} MB; the limit is "
                f"{MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB"
            )
        import hashlib  # here, not at the top: the tracker is imported at start-up
        import secrets

        from opt_out_gui.core.files import describe_os_error

        relative = f"{ATTACHMENTS_DIR}/{secrets.token_hex(8)}-{_safe_file_name(source.name)}"
        target = self.data_dir / relative
        digest = hashlib.sha256()
        try:
            with source.open("rb") as reader:
                data = reader.read()
        except OSError as error:
            raise UserError(f"cannot read attachment {source}: {error.strerror or error}") from None
        digest.update(data)
        created = not target.parent.exists()
        try:
            target.parent.mkdir(mode=0o700, exist_ok=True)
            write_private_file(target, data)
        except OSError as error:
            if created:  # leave the data directory as it was
                target.parent.rmdir()
            raise UserError(describe_os_error(error, target)) from None
        return _StoredFile(source.name, relative, target, digest.hexdigest(), len(data))

    # ---- what next -----------------------------------------------------------------------

    def next_step(self, request: Request, today: date, profile: Profile | None = None) -> NextStep:
        status = request.status
        if status == "draft":
            return NextStep(
                "send", "Send the letter, then record the date you sent it so the deadline starts."
            )
        if status == "needs_info":
            return NextStep(
                "answer",
                "The company asked for more information: send it, note what you sent, "
                "then record their next reply.",
            )
        if status in AWAITING_ANSWER:
            days = request.days_left(today)
            deadline = request.effective_deadline
            if days is None or deadline is None:
                return NextStep("wait", "Waiting for the reply.")
            if days >= 0:
                text = f"Waiting for the reply: {_days(days)} left (deadline {deadline.isoformat()})."
                if status == "extended" and request.extended_deadline is None:
                    text += (
                        f" The sources used do not say whether {self.law_name(request.law)} lets the "
                        "company extend it, so the app keeps this deadline; note the date the company gave."
                    )
                if status == "sent" and request.acknowledge_by and request.acknowledge_by < today:
                    text += (
                        f" They should have confirmed receipt by {request.acknowledge_by.isoformat()}: "
                        "you may send a reminder."
                    )
                    return self._letter_step(request, "reminder", text)
                return NextStep("wait", text)
            reminder = request.last_event("reminder_sent")
            if reminder is None or reminder.date <= deadline:
                return self._letter_step(request, "reminder", f"Overdue by {_days(-days)}: send a reminder.")
            return self._escalation_step(
                request, profile, f"Overdue by {_days(-days)}, reminded on {reminder.date.isoformat()}: "
            )
        if status == "refused":
            if request.refusal_reason == "insufficient_verification":
                return NextStep(
                    "answer",
                    "Refused for insufficient verification: send the identity information they ask "
                    "for, then record the request as reopened.",
                )
            return self._escalation_step(
                request,
                profile,
                f"Refused ({(request.refusal_reason or 'no reason given').replace('_', ' ')}): "
                "if you disagree, ",
            )
        if status == "partially_fulfilled":
            return self._letter_step(
                request, "reminder", "Partly fulfilled: send a reminder that lists what is missing."
            )
        if status == "escalated":
            filed = request.last_event("escalated")
            return NextStep(
                "wait",
                f"Complaint filed on {filed.date.isoformat()}: record the authority's replies here."
                if filed
                else "Complaint filed: record the authority's replies here.",
            )
        finished = request.last_event(status)
        when = f" on {finished.date.isoformat()}" if finished else ""
        if status == "fulfilled":
            return NextStep("none", f"Done: fulfilled{when}. Keep the reply as evidence.")
        return NextStep("none", f"Withdrawn{when}.")

    def _letter_step(
        self, request: Request, action: str, text: str, authority: str | None = None
    ) -> NextStep:
        family = self.laws.get_law(request.law).family
        return NextStep(action, text, authority, letter_type=f"{family}-{action}")

    def _escalation_step(self, request: Request, profile: Profile | None, lead_in: str) -> NextStep:
        """After no answer or a refusal: an appeal to the company where the law gives one and
        this request is not the appeal already, else a complaint to the authority."""
        law = self.laws.get_law(request.law)
        appeal_type = _appeal_type(self.laws, law.id)
        if law.appeal_first and appeal_type is not None and request.type != appeal_type.id:
            after = self._complaint_target(request, profile)
            if law.appeal_period is None:
                return NextStep(
                    "appeal",
                    f"{lead_in}appeal to the company first: {law.short_name} gives an appeal. The sources "
                    "used give no period for the company's answer, so the app cannot date an appeal "
                    f"letter; write to the company, record its answer, then complain to {after}.",
                )
            return NextStep(
                "appeal",
                f"{lead_in}appeal to the company first: {law.short_name} gives an appeal, which the company "
                f"must decide within {law.appeal_period} of receiving it. If it denies the appeal, "
                f"complain to {after}.",
                letter_type=appeal_type.id,
            )
        return self._complaint_step(request, profile, lead_in)

    def _complaint_step(self, request: Request, profile: Profile | None, lead_in: str) -> NextStep:
        try:
            route = self.complaint_route(request, profile)
        except UserError as error:
            return self._letter_step(request, "complaint", f"{lead_in}file a complaint; first, {error}.")
        text = f"{lead_in}file a complaint with {route.authority.name}"
        if route.alternative is not None:
            text += f" (the authority where you live), or with {route.alternative.name}, the lead authority"
        return self._letter_step(request, "complaint", text + ".", route.authority.name)

    def _complaint_target(self, request: Request, profile: Profile | None) -> str:
        try:
            return self.complaint_route(request, profile).authority.name
        except UserError:
            return "the regulator"

    def complaint_route(self, request: Request, profile: Profile | None):
        """Where a complaint about this request goes (core.authorities.complaint_route)."""
        from opt_out_gui.core.authorities import complaint_route

        try:
            platform = self.catalog.get(request.platform)
        except UserError:
            platform = None  # a platform that left the catalogue has no lead authority to offer
        profile = profile or Profile()
        return complaint_route(self.laws.get_law(request.law), profile.country, profile.state, platform)

    def type_title(self, type_id: str) -> str:
        """'Objection to AI training' for gdpr-objection-ai; the id where the law engine has no such type."""
        try:
            return self.laws.get_request_type(type_id).title
        except UserError:
            return type_id

    def law_name(self, law_id: str) -> str:
        try:
            return self.laws.get_law(law_id).short_name
        except UserError:
            return law_id


def _appeal_type(laws, law_id: str):
    """The request type that appeals to the company under this law, if there is one."""
    return next((t for t in laws.request_types(law_id) if t.deadline_rule == "appeal"), None)


def _write_event(
    connection, request: Request, kind: str, on: date, note: str, stored: Sequence[_StoredFile], changes: dict
) -> None:
    """Inside a transaction: the event, its attachments, and the request's new status and dates."""
    event_id = connection.execute(
        "INSERT INTO request_events (request_id, kind, date, note, created_at) VALUES (?, ?, ?, ?, ?)",
        (request.id, kind, on.isoformat(), note, _now()),
    ).lastrowid
    connection.executemany(
        "INSERT INTO attachments (event_id, file_name, sha256, stored_path, size) VALUES (?, ?, ?, ?, ?)",
        [(event_id, f.source_name, f.sha256, f.relative, f.size) for f in stored],
    )
    if changes:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        updated = connection.execute(
            f"UPDATE requests SET {assignments} WHERE id = ? AND status = ?",
            (*changes.values(), request.id, request.status),
        ).rowcount
        if updated != 1:
            raise UserError(f"request {request.reference} was changed meanwhile; try again")


_REFERENCE_FORMAT = re.compile(r"^\d{4}-[0-9A-HJKMNP-TV-Z]{7}$")


def check_draft(draft: Draft) -> Draft:
    """A draft's values, normalised; raises InvalidValue naming the field.

    The same check runs on a letter saved by the user and on every request a backup restores.
    """
    for name in ("reference", "platform", "type", "law", "language", "subject", "body"):
        value = getattr(draft, name)
        if isinstance(value, str) and not value.strip():
            raise validation.InvalidValue(name, f"a request needs a {name}; it is empty")
    from opt_out_gui.core.checklist import MAX_ACCOUNT_LENGTH
    from opt_out_gui.core.laws import get_law
    from opt_out_gui.core.profile import LANGUAGES

    reference = validation.single_line("reference", draft.reference, max_length=20)
    if not _REFERENCE_FORMAT.match(reference):
        raise validation.InvalidValue("reference", f"reference {reference!r} is not like 2026-K3F9Q2M")
    law = validation.identifier("law", draft.law)
    try:
        known = get_law(law).id == law
    except UserError as error:
        raise validation.InvalidValue("law", str(error)) from None
    if not known:
        raise validation.InvalidValue("law", f"law {law!r} is not a law id such as gdpr")
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
            "date", f"date {on.isoformat()} is before the request was sent ({sent_at.isoformat()})"
        )


def _check_choice(name: str, value: str, choices: Sequence[str]) -> None:
    if value not in choices:
        raise UserError(f"{name} {value!r} is not one of: {', '.join(choices)}")


def _safe_file_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name).lstrip(".")
    return cleaned[-80:] or "attachment"


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _days_left(status: str, deadline: date | None, today: date) -> int | None:
    """Days until the deadline while the company owes an answer; None otherwise."""
    return (deadline - today).days if deadline and status in RUNNING_DEADLINE else None


def _is_overdue(status: str, deadline: date | None, today: date) -> bool:
    return status in AWAITING_ANSWER and deadline is not None and deadline < today


def _is_due_within(status: str, deadline: date | None, days: int, today: date) -> bool:
    return status in AWAITING_ANSWER and deadline is not None and 0 <= (deadline - today).days <= days


def _request_from_row(row, events: Sequence[Event]) -> Request:
    return Request(
        id=row["id"],
        reference=row["reference"],
        platform=row["platform"],
        account=row["account"],
        type=row["type"],
        law=row["law"],
        language=row["language"],
        channel=row["channel"],
        recipient=row["recipient"],
        subject=row["subject"],
        body=row["body"],
        created_at=row["created_at"],
        sent_at=_date(row["sent_at"]),
        deadline=_date(row["deadline"]),
        extended_deadline=_date(row["extended_deadline"]),
        acknowledge_by=_date(row["acknowledge_by"]),
        status=row["status"],
        refusal_reason=row["refusal_reason"],
        events=tuple(events),
        received_at=_date(row["received_at"]),
        received_basis=row["received_basis"],
    )
