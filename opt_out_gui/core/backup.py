"""Full JSON backup of the user data, and restoring it into a data directory exactly.

The backup holds every table of the database (settings without secrets) and the
attached files as base64 with their SHA-256. It has no timestamp of its own, so
backing up a restored copy gives the same JSON again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from opt_out_gui import __version__
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.store import BACKUP_DIR_NAME, SCHEMA_VERSION, Store
from opt_out_gui.core.tracker import ATTACHMENTS_DIR, write_private_file

BACKUP_FORMAT = "opt-out-backup"
BACKUP_VERSION = 1
# Settings whose name looks like a secret never leave the keyring's side of the app.
_SECRET_SETTING = re.compile(r"password|secret|token|api_?key|credential", re.IGNORECASE)


@dataclass(frozen=True)
class RestoreResult:
    counts: dict[str, int]  # rows restored per table
    attachments: int
    safety_copy: Path | None  # the database copy taken before replacing existing data


def create_backup(store: Store) -> dict:
    """The whole user data as a JSON-ready dict."""
    connection = store.connection
    tables = {}
    for table in _tables(connection):
        cursor = connection.execute(f"SELECT * FROM {table} ORDER BY rowid")
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, tuple(row), strict=True)) for row in cursor]
        if table == "settings":
            rows = [row for row in rows if not _SECRET_SETTING.search(row["key"])]
        if table == "attachments":
            rows = [row | {"content_base64": _attachment_content(store, row)} for row in rows]
        tables[table] = rows
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "schema": store.schema_version,
        "app_version": __version__,
        "tables": tables,
    }


def backup_json(store: Store) -> str:
    return json.dumps(create_backup(store), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_backup(store: Store, target: Path) -> Path:
    """Write the backup to `target` (mode 0600), replacing it only once complete."""
    text = backup_json(store).encode("utf-8")
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        write_private_file(temporary, text)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(f"cannot write the backup to {target}: {error.strerror or error}") from None
    return target


def read_backup(source: Path) -> dict:
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(f"cannot read {source}: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(f"{source} is not an Opt-Out Assistant backup (not JSON: {error})") from None
    if not isinstance(document, dict) or document.get("format") != BACKUP_FORMAT:
        raise UserError(f"{source} is not an Opt-Out Assistant backup (format is not {BACKUP_FORMAT!r})")
    if document.get("version") != BACKUP_VERSION or not isinstance(document.get("tables"), dict):
        raise UserError(f"{source}: backup version {document.get('version')!r} is not supported")
    if not isinstance(document.get("schema"), int) or document["schema"] > SCHEMA_VERSION:
        raise UserError(
            f"{source} was written by a newer version of Opt-Out Assistant "
            f"(schema {document.get('schema')!r}); update the app to restore it"
        )
    return document


def holds_data(store: Store) -> bool:
    """True when the data directory has any user data or attached file."""
    connection = store.connection
    if any(connection.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in _tables(connection)):
        return True
    folder = store.path.parent / ATTACHMENTS_DIR
    return folder.is_dir() and any(folder.iterdir())


def restore_backup(store: Store, document: dict, force: bool = False) -> RestoreResult:
    """Replace the user data with the backup's, in one transaction.

    A data directory that already holds data is replaced only with `force`, and
    only after a copy of its database (and its attachments folder) is kept in backups/.
    """
    data_dir = store.path.parent
    known = _tables(store.connection)
    tables: dict[str, list[dict]] = document["tables"]
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise UserError(f"the backup has tables this version does not know: {', '.join(unknown)}")
    for table, rows in tables.items():
        columns = {row[1] for row in store.connection.execute(f"PRAGMA table_info({table})")}
        extra = {key for row in rows for key in row} - columns - {"content_base64"}
        if extra:
            raise UserError(
                f"the backup has columns this version does not know in {table}: {', '.join(sorted(extra))}"
            )
    files = [_decoded_attachment(row) for row in tables.get("attachments", [])]

    safety_copy = None
    kept_attachments = None
    if holds_data(store):
        if not force:
            raise UserError(
                f"data directory {data_dir} already holds data; restore into an empty one, or "
                "pass --force to replace it (a copy is kept in its backups folder first)"
            )
        safety_copy = store.backup(reason="before-restore")
        kept_attachments = _set_aside_attachments(data_dir)

    written: list[Path] = []
    try:
        folder = data_dir / ATTACHMENTS_DIR
        if files:
            folder.mkdir(mode=0o700, exist_ok=True)
        for relative, content in files:
            target = data_dir / relative
            write_private_file(target, content)
            written.append(target)
        with store.transaction() as connection:
            for table in reversed(known):
                connection.execute(f"DELETE FROM {table}")
            for table in known:
                rows = tables.get(table, [])
                for row in rows:
                    values = {k: v for k, v in row.items() if k != "content_base64"}
                    names = ", ".join(values)
                    marks = ", ".join("?" for _ in values)
                    connection.execute(
                        f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values())
                    )
    except BaseException as error:
        for path in written:
            path.unlink(missing_ok=True)
        if kept_attachments is not None:
            shutil.rmtree(data_dir / ATTACHMENTS_DIR, ignore_errors=True)
            kept_attachments.rename(data_dir / ATTACHMENTS_DIR)
        if isinstance(error, sqlite3.Error):
            raise UserError(f"the backup does not fit this data directory: {error}") from None
        raise
    return RestoreResult(
        counts={table: len(tables.get(table, [])) for table in known},
        attachments=len(files),
        safety_copy=safety_copy,
    )


def _tables(connection: sqlite3.Connection) -> list[str]:
    """User tables in creation order, which is also an order that satisfies foreign keys."""
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        )
    ]


def _attachment_content(store: Store, row: dict) -> str:
    path = store.path.parent / row["stored_path"]
    try:
        content = path.read_bytes()
    except OSError as error:
        raise UserError(
            f"attachment {row['file_name']} ({path}) cannot be read: {error.strerror or error}"
        ) from None
    if hashlib.sha256(content).hexdigest() != row["sha256"]:
        raise UserError(
            f"attachment {row['file_name']} ({path}) was changed since it was stored (SHA-256 differs)"
        )
    return base64.b64encode(content).decode("ascii")


def _decoded_attachment(row: dict) -> tuple[str, bytes]:
    relative = str(row.get("stored_path", ""))
    parts = PurePosixPath(relative).parts
    if len(parts) != 2 or parts[0] != ATTACHMENTS_DIR or parts[1] in ("..", "."):
        raise UserError(f"the backup names an attachment outside the attachments folder: {relative!r}")
    try:
        content = base64.b64decode(row["content_base64"], validate=True)
    except (KeyError, ValueError):
        raise UserError(f"attachment {relative} in the backup is not valid base64") from None
    if hashlib.sha256(content).hexdigest() != row.get("sha256"):
        raise UserError(f"attachment {relative} in the backup is damaged (SHA-256 differs)")
    return relative, content


def _set_aside_attachments(data_dir: Path) -> Path | None:
    folder = data_dir / ATTACHMENTS_DIR
    if not folder.is_dir():
        return None
    target_dir = data_dir / BACKUP_DIR_NAME
    target_dir.mkdir(mode=0o700, exist_ok=True)
    target = target_dir / f"attachments-before-restore-{datetime.now():%Y%m%d-%H%M%S-%f}"
    folder.rename(target)
    return target
