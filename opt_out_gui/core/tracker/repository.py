"""The requests repository: all SQL for requests, their events and attachments.

Every change is one transaction (`Store.transaction`). Lists, filters, searches and counts
run in SQL on indexes (store migration 4: a covering index of the list columns ordered by
deadline, and the FTS5 search index), so their cost does not grow with the letters stored:
a list reads a page of rows at a time (`RowPager`), never the letters.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.store import Store
from opt_out_gui.core.tracker import lifecycle
from opt_out_gui.core.tracker.attachments import StoredFile
from opt_out_gui.core.tracker.lifecycle import Draft
from opt_out_gui.core.tracker.model import Attachment, Event, Request, RequestRow, Summary

_REQUEST_COLUMNS = (
    "id, reference, platform, account, type, law, language, channel, recipient, subject, body, "
    "created_at, sent_at, deadline, extended_deadline, acknowledge_by, status, refusal_reason, "
    "received_at, received_basis"
)
# What `Request.to_json` holds: every column but the letter.
_JSON_COLUMNS = _REQUEST_COLUMNS.replace(" body,", "")


# The deadline that counts (the extended one where there is one): the covering index's key.
_DEADLINE = "coalesce(extended_deadline, deadline)"
_ROW_COLUMNS = f"id, reference, platform, type, law, status, sent_at, {_DEADLINE}"
_AWAITING = "status IN ('sent', 'acknowledged', 'extended')"
_CLOSED = "status IN ('fulfilled', 'refused', 'withdrawn')"
SHOWS = ("all", "open", "overdue", "due_soon")
# Sort keys a list offers: the SQL of each, and whether rows may lack it (those come last).
SORTS = ("deadline", "sent", "platform", "type", "status", "newest")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class RequestQuery:
    """Which requests a list shows, and in what order.

    show: all, open (not closed), overdue, or due_soon (within `due_within` days); status and
    platform: one value each or None; search: words that each must begin a word of the
    reference, platform, type, recipient or a note (any case, any accent), or match one of
    `search_platforms` / `search_types` (ids whose shown name holds the text: the caller
    knows the names). sort: one of SORTS; rows without a deadline or sent date come last
    either way. `ranks`: for the platform and type sorts, each id's place in name order.
    """

    show: str = "all"
    due_within: int = lifecycle.DUE_SOON_DAYS  # the days "due_soon" looks ahead
    status: str | None = None
    platform: str | None = None
    search: str = ""
    search_platforms: tuple[str, ...] = ()
    search_types: tuple[str, ...] = ()
    sort: str = "deadline"
    descending: bool = False
    ranks: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.show not in SHOWS or self.sort not in SORTS:
            raise ValueError(f"show {self.show!r} / sort {self.sort!r} is not one of {SHOWS} / {SORTS}")


def search_expression(text: str) -> str:
    """The FTS5 query for what a user typed: every word as a quoted prefix ('' for no word)."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(text.casefold()))


class RowPager:
    """The rows of a query, a page at a time, in the query's order.

    Rows that have the sort key come first in the index's order; rows without it (drafts
    have no deadline or sent date) follow, newest first.
    """

    def __init__(self, connection, query: RequestQuery, today: date) -> None:
        self._connection = connection
        self._query = query
        self._today = today
        self._where, self._values = _query_where(query, today)
        self._key = _sort_key(query)
        # Sort keys rows may lack run in two parts; the others in one.
        self._parts = [True, False] if query.sort in ("deadline", "sent") else [None]
        self._offset = 0
        self.exhausted = False

    def next_rows(self, limit: int | None = None) -> builtins.list[RequestRow]:
        """The next `limit` rows (every row left with None); fewer at the end."""
        rows: builtins.list[RequestRow] = []
        while (limit is None or len(rows) < limit) and self._parts:
            wanted = -1 if limit is None else limit - len(rows)  # SQLite: LIMIT -1 is no limit
            got = self._read(self._parts[0], wanted)
            rows += got
            self._offset += len(got)
            if limit is None or len(rows) < limit:  # this part is used up
                self._parts.pop(0)
                self._offset = 0
        self.exhausted = not self._parts
        return rows

    def _read(self, has_key: bool | None, limit: int) -> builtins.list[RequestRow]:
        where, values = self._where, list(self._values)
        key, direction = self._key
        if has_key is not None:
            where.append(f"{key} IS {'NOT ' if has_key else ''}NULL")
        # Rows without the key, and the "newest" sort, go by id, newest first.
        order = "id DESC" if has_key is False or key == "id" else f"{key} {direction}, id {direction}"
        # By deadline, the covering list index is walked in order and stops after `limit` rows;
        # by names or status, it is read instead of the table, whose rows hold the letters.
        source = "requests" if self._query.sort in ("sent", "newest") else "requests INDEXED BY requests_list"
        cursor = self._connection.execute(
            f"SELECT {_ROW_COLUMNS} FROM {source} {_and(where)} ORDER BY {order} LIMIT ? OFFSET ?",
            (*values, *self._rank_values(), limit, self._offset),
        )
        if has_key is not None:
            where.pop()
        return _rows(cursor, self._today)

    def _rank_values(self) -> tuple[str, ...]:
        return self._query.ranks if self._query.sort in ("platform", "type") else ()


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

    def pager(self, query: RequestQuery, today: date) -> RowPager:
        """The rows of a list, read a page at a time (`RowPager.next_rows`)."""
        return RowPager(self._store.connection, query, today)

    def count(self, query: RequestQuery | None = None, today: date | None = None) -> int:
        """How many requests a query lists (all requests without one)."""
        if query is None:
            return self._store.connection.execute("SELECT count(*) FROM requests").fetchone()[0]
        return _count(self._store.connection, query, today or date.today())

    def count_apart(self, query: RequestQuery, today: date) -> int:
        """count() on a read-only connection of its own: safe on another thread while the
        store's connection serves the GUI (a search count at 100,000 requests takes 0.1 s)."""
        connection = self._store.reader()
        try:
            return _count(connection, query, today)
        finally:
            connection.close()

    def platforms(self) -> builtins.list[str]:
        """The platforms that have requests (read from the platform index)."""
        cursor = self._store.connection.execute("SELECT DISTINCT platform FROM requests ORDER BY platform")
        return [platform for (platform,) in cursor]

    def types(self) -> builtins.list[str]:
        cursor = self._store.connection.execute("SELECT DISTINCT type FROM requests ORDER BY type")
        return [type_ for (type_,) in cursor]

    def summary(self, today: date, due_within: int, first: int) -> Summary:
        """Counts by status (kept by the store's triggers), how many are overdue and due within
        `due_within` days (ranges of the status and deadline index), then the `first` most
        urgent of each: nothing here reads every request."""
        connection = self._store.connection
        counts = dict.fromkeys(lifecycle.STATUSES, 0)
        counts.update(connection.execute("SELECT status, number FROM request_counts").fetchall())

        def query(show: str) -> RequestQuery:
            return RequestQuery(show=show, due_within=due_within)

        def most_urgent(show: str) -> builtins.list[RequestRow]:
            return RowPager(connection, query(show), today).next_rows(first)

        overdue = _count(connection, query("overdue"), today)
        due_soon = _count(connection, query("due_soon"), today)
        return Summary(
            counts=counts,
            overdue=most_urgent("overdue") if overdue else [],
            due_soon=most_urgent("due_soon") if due_soon else [],
            overdue_total=overdue,
            due_soon_total=due_soon,
        )

    def requests_json(
        self, today: date, status: str | None, overdue: bool, due_within: int | None
    ) -> Iterator[dict]:
        """Requests (oldest first) with their timelines as `Request.to_json` gives them, read
        as they are written out: the filters run in SQL, and no Request object is built."""
        if overdue and due_within is not None:
            return  # no request is past its deadline and due within some days at once
        show = "overdue" if overdue else "due_soon" if due_within is not None else "all"
        query = RequestQuery(show=show, due_within=due_within or 0, status=status)
        where, values = _query_where(query, today)
        connection = self._store.connection
        events = connection.execute(
            "SELECT e.request_id, e.id, e.kind, e.date, e.note, a.file_name, a.sha256, a.size, a.stored_path "
            "FROM request_events e LEFT JOIN attachments a ON a.event_id = e.id "
            f"WHERE e.request_id IN (SELECT id FROM requests {_and(where)}) "
            "ORDER BY e.request_id, e.date, e.id, a.id",
            values,
        )
        events.row_factory = None
        pending = next(events, None)
        requests = connection.execute(
            f"SELECT {_JSON_COLUMNS} FROM requests {_and(where)} ORDER BY id", values
        )
        requests.row_factory = None
        for row in requests:
            request_id = row[0]
            timeline: builtins.list[dict] = []
            last_event = None
            while pending is not None and pending[0] == request_id:
                _, event_id, kind, on, note, file_name, sha256, size, stored_path = pending
                if event_id != last_event:
                    timeline.append({"kind": kind, "date": on, "note": note, "attachments": []})
                    last_event = event_id
                if file_name is not None:
                    timeline[-1]["attachments"].append(
                        {"file_name": file_name, "sha256": sha256, "size": size, "stored_path": stored_path}
                    )
                pending = next(events, None)
            yield _request_json(row, timeline, today)

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
                    QT_TRANSLATE_NOOP("Error", "a request with the reference {reference} exists already"),
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
                QT_TRANSLATE_NOOP("Error", "request {reference} was changed meanwhile; try again"),
                code="changed_meanwhile",
                reference=reference,
            )


def _query_where(query: RequestQuery, today: date) -> tuple[builtins.list[str], builtins.list]:
    """The WHERE terms and values of a query."""
    where: builtins.list[str] = []
    values: builtins.list = []
    day = today.isoformat()
    if query.show == "open":
        where.append(f"NOT {_CLOSED}")
    elif query.show == "overdue":
        where.append(f"{_AWAITING} AND {_DEADLINE} < ?")
        values.append(day)
    elif query.show == "due_soon":
        where.append(f"{_AWAITING} AND {_DEADLINE} BETWEEN ? AND ?")
        values += [day, (today + timedelta(days=query.due_within)).isoformat()]
    if query.status is not None:
        where.append("status = ?")
        values.append(query.status)
    if query.platform is not None:
        where.append("platform = ?")
        values.append(query.platform)
    expression = search_expression(query.search)
    if expression or query.search_platforms or query.search_types:
        # "+id": the planner keeps walking the list index in order and looks each row up in
        # the search result, which stays fast however many requests match.
        found = []
        if expression:
            found.append("+id IN (SELECT rowid FROM request_search WHERE request_search MATCH ?)")
            values.append(expression)
        for column, ids in (("platform", query.search_platforms), ("type", query.search_types)):
            if ids:
                found.append(f"{column} IN ({', '.join('?' * len(ids))})")
                values += ids
        where.append(f"({' OR '.join(found)})")
    return where, values


def _sort_key(query: RequestQuery) -> tuple[str, str]:
    """The ORDER BY expression of a query's sort, and its direction."""
    direction = "DESC" if query.descending else "ASC"
    if query.sort == "deadline":
        return _DEADLINE, direction
    if query.sort == "sent":
        return "sent_at", direction
    if query.sort == "newest":
        return "id", "DESC"
    if query.sort == "status":
        ranks = " ".join(f"WHEN '{status}' THEN {n}" for n, status in enumerate(lifecycle.STATUSES))
        return f"CASE status {ranks} END", direction
    ids = " ".join(f"WHEN ? THEN {n}" for n in range(len(query.ranks)))
    column = query.sort  # platform or type, each id ranked by the caller (names order)
    return (f"CASE {column} {ids} ELSE {len(query.ranks)} END" if ids else column), direction


def _count(connection, query: RequestQuery, today: date) -> int:
    where, values = _query_where(query, today)
    return connection.execute(f"SELECT count(*) FROM requests {_and(where)}", values).fetchone()[0]


def _and(where: builtins.list[str]) -> str:
    return f"WHERE {' AND '.join(where)}" if where else ""


def _rows(cursor, today: date) -> builtins.list[RequestRow]:
    cursor.row_factory = None  # plain tuples
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


def _request_json(row: tuple, events: builtins.list[dict], today: date) -> dict:
    """`Request.to_json` of a row of _JSON_COLUMNS, built without the Request."""
    (id_, reference, platform, account, type_, law, language, channel, recipient, subject) = row[:10]
    (created_at, sent_at, deadline, extended, acknowledge_by, status, reason, received, basis) = row[10:]
    effective = _date(extended or deadline)
    return {
        "id": id_,
        "reference": reference,
        "platform": platform,
        "account": account,
        "type": type_,
        "law": law,
        "language": language,
        "channel": channel,
        "recipient": recipient,
        "subject": subject,
        "status": status,
        "refusal_reason": reason,
        "created_at": created_at,
        "sent": sent_at,
        "deadline": deadline,
        "extended_deadline": extended,
        "acknowledge_by": acknowledge_by,
        "days_left": lifecycle.days_left(status, effective, today),
        "overdue": lifecycle.is_overdue(status, effective, today),
        "events": events,
        "received": received,
        "received_basis": basis,
    }


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
