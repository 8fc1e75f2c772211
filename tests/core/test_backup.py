import base64
import hashlib
import json
import stat
from datetime import date

import pytest

from opt_out_gui.core.backup import backup_json, create_backup, read_backup, restore_backup, write_backup
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace


def draft(reference, **changes):
    values = dict(
        reference=reference,
        platform="linkedin",
        type="gdpr-objection-ai",
        law="gdpr",
        language="de",
        recipient="LinkedIn Ireland Unlimited Company\nWilton Plaza",
        subject="Widerspruch",
        body="Sehr geehrte Damen und Herren,\n\nich widerspreche … «KI»\n",
    )
    return Draft(**(values | changes))


@pytest.fixture
def filled(tmp_path):
    """A data directory with a profile, settings, an account with progress, requests and an attachment."""
    workspace = open_workspace(str(tmp_path / "source"))
    store = workspace.store
    workspace.profiles.save(
        Profile(
            name="Jana Nováková",
            email="jana@example.cz",
            address="Hlavní 1\nPraha",
            country="CZ",
            language="de",
        )
    )
    # A registered setting, a secret (kept in the database only by mistake) and a row no
    # version of the app defines (core.settings is the registry).
    store.set_settings({"catalog_weekly_check": "1", "smtp.password": "hunter2", "theme": "dark"})
    with store.transaction() as connection:
        account = connection.execute(
            "INSERT INTO accounts (platform, identifier, created_at) "
            "VALUES ('linkedin', 'jana', '2026-01-01')"
        ).lastrowid
        connection.execute(
            "INSERT INTO checklist_progress (account_id, control, state, done_at, note) "
            "VALUES (?, 'generative-ai-improvement', 'done', '2026-01-02', 'switched off')",
            (account,),
        )
    service = TrackerService(store, load_catalog())
    evidence = tmp_path / "Antwort vom Händler.pdf"
    evidence.write_bytes(b"%PDF-1.4 reply \x00\xff" * 100)
    first = service.create(draft("2026-AAAAAAA"))
    service.create(draft("2026-BBBBBBB", platform="reddit", language="en"))
    service.record(first.id, "withdrawn", date(2026, 1, 5), note="sent by mistake", attachments=[evidence])
    yield workspace, evidence
    workspace.close()


def test_backup_holds_everything_but_secrets_with_files_and_hashes(filled):
    workspace, evidence = filled
    document = create_backup(workspace.store)
    tables = document["tables"]
    assert tables["profile"][0]["name"] == "Jana Nováková"
    assert {row["key"] for row in tables["settings"]} == {"catalog_weekly_check"}
    assert "hunter2" not in json.dumps(document)
    assert tables["checklist_progress"][0]["note"] == "switched off"
    assert [r["reference"] for r in tables["requests"]] == ["2026-AAAAAAA", "2026-BBBBBBB"]
    assert tables["request_events"][0]["kind"] == "withdrawn"
    (attachment,) = tables["attachments"]
    content = base64.b64decode(attachment["content_base64"])
    assert content == evidence.read_bytes()
    assert attachment["sha256"] == hashlib.sha256(content).hexdigest()


def test_round_trip_restores_exactly(filled, tmp_path):
    workspace, _ = filled
    target = write_backup(workspace.store, tmp_path / "backup.json")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    result = restore_backup(tmp_path / "elsewhere", read_backup(target))
    assert result.safety_copy is None and result.attachments == 1
    restored = open_workspace(str(tmp_path / "elsewhere"))
    assert backup_json(restored.store) == target.read_text()
    # The restored attachment is a private file with the same content where the record says.
    request = TrackerService(restored.store, load_catalog()).find("2026-AAAAAAA")
    (attachment,) = request.events[0].attachments
    path = restored.data_dir / attachment.stored_path
    assert hashlib.sha256(path.read_bytes()).hexdigest() == attachment.sha256
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert restored.profiles.load().name == "Jana Nováková"
    # The counts by status are derived: a restore counts what it inserts.
    counts = restored.store.connection.execute("SELECT status, number FROM request_counts WHERE number")
    assert sorted(map(tuple, counts)) == [("draft", 1), ("withdrawn", 1)]


def test_restore_refuses_a_data_directory_with_data_and_force_keeps_a_copy(filled, tmp_path):
    workspace, _ = filled
    document = create_backup(workspace.store)
    other = open_workspace(str(tmp_path / "other"))
    other.profiles.save(Profile(name="Someone Else"))
    other.close()
    with pytest.raises(UserError, match="already holds data") as refused:
        restore_backup(other.data_dir, document)
    assert refused.value.code == "restore_target_holds_data"  # the CLI names --force for it
    assert not (other.data_dir / "backups").exists()

    result = restore_backup(other.data_dir, document, force=True)
    assert result.safety_copy.parent == other.data_dir / "backups"
    assert open_workspace(str(other.data_dir)).profiles.load().name == "Jana Nováková"
    import sqlite3

    kept = sqlite3.connect(result.safety_copy / "opt-out.sqlite3")
    assert kept.execute("SELECT name FROM profile").fetchone()[0] == "Someone Else"


def test_a_damaged_backup_changes_nothing(filled, tmp_path):
    workspace, _ = filled
    document = create_backup(workspace.store)
    document["tables"]["attachments"][0]["content_base64"] = base64.b64encode(b"tampered").decode()
    target = tmp_path / "target"
    with pytest.raises(UserError, match="damaged"):
        restore_backup(target, document)
    assert not (target / "attachments").exists()

    document = create_backup(workspace.store)
    document["tables"]["requests"][1]["status"] = "lost"
    with pytest.raises(
        UserError, match="requests record 2 .reference 2026-BBBBBBB., field status: status 'lost'"
    ):
        restore_backup(target, document)
    assert TrackerService(open_workspace(str(target)).store, load_catalog()).all() == []
    assert not (target / "attachments").exists()


def test_a_backup_cannot_write_outside_the_attachments_folder(filled, tmp_path):
    workspace, _ = filled
    document = create_backup(workspace.store)
    document["tables"]["attachments"][0]["stored_path"] = "../../evil.sh"
    target = tmp_path / "target"
    with pytest.raises(UserError, match="outside the attachments folder"):
        restore_backup(target, document)
    document = create_backup(workspace.store)
    document["tables"]["requests"][0]["id) VALUES (1); DROP TABLE requests; --"] = 1
    with pytest.raises(UserError, match="columns this version does not know"):
        restore_backup(target, document)


def test_read_backup_rejects_other_files(tmp_path):
    not_json = tmp_path / "notes.txt"
    not_json.write_text("hello")
    with pytest.raises(UserError, match="not an Opt-Out Assistant backup"):
        read_backup(not_json)
    other_json = tmp_path / "other.json"
    other_json.write_text('{"format": "something"}')
    with pytest.raises(UserError, match="not an Opt-Out Assistant backup"):
        read_backup(other_json)
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "opt-out-backup", "version": 1, "schema": 999, "tables": {}}')
    with pytest.raises(UserError, match="newer version"):
        read_backup(newer)
