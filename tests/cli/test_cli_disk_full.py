"""A full disk: every writing command says "disk full", names the path and changes nothing.

The data directory lives on a 4 MB tmpfs filled to the last byte. A connection held
by the test keeps SQLite's -wal/-shm files in place (emptied), as a running app
would, so commands open the database and fail only where they must write.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from opt_out_gui.core.backup import write_backup
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from tests.cli.helpers import data_checksum, run
from tests.disk_helpers import fill_disk, small_disk


@pytest.fixture
def full_disk(tmp_path):
    """(data directory on a full disk, a backup file elsewhere, an attachment elsewhere)."""
    with small_disk(tmp_path / "disk") as disk:
        data_dir = disk / "data"
        workspace = open_workspace(str(data_dir))
        workspace.profiles.save(Profile(name="Ann Example", email="ann@example.org", country="DE"))
        tracker = TrackerService(workspace.store, load_catalog())
        request = tracker.create(
            Draft(
                reference="2026-AAAAAAA",
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
        tracker.record(request.id, "sent", date(2026, 3, 2))
        backup = write_backup(workspace.store, tmp_path / "backup.json")
        workspace.close()
        held = sqlite3.connect(data_dir / "opt-out.sqlite3")
        held.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        evidence = tmp_path / "reply.pdf"
        evidence.write_bytes(b"%PDF" * 4096)
        fill_disk(disk)
        try:
            yield data_dir, backup, evidence
        finally:
            held.close()


WRITING = [
    ("profile", "set", "--name", "Someone Else"),
    ("requests", "update", "1", "--status", "reply_received", "--note", "answered"),
    ("requests", "update", "1", "--status", "reply_received", "--attach", "{evidence}"),
    ("checklist", "linkedin", "--add"),
    ("smtp", "set", "--host", "smtp.example.org", "--from", "ann@example.org"),
    ("backup", "--keep-copies", "3"),
    ("restore", "--force", "{backup}"),
    ("backup", "--out", "{data}/backup.json"),
    ("requests", "export", "--format", "json", "--out", "{data}/requests.json"),
    ("letter", "linkedin", "--type", "gdpr-objection-ai", "--address", "Street 1", "--out", "{data}/l.txt"),
]


def test_writing_commands_say_disk_full_and_change_nothing(full_disk, capsys):
    data_dir, backup, evidence = full_disk
    before = data_checksum(data_dir)
    for argv in WRITING:
        argv = [a.format(evidence=evidence, backup=backup, data=data_dir) for a in argv]
        code, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
        assert code == 2 and out == "", (argv, out, err)
        assert err.startswith("opt-out: error: disk full: cannot "), (argv, err)
        assert str(data_dir) in err and err.count("\n") == 1, (argv, err)
        assert data_checksum(data_dir) == before, argv


def test_reading_commands_still_work_on_a_full_disk(full_disk, capsys):
    data_dir, _, _ = full_disk
    for argv in (("profile", "show"), ("requests", "list"), ("requests", "show", "1"), ("checklist",)):
        code, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
        assert code == 0 and err == "" and out, (argv, err)


def test_a_disk_full_before_the_app_starts_still_lets_it_read(tmp_path, capsys):
    """No -shm file can be made: reading works from the file as it is, writing says disk full."""
    with small_disk(tmp_path / "disk") as disk:
        data_dir = disk / "data"
        workspace = open_workspace(str(data_dir))
        workspace.profiles.save(Profile(name="Ann Example", email="ann@example.org", country="DE"))
        workspace.close()
        fill_disk(disk)
        before = data_checksum(data_dir)
        code, out, err = run(capsys, "--data-dir", str(data_dir), "profile", "show")
        assert code == 0 and "Ann Example" in out, err
        code, out, err = run(capsys, "--data-dir", str(data_dir), "profile", "set", "--name", "Bo")
        assert code == 2 and err == (
            f"opt-out: error: cannot change your data: the disk holding {data_dir} is full; "
            "it was opened read-only\n"
        )
        assert data_checksum(data_dir) == before
