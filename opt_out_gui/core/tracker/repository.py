"""The requests repository: all SQL for requests, their events and attachments.

Every change is one transaction (`Store.transaction`). Reading methods take the filters a
list needs (status, platform) so that the database, not Python, selects the rows.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import NamedTuple

from opt_out_gui.core.errors import UserError
from opt_out_gui.core.store import Store
from opt_out_gui.core.tracker import lifecycle
from opt_out_gui.core.tracker.attachments import StoredFile
from opt_out_gui.core.tracker.lifecycle import Draft
from opt_out_gui.core.tracker.model import Attachment, Event, Request, RequestRow

_REQUEST_COLUMNS = (
    "id, reference, platform, account, type, law, language, channel, recipient, subject, body, "
    "created_at, sent_at, deadline, extended_deadline, acknowledge_by, status, refusal_reason, "
    "received_at, received_basis"
)


class NewEvent(NamedTuple):
    """An event about to be written, with the files already copied into the data directory."""

    kind: str
    date: date
    note: str = ""
    files: Sequence[StoredFile] = ()


class RequestRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    # ---- reading -------------------------------------------------------------------------

    def get(self, request_id: int) -> Request | None:
        row = self._store.connection.execute(
            f"SELECT {_REQUEST_COLUMNS} FROM requests WHERE id = ?", (request_id,)
        ).fetchone()
        if row is None:
            return None
        return _request_from_row(row, self._events_by_request(request_id).get(request_id, ()))

    def id_for_reference(self, reference: str) -> int | None:
        row = self._store.connection.execute(
            "SELECT id FROM requests WHERE reference = ?", (reference,)
        ).fetchone()
        return None if row is None else row["id"]

    def all(self, status: str | None = None) -> list[Request]:
        """Requests with their timelines, oldest first (two queries in all)."""
        events = self._events_by_request()
        where, values = _where(status=status)
        rows = self._store.connection.execute(
            f"SELECT {_REQUEST_COLUMNS} FROM requests {where} ORDER BY id", values
        )
        return [_request_from_row(row, events.get(row["id"], ())) for row in rows]

    def rows(
        self, today: date, status: str | None = None, platform: str | None = None
    ) -> builtins.list[RequestRow]:
        """The table of requests in one query, newest first."""
        where, values = _where(status=status, platform=platform)
        cursor = self._store.connection.execute(
            "SELECT id, reference, platform, type, law, status, sent_at, "
            f"coalesce(extended_deadline, deadline) FROM requests {where} ORDER BY id DESC",
            values,
        )
        cursor.row_factory = None  # plain tuples: this runs over every request
        rows = []
        for id_, reference, platform_id, type_, law, state, sent_at, deadline_text in cursor:
            deadline = _date(deadline_text)
            rows.append(
                RequestRow(
                    id_,
                    reference,
                    platform_id,
                    type_,
                    law,
                    state,
                    _date(sent_at),
                    deadline,
                    lifecycle.days_left(state, deadline, today),
                    lifecycle.is_overdue(state, deadline, today),
                )
            )
        return rows

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

    # ---- changing ------------------------------------------------------------------------

    def insert(self, draft: Draft, first: NewEvent | None = None, changes: dict | None = None) -> int:
        """Store a draft request, and its first event with the columns it changes; returns its id."""
        with self._store.transaction() as connection:
            if connection.execute(
                "SELECT 1 FROM requests WHERE reference = ?", (draft.reference,)
            ).fetchone():
                raise UserError(
                    f"a request with the reference {draft.reference} exists already",
                    code="reference_exists",
                    reference=draft.reference,
                )
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
            request_id = cursor.lastrowid
            assert request_id is not None  # set by the INSERT above
            if first is not None:
                _write_event(connection, request_id, draft.reference, "draft", first, changes or {})
        return request_id

    def add_event(self, request: Request, event: NewEvent, changes: dict) -> None:
        """The event, its attachments and the request's new columns, in one transaction.

        Refused when the request's status changed since it was read (another window, a second
        command at the same time): the change was decided on that status.
        """
        with self._store.transaction() as connection:
            _write_event(connection, request.id, request.reference, request.status, event, changes)

    def update(self, request_id: int, changes: dict[str, object]) -> None:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        with self._store.transaction() as connection:
            connection.execute(
                f"UPDATE requests SET {assignments} WHERE id = ?", (*changes.values(), request_id)
            )


def _write_event(
    connection, request_id: int, reference: str, status: str, event: NewEvent, changes: dict
) -> None:
    event_id = connection.execute(
        "INSERT INTO request_events (request_id, kind, date, note, created_at) VALUES (?, ?, ?, ?, ?)",
        (request_id, event.kind, event.date.isoformat(), event.note, _now()),
    ).lastrowid
    connection.executemany(
        "INSERT INTO attachments (event_id, file_name, sha256, stored_path, size) VALUES (?, ?, ?, ?, ?)",
        [(event_id, f.source_name, f.sha256, f.relative, f.size) for f in event.files],
    )
    if changes:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        updated = connection.execute(
            f"UPDATE requests SET {assignments} WHERE id = ? AND status = ?",
            (*changes.values(), request_id, status),
        ).rowcount
        if updated != 1:
            raise UserError(
                f"request {reference} was changed meanwhile; try again",
                code="changed_meanwhile",
                reference=reference,
            )


def _where(**filters: str | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause for the filters that are set (column = value each)."""
    chosen = {column: value for column, value in filters.items() if value is not None}
    if not chosen:
        return "", ()
    return "WHERE " + " AND ".join(f"{column} = ?" for column in chosen), tuple(chosen.values())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


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
