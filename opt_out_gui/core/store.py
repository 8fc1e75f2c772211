"""SQLite storage: connection, schema migrations, backups. The only place with SQL.

WAL journal and synchronous=FULL keep committed transactions through a crash
or power loss; every change runs in one transaction (`Store.transaction`).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from opt_out_gui.core.errors import UserError

DB_FILE_NAME = "opt-out.sqlite3"
BACKUP_DIR_NAME = "backups"
_SQLITE_HEADER = b"SQLite format 3\x00"

# Ordered schema migrations: MIGRATIONS[n] brings user_version n to n + 1.
# Never edit a released entry; append a new one.
MIGRATIONS: tuple[str, ...] = (
    # 1: profile, settings, accounts, checklist progress
    """
    CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en'
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        identifier TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (platform, identifier)
    );
    CREATE TABLE checklist_progress (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        control TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'done', 'skipped')),
        done_at TEXT,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (account_id, control)
    );
    """,
    # 2: tracked requests, their timeline events and the files attached to events
    """
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        platform TEXT NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL,
        law TEXT NOT NULL,
        language TEXT NOT NULL,
        channel TEXT CHECK (channel IN ('email', 'post', 'web_form', 'in_app')),
        recipient TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        sent_at TEXT,
        deadline TEXT,
        extended_deadline TEXT,
        acknowledge_by TEXT,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN (
            'draft', 'sent', 'acknowledged', 'extended', 'needs_info', 'fulfilled',
            'partially_fulfilled', 'refused', 'withdrawn', 'escalated')),
        refusal_reason TEXT CHECK (refusal_reason IN (
            'insufficient_verification', 'no_match', 'claim_not_covered', 'outside_jurisdiction',
            'too_many_requests', 'suspected_fraud', 'other')),
        CHECK ((status = 'refused') = (refusal_reason IS NOT NULL)),
        CHECK (status IN ('draft', 'withdrawn') OR (sent_at IS NOT NULL AND channel IS NOT NULL))
    );
    CREATE INDEX requests_by_status_deadline ON requests (status, coalesce(extended_deadline, deadline));
    CREATE INDEX requests_by_platform ON requests (platform);
    CREATE TABLE request_events (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN (
            'sent', 'acknowledged', 'extended', 'needs_info', 'fulfilled', 'partially_fulfilled',
            'refused', 'withdrawn', 'escalated', 'reminder_sent', 'reply_received', 'reopened')),
        date TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE INDEX request_events_by_request ON request_events (request_id, date);
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES request_events(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        stored_path TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL CHECK (size >= 0)
    );
    CREATE INDEX attachments_by_event ON attachments (event_id);
    """,
    # 3: the day the company received a request, which its deadline counts from (a posted
    # letter arrives after it was sent), and how that day is known. Requests recorded
    # before had their deadline counted from the send date: they say so ('sent_date').
    """
    ALTER TABLE requests ADD COLUMN received_at TEXT;
    ALTER TABLE requests ADD COLUMN received_basis TEXT
        CHECK (received_basis IN ('same_day', 'entered', 'estimated', 'sent_date'));
    UPDATE requests SET received_at = sent_at, received_basis = 'sent_date' WHERE sent_at IS NOT NULL;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class Store:
    """An open database in a data directory."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        path = data_dir / DB_FILE_NAME
        _check_is_sqlite(path)
        created = not path.exists()
        if created:
            # Create the file with owner-only permissions before SQLite opens it.
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        try:
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise UserError(f"{path} is not a usable database: {error}") from None
        if version > SCHEMA_VERSION:
            connection.close()
            raise UserError(
                f"{path} was written by a newer version of Opt-Out Assistant "
                f"(schema {version}, this version knows up to {SCHEMA_VERSION}); "
                "update the app to open it"
            )
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as error:
            connection.close()
            raise UserError(f"{path} is not a usable database: {error}") from None
        connection.row_factory = sqlite3.Row
        store = cls(connection, path)
        if version < SCHEMA_VERSION:
            if version > 0:
                store.backup(reason=f"before-v{SCHEMA_VERSION}")
            store._migrate(version)
        for suffix in ("", "-wal", "-shm"):
            sidecar = Path(f"{path}{suffix}")
            if sidecar.exists():
                sidecar.chmod(0o600)
        return store

    def close(self) -> None:
        self.connection.close()

    @property
    def schema_version(self) -> int:
        return self.connection.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic change: commits on success, rolls back on any exception."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def backup(self, reason: str) -> Path:
        """Copy the database (consistently, through SQLite) into backups/."""
        backup_dir = self.path.parent / BACKUP_DIR_NAME
        backup_dir.mkdir(mode=0o700, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = backup_dir / f"opt-out-{stamp}-{reason}.sqlite3"
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        destination = sqlite3.connect(target)
        try:
            self.connection.backup(destination)
        finally:
            destination.close()
        return target

    def _migrate(self, from_version: int) -> None:
        for number in range(from_version, SCHEMA_VERSION):
            # executescript would commit on its own; run the statements inside
            # one explicit transaction so a failed migration leaves nothing behind.
            with self.transaction() as connection:
                for statement in _split_statements(MIGRATIONS[number]):
                    connection.execute(statement)
                connection.execute(f"PRAGMA user_version = {number + 1}")

    # Settings: small non-secret key/value pairs (never passwords).
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else default

    def set_settings(self, values: dict[str, str]) -> None:
        with self.transaction() as connection:
            connection.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                list(values.items()),
            )


def _split_statements(script: str) -> list[str]:
    statements, current = [], ""
    for piece in script.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s.strip(" \n;")]


def _check_is_sqlite(path: Path) -> None:
    if not path.exists():
        return
    if not path.is_file():
        raise UserError(f"{path} is not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror or error}") from None
    # An empty file is what a crash right after creation leaves; SQLite accepts it.
    if header and header != _SQLITE_HEADER:
        raise UserError(f"{path} is not an SQLite database; move it away or choose another --data-dir")
