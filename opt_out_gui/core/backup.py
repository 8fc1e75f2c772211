"""Full JSON backup of the user data, and restoring it into a data directory exactly.

The backup holds every table of the database (settings without secrets) and the
attached files as base64 with their SHA-256. It has no timestamp of its own, so
backing up a restored copy gives the same JSON again.

Restoring checks every value of the backup with the rules user input passes
(profile, mail settings, requests, events, checklist) before anything is touched,
and reports the file, record and field of the first value that fails. The new data
is then built in a staging folder and switched in atomically (core/snapshots.py);
the data that was there is kept in backups/, of which the newest few are kept.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

from opt_out_gui import __version__
from opt_out_gui.core import settings, snapshots, validation
from opt_out_gui.core.datadir import ATTACHMENTS_DIR
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.files import file_problem, save_user_file, write_private_file
from opt_out_gui.core.store import (
    BACKUP_DIR_NAME,
    DB_FILE_NAME,
    SCHEMA_VERSION,
    DamagedDatabase,
    Store,
    data_tables,
    read_only_reason,
)

BACKUP_FORMAT = "opt-out-backup"
BACKUP_VERSION = 1
_SQLITE_HEADER = b"SQLite format 3\x00"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SETTING_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
MAX_SETTING_LENGTH = 1_000_000


@dataclass(frozen=True)
class RestoreResult:
    counts: dict[str, int]  # rows restored per table
    attachments: int
    safety_copy: Path | None  # where the data that was there is kept
    backups_dir: Path  # the folder with the kept copies
    kept: int  # how many copies that folder keeps
    removed: tuple[Path, ...] = ()  # older copies removed to keep only `kept`


def create_backup(store: Store) -> dict:
    """The whole user data as a JSON-ready dict."""
    return _document(store.connection, store.path.parent, store.schema_version)


def _document(connection: sqlite3.Connection, root: Path, schema: int) -> dict:
    tables = {}
    for table in _tables(connection):
        cursor = connection.execute(f"SELECT * FROM {table} ORDER BY rowid")
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, tuple(row), strict=True)) for row in cursor]
        if table == "settings":
            rows = [row for row in rows if _backed_up(row["key"])]
        if table == "attachments":
            rows = [row | {"content_base64": _attachment_content(root, row)} for row in rows]
        tables[table] = rows
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "schema": schema,
        "app_version": __version__,
        "tables": tables,
    }


def backup_json(store: Store) -> str:
    return json.dumps(create_backup(store), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_backup(store: Store, target: Path, replace: bool = False) -> Path:
    """Write the backup to `target` (mode 0600), complete or not at all."""
    return save_user_file(Path(target), backup_json(store).encode("utf-8"), replace=replace)


def read_backup(source: Path) -> dict:
    """A backup file, or a copy kept in backups/ (a folder, or a database file from a migration)."""
    source = Path(source)
    if source.is_dir():
        return _read_copy(source / DB_FILE_NAME, source)
    try:
        with source.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
        if header == _SQLITE_HEADER:
            # A migration copy: its attachments are those of the data directory it belongs to.
            root = source.parent.parent if source.parent.name == BACKUP_DIR_NAME else source.parent
            return _read_copy(source, root)
        document = json.loads(source.read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot read {path}: {reason}"),
            path=source,
            reason=error.strerror or error,
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "{path} is not an Opt-Out Assistant backup (not JSON: {reason})"),
            path=source,
            reason=error,
        ) from None
    if not isinstance(document, dict) or document.get("format") != BACKUP_FORMAT:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "{path} is not an Opt-Out Assistant backup (format is not {format!r})"
            ),
            path=source,
            format=BACKUP_FORMAT,
        )
    if document.get("version") != BACKUP_VERSION or not isinstance(document.get("tables"), dict):
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "{path}: backup version {version!r} is not supported"),
            path=source,
            version=document.get("version"),
        )
    schema = document.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "{path}: schema {schema!r} is not a schema number"),
            path=source,
            schema=schema,
        )
    if schema > SCHEMA_VERSION:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} was written by a newer version of Opt-Out Assistant "
                "(schema {schema!r}); update the app to restore it",
            ),
            path=source,
            schema=schema,
        )
    return document


def _read_copy(database: Path, root: Path) -> dict:
    if not database.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "{path} is not a copy of Opt-Out Assistant data (no {file_name})"),
            path=database.parent,
            file_name=DB_FILE_NAME,
        )
    uri = database.resolve().as_uri()
    try:
        connection = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot read {path}: {reason}"), path=database, reason=error
        ) from None
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
        if problems != ["ok"]:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "the copy {path} is damaged too ({problems})"),
                path=database,
                problems="; ".join(problems),
            )
        schema = connection.execute("PRAGMA user_version").fetchone()[0]
        if not 1 <= schema <= SCHEMA_VERSION:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error", "{path}: schema {schema} cannot be restored by this version of the app"
                ),
                path=database,
                schema=schema,
            )
        return _document(connection, root, schema)
    except sqlite3.DatabaseError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "the copy {path} cannot be read ({reason})"),
            path=database,
            reason=error,
        ) from None
    finally:
        connection.close()


def holds_data(store: Store) -> bool:
    """True when the data directory has any user data or attached file."""
    connection = store.connection
    if any(connection.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in _tables(connection)):
        return True
    folder = store.path.parent / ATTACHMENTS_DIR
    return folder.is_dir() and any(folder.iterdir())


# ---- checking a backup ----------------------------------------------------------------


@dataclass
class _Checked:
    """A backup's rows, checked and normalised, in table order, and its files by stored path."""

    tables: dict[str, list[dict]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    # What later tables refer to: account ids; request id -> (law, sent_at); event ids.
    accounts: set[int] = field(default_factory=set)
    account_names: set[tuple[str, str]] = field(default_factory=set)
    progress: set[tuple[int, str]] = field(default_factory=set)
    requests: dict[int, tuple[str, date | None]] = field(default_factory=dict)
    references: set[str] = field(default_factory=set)
    events: set[int] = field(default_factory=set)
    attachments: set[int] = field(default_factory=set)
    today: date = field(default_factory=date.today)


class _RecordProblem(UserError):
    """A refused value in one record, in its `column` (which also fills the template's {column});
    `check_backup` adds the file, table and record."""

    def __init__(self, template: str, *, column: str, code: str | None = None, **fields: object) -> None:
        super().__init__(template, code=code, column=column, **fields)
        self.column = column


def check_backup(document: dict, source: str, today: date | None = None) -> _Checked:
    """Every value of the backup checked with the rules user input passes; nothing is written.

    Raises UserError naming the file, the table and record, and the field.
    """
    checked = _Checked(today=today or date.today())
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise UserError(QT_TRANSLATE_NOOP("Error", "{source}: 'tables' is not an object"), source=source)
    unknown = sorted(set(tables) - set(_RULES))
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "{source}: the backup has tables this version does not know: {tables}"
            ),
            source=source,
            tables=", ".join(unknown),
        )
    for table, rule in _RULES.items():
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "{source}: table {table} is not a list of records"),
                source=source,
                table=table,
            )
        checked.tables[table] = []
        for number, row in enumerate(rows, 1):
            if not isinstance(row, dict):
                raise UserError(
                    QT_TRANSLATE_NOOP("Error", "{source}: {table} record {number} is not an object"),
                    source=source,
                    table=table,
                    number=number,
                )
            columns = set(_COLUMNS[table]) | ({"content_base64"} if table == "attachments" else set())
            extra = sorted(set(row) - columns)
            if extra:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "{source}: {table} record {number} has columns this version does not know: {columns}",
                    ),
                    source=source,
                    table=table,
                    number=number,
                    columns=", ".join(extra),
                )
            try:
                checked.tables[table].append(rule(row, checked))
            except UserError as problem:
                raise _record_error(source, table, number, row, problem) from None
    return checked


def _record_error(source: str, table: str, number: int, row: dict, problem: UserError) -> UserError:
    """The problem of one record, named by file, table, record number, the record's identity
    (its reference, key or id) where it has one, and the field where the problem names one."""
    if isinstance(problem, _RecordProblem):
        column = problem.column
    elif isinstance(problem, validation.InvalidValue):
        column = problem.field
    else:
        column = None
    identity = _identity(row)
    if identity and column is not None:
        template = QT_TRANSLATE_NOOP(
            "Error", "{source}: {table} record {number} ({key} {value}), field {column}: {problem}"
        )
    elif column is not None:
        template = QT_TRANSLATE_NOOP("Error", "{source}: {table} record {number}, field {column}: {problem}")
    elif identity:
        template = QT_TRANSLATE_NOOP("Error", "{source}: {table} record {number} ({key} {value}): {problem}")
    else:
        template = QT_TRANSLATE_NOOP("Error", "{source}: {table} record {number}: {problem}")
    key, value = identity or (None, None)
    return UserError(
        template,
        source=source,
        table=table,
        number=number,
        key=key,
        value=value,
        column=column,
        problem=problem,
    )


def _identity(row: dict) -> tuple[str, str] | None:
    """The column that names the record (reference, key or id) and its value, shortened."""
    for key in ("reference", "key", "id"):
        value = row.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return key, str(value)[:40]
    return None


def _row_id(row: dict, seen) -> int:
    value = validation.whole_number("id", row.get("id"), minimum=1)
    if value in seen:
        raise _RecordProblem(QT_TRANSLATE_NOOP("Error", "id {value} appears twice"), column="id", value=value)
    return value


def _text(row: dict, column: str, default: str | None = None):
    value = row.get(column, default)
    if value is not None and not isinstance(value, str):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "{column} {value!r} is not text"), column=column, value=value
        )
    return value


def _check_profile(row: dict, checked: _Checked) -> dict:
    from opt_out_gui.core.profile import Profile, validate

    if row.get("id") != 1 or checked.tables["profile"]:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "the backup may hold one profile, with id 1"), column="id"
        )
    defaults = {"name": "", "email": "", "address": "", "country": "", "state": "", "language": "en"}
    values = {name: _text(row, name, default) for name, default in defaults.items()}
    return {"id": 1} | validate(Profile(**values)).to_json()


def _backed_up(key: str) -> bool:
    """A backup holds the settings of the registry (core.settings) that are not secret; a
    secret, or a row no version of the app defined, never leaves the database."""
    known = settings.setting(key)
    return known is not None and not known.secret


def _setting_rules() -> dict[str, Callable[[str], object]]:
    """How each setting of the registry is checked: by the function that checks it when the user sets it."""
    from opt_out_gui.core.delivery import smtp
    from opt_out_gui.core.profile import LANGUAGES
    from opt_out_gui.core.updates import install
    from opt_out_gui.core.updates.download import check_update_url

    def security(value: str) -> str:
        return validation.choice("SMTP security", value, smtp.SECURITY_CHOICES)

    def switch(value: str) -> str:
        return validation.choice("value", value, ("0", "1"))

    rules: dict[settings.Setting, Callable[[str], object]] = {
        settings.WELCOME_DONE: switch,
        settings.SMTP_PORT: smtp.parse_port,
        settings.SMTP_SECURITY: security,
        settings.SMTP_HOST: lambda v: validation.single_line("SMTP host", v, max_length=253),
        settings.SMTP_USER: lambda v: validation.single_line("SMTP user", v, max_length=254),
        settings.SMTP_FROM: lambda v: validation.email_address("sender address", v),
        settings.CATALOG_UPDATE_URL: lambda v: check_update_url(v) if v else v,
        settings.CATALOG_WEEKLY_CHECK: switch,
        settings.CATALOG_LAST_CHECK: lambda v: validation.timestamp("last check", v),
        settings.CATALOG_LAST_UPDATE: lambda v: install.parse_last_update(v) if v else v,
        settings.BACKUPS_KEEP: snapshots.check_keep,
        settings.UI_LANGUAGE: lambda v: validation.choice(
            "language", v, ("", *LANGUAGES)
        ),  # "": the system's
    }
    return {setting.key: rule for setting, rule in rules.items()}


def _check_setting(row: dict, checked: _Checked) -> dict:
    key = _text(row, "key")
    if key is None or not _SETTING_KEY.match(key):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "setting name {key!r} is not a setting name"), column="key", key=key
        )
    known = settings.setting(key)
    if known is None:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "setting {key!r} is not a setting of this version of the app"),
            column="key",
            key=key,
        )
    if known.secret:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "setting {key!r} is a secret; secrets are never restored to disk"),
            column="key",
            key=key,
        )
    if any(row_["key"] == key for row_ in checked.tables["settings"]):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "setting {key!r} appears twice"), column="key", key=key
        )
    value = validation.single_line("value", _text(row, "value"), max_length=MAX_SETTING_LENGTH)
    rule = _setting_rules().get(key)
    if rule is not None:
        rule(value)
    if key.startswith("smtp."):
        _check_mail_settings(checked.tables["settings"] + [{"key": key, "value": value}])
    return {"key": key, "value": value}


def _check_mail_settings(rows: list[dict]) -> None:
    """Once host and sender are both there, the mail settings must pass as a whole."""
    from opt_out_gui.core.delivery.smtp import DEFAULT_PORTS, SmtpSettings, parse_port

    values = {row["key"]: row["value"] for row in rows}
    if not values.get("smtp.host") or not values.get("smtp.from"):
        return
    security = values.get("smtp.security") or "ssl"
    SmtpSettings(
        host=values["smtp.host"],
        port=parse_port(values.get("smtp.port") or DEFAULT_PORTS.get(security, 587)),
        security=security,
        user=values.get("smtp.user") or "",
        from_address=values["smtp.from"],
    ).validated()


def _check_account(row: dict, checked: _Checked) -> dict:
    from opt_out_gui.core.checklist import clean_account

    account_id = _row_id(row, checked.accounts)
    platform = validation.identifier("platform", row.get("platform"))
    name = clean_account(_text(row, "identifier"))
    if (platform, name) in checked.account_names:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "account {name!r} of {platform} appears twice"),
            column="identifier",
            name=name,
            platform=platform,
        )
    checked.accounts.add(account_id)
    checked.account_names.add((platform, name))
    return {
        "id": account_id,
        "platform": platform,
        "identifier": name,
        "created_at": validation.timestamp("created_at", row.get("created_at")),
    }


def _check_progress(row: dict, checked: _Checked) -> dict:
    from opt_out_gui.core.checklist import check_mark, check_note

    account_id = validation.whole_number("account_id", row.get("account_id"), minimum=1)
    if account_id not in checked.accounts:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "account {id} is not in the backup"),
            column="account_id",
            id=account_id,
        )
    control = validation.identifier("control", row.get("control"))
    if (account_id, control) in checked.progress:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "control {control} of account {id} appears twice"),
            column="control",
            control=control,
            id=account_id,
        )
    checked.progress.add((account_id, control))
    state, done_at = check_mark(row.get("state"), row.get("done_at"), checked.today)
    return {
        "account_id": account_id,
        "control": control,
        "state": state,
        "done_at": done_at.isoformat() if done_at else None,
        "note": check_note(_text(row, "note", "")),
    }


def _check_request(row: dict, checked: _Checked) -> dict:
    from opt_out_gui.core.tracker import CHANNELS, REFUSAL_REASONS, STATUSES, Draft, check_draft

    request_id = _row_id(row, checked.requests)
    draft = check_draft(
        Draft(
            reference=_text(row, "reference"),
            platform=_text(row, "platform"),
            type=_text(row, "type"),
            law=_text(row, "law"),
            language=_text(row, "language"),
            recipient=_text(row, "recipient", ""),
            subject=_text(row, "subject", ""),
            body=_text(row, "body", ""),
            account=_text(row, "account", ""),
            channel=_text(row, "channel"),
        )
    )
    if draft.reference in checked.references:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "reference {reference} appears twice"),
            column="reference",
            reference=draft.reference,
        )
    status = validation.choice("status", row.get("status", "draft"), STATUSES)
    reason = row.get("refusal_reason")
    if reason is not None:
        validation.choice("refusal_reason", reason, REFUSAL_REASONS)
    if (status == "refused") != (reason is not None):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "a refusal reason goes with the status refused, and only with it"),
            column="refusal_reason",
        )
    sent_at = None
    if row.get("sent_at") is not None:
        sent_at = validation.past_date("sent_at", row["sent_at"], checked.today, draft.law)
    if status not in ("draft", "withdrawn") and (sent_at is None or draft.channel not in CHANNELS):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "a {status} request needs the date it was sent and the channel"),
            column="sent_at",
            status=status,
        )
    dates = {}
    received, basis = _check_receipt(row, sent_at, checked.today)
    for column in ("deadline", "extended_deadline", "acknowledge_by"):
        day = validation.optional_date(column, row.get(column))
        if day is not None and (sent_at is None or day < sent_at):
            raise _RecordProblem(
                QT_TRANSLATE_NOOP("Error", "{column} {day} needs a sent date on or before it"),
                column=column,
                day=day.isoformat(),
            )
        dates[column] = day.isoformat() if day else None
    checked.requests[request_id] = (draft.law, sent_at)
    checked.references.add(draft.reference)
    return {
        "id": request_id,
        "reference": draft.reference,
        "platform": draft.platform,
        "account": draft.account,
        "type": draft.type,
        "law": draft.law,
        "language": draft.language,
        "channel": draft.channel,
        "recipient": draft.recipient,
        "subject": draft.subject,
        "body": draft.body,
        "created_at": validation.timestamp("created_at", row.get("created_at")),
        "sent_at": sent_at.isoformat() if sent_at else None,
        **dates,
        "status": status,
        "refusal_reason": reason,
        "received_at": received.isoformat() if received else None,
        "received_basis": basis,
    }


def _check_receipt(row: dict, sent_at: date | None, today: date) -> tuple[date | None, str | None]:
    """The day the company received a sent request, and how that day is known (core.receipt)."""
    from opt_out_gui.core import receipt

    received = validation.optional_date("received_at", row.get("received_at"))
    basis = row.get("received_basis")
    if received is None and basis is None:
        return None, None
    if sent_at is None or received is None or basis is None:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "a received date and its basis go with a sent request, together"),
            column="received_at",
        )
    validation.choice("received_basis", basis, receipt.BASES)
    if basis == receipt.ENTERED:
        receipt.entered_receipt(sent_at, received, today)
    elif basis == receipt.ESTIMATED and received < sent_at:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "received_at {day} is before the request was sent"),
            column="received_at",
            day=received.isoformat(),
        )
    elif basis in (receipt.SAME_DAY, receipt.SENT_DATE) and received != sent_at:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "received_at must be the sent date for basis {basis}"),
            column="received_at",
            basis=basis,
        )
    return received, basis


def _check_event(row: dict, checked: _Checked) -> dict:
    from opt_out_gui.core.tracker import check_event, check_event_order

    event_id = _row_id(row, checked.events)
    request_id = validation.whole_number("request_id", row.get("request_id"), minimum=1)
    if request_id not in checked.requests:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "request {id} is not in the backup"),
            column="request_id",
            id=request_id,
        )
    law, sent_at = checked.requests[request_id]
    kind, day, note = check_event(
        row.get("kind"), row.get("date"), _text(row, "note", ""), law, checked.today
    )
    check_event_order(sent_at, day)
    checked.events.add(event_id)
    return {
        "id": event_id,
        "request_id": request_id,
        "kind": kind,
        "date": day.isoformat(),
        "note": note,
        "created_at": validation.timestamp("created_at", row.get("created_at")),
    }


def _check_attachment(row: dict, checked: _Checked) -> dict:
    attachment_id = _row_id(row, checked.attachments)
    event_id = validation.whole_number("event_id", row.get("event_id"), minimum=1)
    if event_id not in checked.events:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "event {id} is not in the backup"), column="event_id", id=event_id
        )
    relative = _text(row, "stored_path") or ""
    parts = PurePosixPath(relative).parts
    if (
        len(parts) != 2
        or parts[0] != ATTACHMENTS_DIR
        or parts[1] in ("..", ".")
        or parts[1].startswith(".")
        or "\\" in relative
    ):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "{path!r} is outside the attachments folder"),
            column="stored_path",
            path=relative,
        )
    validation.single_line("stored_path", relative, max_length=300, required=True)
    if relative in checked.files:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "{path} is named by two attachments"),
            column="stored_path",
            path=relative,
        )
    digest = _text(row, "sha256")
    if digest is None or not _SHA256.match(digest):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "sha256 {digest!r} is not 64 lower-case hex digits"),
            column="sha256",
            digest=digest,
        )
    encoded = row.get("content_base64")
    if not isinstance(encoded, str):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "content_base64 is not valid base64 text"), column="content_base64"
        )
    try:
        content = base64.b64decode(encoded, validate=True)
    except (TypeError, ValueError, binascii.Error):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "the content of {path} is not valid base64"),
            column="content_base64",
            path=relative,
        ) from None
    if hashlib.sha256(content).hexdigest() != digest:
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "the content of {path} is damaged (SHA-256 differs)"),
            column="content_base64",
            path=relative,
        )
    size = validation.whole_number("size", row.get("size"))
    if size != len(content):
        raise _RecordProblem(
            QT_TRANSLATE_NOOP("Error", "size {size} differs from the content's {length} bytes"),
            column="size",
            size=size,
            length=len(content),
        )
    checked.files[relative] = content
    checked.attachments.add(attachment_id)
    return {
        "id": attachment_id,
        "event_id": event_id,
        "file_name": validation.single_line(
            "file_name", _text(row, "file_name"), max_length=255, required=True
        ),
        "sha256": digest,
        "stored_path": relative,
        "size": size,
    }


# Table order satisfies the references between them.
_RULES: dict[str, Callable[[dict, _Checked], dict]] = {
    "profile": _check_profile,
    "settings": _check_setting,
    "accounts": _check_account,
    "checklist_progress": _check_progress,
    "requests": _check_request,
    "request_events": _check_event,
    "attachments": _check_attachment,
}
_COLUMNS = {
    "profile": ("id", "name", "email", "address", "country", "state", "language"),
    "settings": ("key", "value"),
    "accounts": ("id", "platform", "identifier", "created_at"),
    "checklist_progress": ("account_id", "control", "state", "done_at", "note"),
    "requests": (
        "id",
        "reference",
        "platform",
        "account",
        "type",
        "law",
        "language",
        "channel",
        "recipient",
        "subject",
        "body",
        "created_at",
        "sent_at",
        "deadline",
        "extended_deadline",
        "acknowledge_by",
        "status",
        "refusal_reason",
        "received_at",
        "received_basis",
    ),
    "request_events": ("id", "request_id", "kind", "date", "note", "created_at"),
    "attachments": ("id", "event_id", "file_name", "sha256", "stored_path", "size"),
}


# ---- restoring -------------------------------------------------------------------------


def restore_backup(
    data_dir: Path,
    document: dict,
    *,
    force: bool = False,
    source: str = "the backup",
    today: date | None = None,
) -> RestoreResult:
    """Replace the data in `data_dir` with the backup's: checked first, switched in atomically.

    A data directory that already holds data is replaced only with `force`; its data
    is then kept in backups/ (the newest `backups_keep` copies are kept). Close any
    Store open on `data_dir` first: it would go on showing the old data.
    """
    from opt_out_gui.core.datadir import prepare_data_dir

    checked = check_backup(document, source, today)
    data_dir = prepare_data_dir(Path(data_dir))
    read_only = read_only_reason(data_dir)
    if read_only:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot restore into {path}: {reason}"),
            path=data_dir,
            reason=read_only,
        )
    snapshots.recover(data_dir)
    held, damaged, keep = _current_data(data_dir)
    # How many copies to keep belongs to this data directory, not to the restored data.
    if keep != snapshots.DEFAULT_KEEP:
        checked.tables["settings"] = [
            r for r in checked.tables["settings"] if r["key"] != snapshots.KEEP_SETTING
        ]
        checked.tables["settings"].append({"key": snapshots.KEEP_SETTING, "value": str(keep)})
    if held and not force:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "data directory {path} already holds data; restore into an empty one"),
            code="restore_target_holds_data",
            path=data_dir,
        )
    stage = snapshots.fresh_stage(data_dir)
    try:
        _build(stage, checked)
    except BaseException as error:
        shutil.rmtree(stage, ignore_errors=True)
        if isinstance(error, OSError):
            raise file_problem(error, stage) from None
        raise
    reason = snapshots.DAMAGED_REASON if damaged else snapshots.RESTORE_REASON
    try:
        safety_copy = snapshots.switch_to_stage(data_dir, snapshots.snapshot_name(reason) if held else None)
    except OSError as error:
        snapshots.recover(data_dir)  # finishes a committed switch, or drops the staged data
        raise file_problem(error, data_dir) from None
    removed = snapshots.prune(data_dir, keep)
    return RestoreResult(
        counts={table: len(rows) for table, rows in checked.tables.items()},
        attachments=len(checked.files),
        safety_copy=safety_copy,
        backups_dir=data_dir / BACKUP_DIR_NAME,
        kept=keep,
        removed=tuple(removed),
    )


def keep_setting(store: Store) -> int:
    """How many copies of the data a restore keeps (the user's setting, else DEFAULT_KEEP)."""
    try:
        return snapshots.check_keep(store.get_setting(snapshots.KEEP_SETTING) or snapshots.DEFAULT_KEEP)
    except validation.InvalidValue:
        return snapshots.DEFAULT_KEEP


def set_keep(store: Store, value: object) -> int:
    keep = snapshots.check_keep(value)
    store.set_settings({snapshots.KEEP_SETTING: str(keep)})
    return keep


def _current_data(data_dir: Path) -> tuple[bool, bool, int]:
    """(holds data, database damaged, copies to keep) for the data directory as it is."""
    if not (data_dir / DB_FILE_NAME).exists():
        folder = data_dir / ATTACHMENTS_DIR
        return folder.is_dir() and any(folder.iterdir()), False, snapshots.DEFAULT_KEEP
    try:
        store = Store.open(data_dir)
    except DamagedDatabase:
        return True, True, snapshots.DEFAULT_KEEP
    try:
        store.require_writable()
        return holds_data(store), False, keep_setting(store)
    finally:
        store.close()


def _build(stage: Path, checked: _Checked) -> None:
    """The restored database and attachments, complete and on disk, in the staging folder."""
    for relative, content in checked.files.items():
        write_private_file(stage / relative, content)
    store = Store.open(stage)
    try:
        with store.transaction() as connection:
            for table, rows in checked.tables.items():
                for row in rows:
                    columns = ", ".join(row)
                    marks = ", ".join("?" for _ in row)
                    connection.execute(
                        f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values())
                    )
        # A rollback journal instead of WAL: the staged database is one file, nothing beside it.
        store.connection.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "the backup does not fit this version's database: {reason}"),
            reason=error,
        ) from None
    finally:
        store.close()


def _tables(connection: sqlite3.Connection) -> list[str]:
    """User tables in creation order, which is also an order that satisfies foreign keys; the
    search index and the counts by status are derived from them (a restore rebuilds them
    through the store's triggers)."""
    return data_tables(connection)


def _attachment_content(root: Path, row: dict) -> str:
    path = root / row["stored_path"]
    try:
        content = path.read_bytes()
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "attachment {file_name} ({path}) cannot be read: {reason}"),
            file_name=row["file_name"],
            path=path,
            reason=error.strerror or error,
        ) from None
    if hashlib.sha256(content).hexdigest() != row["sha256"]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error", "attachment {file_name} ({path}) was changed since it was stored (SHA-256 differs)"
            ),
            file_name=row["file_name"],
            path=path,
        )
    return base64.b64encode(content).decode("ascii")
