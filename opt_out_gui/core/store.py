"""SQLite storage: connection, schema, migrations, copies before a migration, and settings.

The SQL for the data itself is in the repositories next to their services:
core/tracker/repository.py (requests, events, attachments), core/checklist.py (accounts,
progress), core/profile.py (the profile), and core/backup.py (whole tables). The ui and
the cli run none (tests/test_layers.py).

WAL journal and synchronous=FULL keep committed transactions through a crash
or power loss; every change runs in one transaction (`Store.transaction`).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from opt_out_gui.core.datadir import ATTACHMENTS_DIR, BACKUP_DIR_NAME, DB_FILE_NAME
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.files import disk_full_problem, disk_is_full, file_problem

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
    # 4: lists and searches that stay fast at any number of requests. A covering index holds
    # every column the requests table shows, ordered by deadline, so a list, a filter or a
    # count never reads the letters; one on the sent date serves that sort. The search index
    # (FTS5, a derived table: backups leave it out) covers reference, platform, type,
    # recipient and the notes of the timeline; triggers keep it in step with every change.
    """
    CREATE INDEX requests_list ON requests (
        coalesce(extended_deadline, deadline), status, platform, type, law, sent_at, reference);
    CREATE INDEX requests_by_sent ON requests (sent_at);
    CREATE VIRTUAL TABLE request_search USING fts5(
        reference, platform, type, recipient, notes,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    INSERT INTO request_search (rowid, reference, platform, type, recipient, notes)
        SELECT r.id, r.reference, r.platform, r.type, r.recipient,
            coalesce((SELECT group_concat(e.note, ' ') FROM request_events e WHERE e.request_id = r.id), '')
        FROM requests r;
    CREATE TRIGGER request_search_insert AFTER INSERT ON requests BEGIN
        INSERT INTO request_search (rowid, reference, platform, type, recipient, notes)
            VALUES (new.id, new.reference, new.platform, new.type, new.recipient, '');
    END;
    CREATE TRIGGER request_search_update AFTER UPDATE OF reference, platform, type, recipient ON requests
    BEGIN
        UPDATE request_search SET reference = new.reference, platform = new.platform, type = new.type,
            recipient = new.recipient WHERE rowid = new.id;
    END;
    CREATE TRIGGER request_search_delete AFTER DELETE ON requests BEGIN
        DELETE FROM request_search WHERE rowid = old.id;
    END;
    CREATE TRIGGER request_search_event_insert AFTER INSERT ON request_events WHEN new.note != '' BEGIN
        UPDATE request_search SET notes = (
            SELECT group_concat(note, ' ') FROM request_events WHERE request_id = new.request_id
        ) WHERE rowid = new.request_id;
    END;
    CREATE TRIGGER request_search_event_update AFTER UPDATE OF note ON request_events BEGIN
        UPDATE request_search SET notes = coalesce((
            SELECT group_concat(note, ' ') FROM request_events WHERE request_id = new.request_id
        ), '') WHERE rowid = new.request_id;
    END;
    CREATE TRIGGER request_search_event_delete AFTER DELETE ON request_events BEGIN
        UPDATE request_search SET notes = coalesce((
            SELECT group_concat(note, ' ') FROM request_events WHERE request_id = old.request_id
        ), '') WHERE rowid = old.request_id;
    END;
    """,
    # 5: how many requests have each status, kept by triggers, so the dashboard's counts cost
    # the same at any number of requests (counting the status index read all of it: 8 ms at
    # 100,000, benchmarks/startup.py). A status no request has keeps its row at zero.
    """
    CREATE TABLE request_counts (status TEXT PRIMARY KEY, number INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO request_counts (status, number) SELECT status, count(*) FROM requests GROUP BY status;
    CREATE TRIGGER request_counts_insert AFTER INSERT ON requests BEGIN
        INSERT INTO request_counts (status, number) VALUES (new.status, 1)
            ON CONFLICT (status) DO UPDATE SET number = number + 1;
    END;
    CREATE TRIGGER request_counts_update AFTER UPDATE OF status ON requests
    WHEN old.status != new.status BEGIN
        UPDATE request_counts SET number = number - 1 WHERE status = old.status;
        INSERT INTO request_counts (status, number) VALUES (new.status, 1)
            ON CONFLICT (status) DO UPDATE SET number = number + 1;
    END;
    CREATE TRIGGER request_counts_delete AFTER DELETE ON requests BEGIN
        UPDATE request_counts SET number = number - 1 WHERE status = old.status;
    END;
    """,
)
# Derived tables: rebuilt from the others by the triggers above, so backups leave them out.
SEARCH_TABLE = "request_search"
COUNTS_TABLE = "request_counts"

SCHEMA_VERSION = len(MIGRATIONS)


class DamagedDatabase(UserError):
    """The database fails SQLite's check. `newest_backup` is a copy the user can restore, if any.
    `detail` is SQLite's report, or a UserError saying what else is wrong."""

    def __init__(self, path: Path, detail: str | UserError, newest_backup: Path | None) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Error", "{path} is damaged ({detail}); it was not changed"),
            path=path,
            detail=detail,
        )
        self.path = path
        self.detail = detail
        self.newest_backup = newest_backup


class Store:
    """An open database in a data directory."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, read_only_reason: UserError | None = None
    ) -> None:
        self.connection = connection
        self.path = path
        # Why nothing can be written (a read-only folder or file), or None.
        self.read_only_reason = read_only_reason

    @classmethod
    def open(cls, data_dir: Path) -> Store:
        """Open (and create or migrate) the database; refuse a damaged one with DamagedDatabase.

        A data directory or database that cannot be written is opened read-only:
        reading works, and every change is refused with the reason.
        """
        from opt_out_gui.core import snapshots

        path = data_dir / DB_FILE_NAME
        read_only = read_only_reason(data_dir)
        if read_only is None:
            snapshots.recover(data_dir)
        _check_is_sqlite(path)
        if path.exists() and path.stat().st_size == 0 and _holds_other_data(data_dir):
            raise DamagedDatabase(
                path,
                UserError(
                    QT_TRANSLATE_NOOP("Error", "it is empty, but the folder holds attachments or backups")
                ),
                snapshots.newest_restorable(data_dir),
            )
        created = not path.exists()
        if created:
            if read_only is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Error", "cannot create a database in {path}: {reason}"),
                    path=data_dir,
                    reason=read_only,
                )
            try:
                # Create the file with owner-only permissions before SQLite opens it.
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except OSError as error:
                raise file_problem(error, path, "create") from None
        # A full quick_check reads the whole file (seconds at 100,000 requests): it is skipped
        # only when the file is exactly as this app left it at its last clean close.
        check = not created and not _closed_cleanly(path)
        try:
            connection, version = _open_checked(path, read_only is not None, check=check)
        except sqlite3.DatabaseError as error:
            if read_only is not None or created or not disk_is_full(path):
                raise _open_error(path, error) from None
            # No room for SQLite's -shm index: read the file as it is and write nothing.
            read_only = UserError(
                QT_TRANSLATE_NOOP("Error", "the disk holding {path} is full"), path=data_dir
            )
            try:
                connection, version = _open_checked(path, True, check=True)
            except sqlite3.DatabaseError as again:
                raise _open_error(path, again) from None
        if version > SCHEMA_VERSION:
            connection.close()
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "{path} was written by a newer version of Opt-Out Assistant "
                    "(schema {version}, this version knows up to {known}); update the app to open it",
                ),
                path=path,
                version=version,
                known=SCHEMA_VERSION,
            )
        if version < SCHEMA_VERSION and read_only is not None:
            connection.close()
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error", "{path} needs an update for this version of the app, but {reason}"
                ),
                path=path,
                reason=read_only,
            )
        try:
            if read_only is None:
                connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as error:
            connection.close()
            raise _open_error(path, error) from None
        connection.row_factory = sqlite3.Row
        store = cls(connection, path, read_only)
        if version < SCHEMA_VERSION:
            if version > 0:
                store.backup(reason=f"before-v{SCHEMA_VERSION}")
            store._migrate(version)
        if read_only is None:
            for suffix in ("", "-wal", "-shm"):
                sidecar = Path(f"{path}{suffix}")
                if sidecar.exists() and stat.S_IMODE(sidecar.stat().st_mode) != 0o600:
                    sidecar.chmod(0o600)
        return store

    def close(self) -> None:
        """Close, and note the file's state so the next open can skip the full check."""
        self.connection.close()
        if self.read_only_reason is None:
            _note_clean_close(self.path)

    def reader(self) -> sqlite3.Connection:
        """A read-only connection of its own, for one read on another thread (WAL lets it read
        while this store's connection goes on); the caller closes it."""
        return _connect(self.path, read_only=True)

    @property
    def schema_version(self) -> int:
        return self.connection.execute("PRAGMA user_version").fetchone()[0]

    def require_writable(self) -> None:
        """Raise UserError when nothing can be written (call before any side effect)."""
        if self.read_only_reason is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "cannot change your data: {reason}; it was opened read-only"),
                reason=self.read_only_reason,
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic change: commits on success, rolls back on any exception.

        A full disk is reported as a UserError naming the database; nothing is changed then.
        """
        self.require_writable()
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise (_write_error(self.path, error) or error) from None
        try:
            yield self.connection
            self.connection.execute("COMMIT")
        except BaseException as error:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            explained = _write_error(self.path, error) if isinstance(error, sqlite3.Error) else None
            if explained is not None:
                raise explained from None
            raise

    def backup(self, reason: str) -> Path:
        """Copy the database (consistently, through SQLite) into backups/."""
        from opt_out_gui.core.snapshots import snapshot_name

        backup_dir = self.path.parent / BACKUP_DIR_NAME
        target = backup_dir / snapshot_name(reason, suffix=".sqlite3")
        try:
            backup_dir.mkdir(mode=0o700, exist_ok=True)
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            destination = sqlite3.connect(target)
            try:
                self.connection.backup(destination)
            finally:
                destination.close()
        except (OSError, sqlite3.Error) as error:
            target.unlink(missing_ok=True)
            if isinstance(error, sqlite3.Error):
                raise (
                    _write_error(target, error)
                    or UserError(
                        QT_TRANSLATE_NOOP("Error", "cannot write {path}: {reason}"), path=target, reason=error
                    )
                ) from None
            raise file_problem(error, target) from None
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


def data_tables(connection: sqlite3.Connection) -> list[str]:
    """The tables that hold the user's data, in creation order (which satisfies the foreign
    keys): every table but the derived ones (the search index, the counts) and SQLite's own."""
    return [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        )
        # The counts, the FTS5 table and its shadow tables (request_search_data, _idx, ...).
        if name not in (COUNTS_TABLE, SEARCH_TABLE) and not name.startswith(f"{SEARCH_TABLE}_")
    ]


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
        raise UserError(QT_TRANSLATE_NOOP("Error", "{path} is not a database file"), path=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot read {path}: {reason}"),
            path=path,
            reason=error.strerror or error,
        ) from None
    # An empty file is what a crash right after creation leaves; SQLite accepts it.
    if header and header != _SQLITE_HEADER:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "{path} is not an SQLite database"), code="not_a_database", path=path
        )


def read_only_reason(data_dir: Path) -> UserError | None:
    """Why the data cannot be written (read-only folder, database or file system), or None."""
    path = data_dir / DB_FILE_NAME
    if not os.access(data_dir, os.W_OK | os.X_OK):
        return UserError(QT_TRANSLATE_NOOP("Error", "the data directory {path} is read-only"), path=data_dir)
    if path.exists() and not os.access(path, os.W_OK):
        return UserError(QT_TRANSLATE_NOOP("Error", "the database {path} is read-only"), path=path)
    return None


def _holds_other_data(data_dir: Path) -> bool:
    """Signs of earlier use: attachments, backups, or a log of earlier runs."""
    from opt_out_gui.core.logsetup import LOG_FILE_NAME

    for name in (ATTACHMENTS_DIR, BACKUP_DIR_NAME):
        folder = data_dir / name
        if folder.is_dir() and any(folder.iterdir()):
            return True
    log = data_dir / LOG_FILE_NAME
    return log.is_file() and log.stat().st_size > 0


def _stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".closed")


def _file_state(path: Path) -> str | None:
    """Size and modification time of the database and its write-ahead log, or None. An empty
    log holds nothing (a reader, such as the sqlite3 shell, leaves one behind): it is left out."""
    try:
        states = [path.stat()]
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            states.append(wal.stat())
    except OSError:
        return None
    return " ".join(f"{state.st_size}:{state.st_mtime_ns}" for state in states)


def _note_clean_close(path: Path) -> None:
    """Remember the file's state after a clean close (private file; a failure only costs a check)."""
    state = _file_state(path)
    stamp = _stamp_path(path)
    if state is None:
        return
    try:
        descriptor = os.open(stamp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(state)
    except OSError:
        stamp.unlink(missing_ok=True)


def _closed_cleanly(path: Path) -> bool:
    """Whether the file is unchanged since this app closed it: then it was healthy when closed
    (SQLite keeps its own writes consistent) and nothing has written to it since. A write by a
    session that crashed, by another program or a damaged disk leaves a different state, and
    the full check runs."""
    stamp = _stamp_path(path)
    try:
        noted = stamp.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return False
    # Any write since (ours in a session that then crashed, or anyone else's) changes the state.
    return noted == _file_state(path)


def _open_checked(path: Path, read_only: bool, check: bool) -> tuple[sqlite3.Connection, int]:
    """A connection and the schema version; DamagedDatabase when SQLite's quick check fails."""
    connection = _connect(path, read_only)
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")] if check else ["ok"]
    except BaseException:
        connection.close()
        raise
    if problems != ["ok"]:
        from opt_out_gui.core.snapshots import newest_restorable

        connection.close()
        detail = "; ".join(" ".join(problem.split()) for problem in problems)
        raise DamagedDatabase(path, detail, newest_restorable(path.parent))
    return connection, version


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if not read_only:
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    uri = path.resolve().as_uri()
    try:
        connection = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
        connection.execute("PRAGMA user_version").fetchone()
        return connection
    except sqlite3.OperationalError:
        # A WAL database in a read-only folder cannot create its -shm index; nobody can
        # write there either, so reading it as an unchanging file is safe.
        return sqlite3.connect(
            f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None, check_same_thread=False
        )


def _open_error(path: Path, error: sqlite3.DatabaseError) -> UserError:
    if disk_is_full(path):
        return disk_full_problem(path, "open")
    if getattr(error, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        from opt_out_gui.core.snapshots import newest_restorable

        return DamagedDatabase(path, str(error), newest_restorable(path.parent))
    return UserError(
        QT_TRANSLATE_NOOP("Error", "{path} is not a usable database: {reason}"), path=path, reason=error
    )


def _write_error(path: Path, error: sqlite3.Error) -> UserError | None:
    """The user's words for a write that failed because of the disk or the file, else None."""
    name = getattr(error, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or (name.startswith("SQLITE_IOERR") and disk_is_full(path)):
        return disk_full_problem(path)
    if name.startswith("SQLITE_READONLY"):
        return UserError(
            QT_TRANSLATE_NOOP("Error", "cannot change your data: {path} is read-only"), path=path
        )
    if name == "SQLITE_BUSY":
        return UserError(
            QT_TRANSLATE_NOOP(
                "Error", "{path} is busy: another program is writing to it; try again in a moment"
            ),
            path=path,
        )
    return None
