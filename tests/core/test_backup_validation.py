"""A bad-backup battery: every impossible value is refused before anything is touched.

Each case changes one value of a valid backup and restores it with --force over a
data directory that holds data. The restore must name the file, the record and the
field, and leave the data directory exactly as it was.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from opt_out_gui.core.backup import backup_json, read_backup, restore_backup
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from tests.cli.helpers import data_checksum, run


def set_value(table, index, column, value):
    def change(document):
        document["tables"][table][index][column] = value

    return change


def duplicate_stored_path(document):
    rows = document["tables"]["attachments"]
    rows.append(dict(rows[0], id=rows[0]["id"] + 100))


def table_not_a_list(document):
    document["tables"]["requests"] = "not a list"


def row_not_an_object(document):
    document["tables"]["accounts"][0] = ["linkedin", "main"]


def second_profile(document):
    document["tables"]["profile"].append(dict(document["tables"]["profile"][0], id=2))


def secret_setting(document):
    document["tables"]["settings"].append({"key": "smtp.password", "value": "hunter2"})


def unknown_setting(document):
    document["tables"]["settings"].append({"key": "theme", "value": "dark"})


# (what to change, the field the message must name, words the message must hold)
CASES = [
    (set_value("requests", 0, "sent_at", "2025-02-30"), "sent_at", "'2025-02-30' is not a date that exists"),
    (set_value("requests", 0, "sent_at", "0001-01-01"), "sent_at", "before 2018-05-25"),
    (set_value("requests", 0, "sent_at", "9999-12-31"), "sent_at", "is in the future"),
    (set_value("requests", 0, "sent_at", None), "sent_at", "needs the date it was sent"),
    (set_value("requests", 0, "deadline", 20250301), "deadline", "is not a date in the form YYYY-MM-DD"),
    (set_value("requests", 0, "deadline", "2026-01-01"), "deadline", "needs a sent date on or before it"),
    (set_value("requests", 0, "language", "xx"), "language", "language 'xx' is not one of"),
    (set_value("requests", 0, "law", "gdpr2"), "law", "gdpr2"),
    (set_value("requests", 0, "status", "lost"), "status", "status 'lost' is not one of"),
    (set_value("requests", 0, "refusal_reason", "other"), "refusal_reason", "goes with the status refused"),
    (set_value("requests", 0, "subject", "Objection\u2028Bcc: x"), "subject", "one line"),
    (set_value("requests", 0, "body", 5), "body", "is not text"),
    (set_value("requests", 0, "reference", "2026-AAAAAA"), "reference", "is not like 2026-K3F9Q2M"),
    (set_value("requests", 1, "reference", "2026-AAAAAAA"), "reference", "appears twice"),
    (set_value("requests", 0, "created_at", "yesterday"), "created_at", "is not a date and time"),
    (set_value("requests", 0, "id", True), "id", "is not a number"),
    (set_value("requests", 1, "id", 1), "id", "id 1 appears twice"),
    (set_value("request_events", 0, "date", "not-a-date"), "date", "is not a date in the form YYYY-MM-DD"),
    (set_value("request_events", 0, "date", "2026-01-01"), "date", "is before the request was sent"),
    (set_value("request_events", 0, "kind", "exploded"), "event", "event 'exploded' is not one of"),
    (set_value("request_events", 0, "note", "sent\x0c!"), "note", "control character U+000C"),
    (set_value("request_events", 0, "request_id", 999), "request_id", "request 999 is not in the backup"),
    (set_value("profile", 0, "name", "Ann\x00Other"), "name", "one line"),
    (set_value("profile", 0, "country", "XX"), "", "country 'XX' is not a country the app knows"),
    (set_value("profile", 0, "email", "a@b@c"), "email", "is not a valid email address"),
    (set_value("profile", 0, "language", "xx"), "", "language 'xx' is not offered"),
    (second_profile, "id", "one profile, with id 1"),
    (set_value("settings", 0, "value", "abc"), "SMTP port", "SMTP port 'abc' is not a number"),
    (set_value("settings", 1, "value", "pigeon"), "SMTP security", "is not one of"),
    (set_value("settings", 2, "value", "ftp://example.org/catalog.zip"), "", "scheme 'ftp'"),
    (set_value("settings", 3, "value", "0"), "copies to keep", "is not a number from 1 to 100"),
    (set_value("settings", 4, "value", "{not json"), "", "last catalogue update is unreadable"),
    (secret_setting, "key", "is a secret; secrets are never restored to disk"),
    (unknown_setting, "key", "is not a setting of this version of the app"),
    (set_value("accounts", 0, "identifier", "main\x0bwork"), "account name", "one line"),
    (set_value("accounts", 0, "platform", "<img src=x>"), "platform", "is not an id"),
    (set_value("checklist_progress", 0, "done_at", "9999-01-01"), "date", "is in the future"),
    (set_value("checklist_progress", 0, "state", "half"), "state", "state 'half' is not one of"),
    (set_value("checklist_progress", 0, "account_id", 77), "account_id", "account 77 is not in the backup"),
    (
        set_value("attachments", 0, "content_base64", "!!! not base64 !!!"),
        "content_base64",
        "not valid base64",
    ),
    (set_value("attachments", 0, "content_base64", 12), "content_base64", "not valid base64"),
    (duplicate_stored_path, "stored_path", "is named by two attachments"),
    (set_value("attachments", 0, "stored_path", "attachments/../../evil"), "stored_path", "outside"),
    (set_value("attachments", 0, "sha256", "ABC"), "sha256", "is not 64 lower-case hex digits"),
    (set_value("attachments", 0, "size", 1), "size", "differs from the content"),
    (set_value("attachments", 0, "event_id", 999), "event_id", "event 999 is not in the backup"),
    (set_value("attachments", 0, "file_name", "a\u2029b"), "file_name", "one line"),
    (table_not_a_list, "", "table requests is not a list of records"),
    (row_not_an_object, "", "accounts record 1 is not an object"),
]


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory):
    """A valid backup with a value in every table, as JSON text."""
    root = tmp_path_factory.mktemp("source")
    workspace = open_workspace(str(root / "data"))
    workspace.profiles.save(Profile(name="Ann Example", email="ann@example.org", country="DE"))
    workspace.store.set_settings(
        {
            "smtp.port": "465",
            "smtp.security": "ssl",
            "catalog_update_url": "https://example.org/catalog.zip",
            "backups_keep": "4",
            "catalog_last_update": "",
            "smtp.host": "smtp.example.org",
            "smtp.from": "ann@example.org",
        }
    )
    from opt_out_gui.core.checklist import ChecklistService

    checklist = ChecklistService(workspace.store, load_catalog())
    control = checklist.catalog.get("linkedin").controls[0].id
    checklist.mark("linkedin", control, "done", "main", date(2026, 5, 1))
    tracker = TrackerService(workspace.store, load_catalog())
    evidence = root / "reply.pdf"
    evidence.write_bytes(b"%PDF-1.4 reply")
    for reference in ("2026-AAAAAAA", "2026-BBBBBBB"):
        request = tracker.create(
            Draft(
                reference=reference,
                platform="linkedin",
                type="gdpr-objection-ai",
                law="gdpr",
                language="en",
                recipient="privacy@example.org",
                subject="Objection",
                body="Dear Sir or Madam,\n",
                channel="email",
            )
        )
        tracker.record(request.id, "sent", date(2026, 3, 2), attachments=[evidence])
    text = backup_json(workspace.store)
    workspace.close()
    keys = [row["key"] for row in json.loads(text)["tables"]["settings"]]
    assert keys[:5] == [
        "smtp.port",
        "smtp.security",
        "catalog_update_url",
        "backups_keep",
        "catalog_last_update",
    ]
    return text


@pytest.fixture
def target(tmp_path):
    """A data directory that holds data of its own."""
    workspace = open_workspace(str(tmp_path / "target"))
    workspace.profiles.save(Profile(name="Already Here"))
    workspace.close()
    return tmp_path / "target"


def test_the_good_backup_restores(good_backup, target, tmp_path):
    source = tmp_path / "good.json"
    source.write_text(good_backup)
    restore_backup(target, read_backup(source), force=True, source=str(source))
    workspace = open_workspace(str(target))
    assert backup_json(workspace.store) == good_backup


@pytest.mark.parametrize("change, field, words", CASES, ids=[str(n) for n in range(len(CASES))])
def test_a_bad_value_is_reported_with_file_record_and_field_and_changes_nothing(
    good_backup, target, tmp_path, change, field, words
):
    document = json.loads(good_backup)
    change(document)
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(document))
    before = data_checksum(target)
    with pytest.raises(UserError) as refused:
        restore_backup(target, read_backup(source), force=True, source=str(source))
    message = str(refused.value)
    assert message.startswith(f"{source}: "), message
    assert words in message
    if field:
        assert f"field {field}:" in message
    assert "\n" not in message
    assert data_checksum(target) == before
    assert not (target / ".restore-stage").exists()


def test_the_cli_restore_of_a_bad_backup_is_one_line(good_backup, target, tmp_path, capsys):
    document = json.loads(good_backup)
    document["tables"]["requests"][0]["sent_at"] = "2025-02-30"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(document))
    before = data_checksum(target)
    code, out, err = run(capsys, "--data-dir", str(target), "restore", "--force", str(source))
    assert code == 2 and out == ""
    assert err == (
        f"opt-out: error: {source}: requests record 1 (reference 2026-AAAAAAA), field sent_at: "
        "sent_at '2025-02-30' is not a date that exists\n"
    )
    assert data_checksum(target) == before


def test_every_column_of_the_database_has_a_restore_rule(good_backup, target):
    """A migration that adds a column must add its rule: restore checks every value."""
    from opt_out_gui.core.backup import _COLUMNS
    from opt_out_gui.core.store import COUNTS_TABLE, SEARCH_TABLE, data_tables

    workspace = open_workspace(str(target))
    connection = workspace.store.connection
    every = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    tables = data_tables(connection)
    schema = {t: tuple(r[1] for r in connection.execute(f"PRAGMA table_info({t})")) for t in tables}
    workspace.close()
    assert schema == _COLUMNS
    # Only the derived tables are left out, rebuilt on restore by triggers: the search index
    # (FTS5 and its shadow tables) and the counts by status.
    derived = sorted(set(every) - set(tables))
    assert COUNTS_TABLE in derived
    assert all(t in (COUNTS_TABLE, SEARCH_TABLE) or t.startswith(f"{SEARCH_TABLE}_") for t in derived)
