"""A read-only data directory or database: reading commands work, writing commands say why not."""

from __future__ import annotations

from datetime import date

import pytest

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from tests.cli.helpers import data_checksum, run
from tests.readonly_helpers import read_only


@pytest.fixture
def filled(data_dir, tmp_path):
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
    workspace.close()
    return data_dir


READING = [
    ("profile", "show"),
    ("requests", "list"),
    ("requests", "show", "1"),
    ("requests", "export", "--format", "csv"),
    ("checklist",),
    ("smtp", "show"),
    ("catalog", "status"),
]
WRITING = [
    ("profile", "set", "--name", "Someone Else"),
    ("requests", "update", "1", "--status", "reply_received", "--note", "answered"),
    ("checklist", "linkedin", "--add"),
    ("smtp", "set", "--host", "smtp.example.org", "--from", "ann@example.org"),
    ("backup", "--keep-copies", "3"),
    ("catalog", "update", "--url", "https://example.org/catalog.zip", "--yes"),
]


@pytest.mark.parametrize("target", ["folder", "database"])
def test_reading_works_and_writing_is_refused_with_the_reason(filled, capsys, tmp_path, target):
    path = filled if target == "folder" else filled / "opt-out.sqlite3"
    evidence = tmp_path / "reply.pdf"
    evidence.write_bytes(b"%PDF")
    before = data_checksum(filled)
    with read_only(path):
        for argv in READING:
            code, out, err = run(capsys, "--data-dir", str(filled), *argv)
            assert code == 0 and err in ("", "Wrote -.\n") and out, (argv, err)
        code, out, _ = run(capsys, "--data-dir", str(filled), "backup", "--out", str(tmp_path / "b.json"))
        assert code == 0 and (tmp_path / "b.json").stat().st_size > 0
        for argv in [
            *WRITING,
            ("requests", "update", "1", "--status", "reply_received", "--attach", str(evidence)),
        ]:
            code, out, err = run(capsys, "--data-dir", str(filled), *argv)
            assert code == 2 and out == "", argv
            assert err.startswith("opt-out: error: cannot change your data: the d"), (argv, err)
            assert "read-only" in err and err.count("\n") == 1, (argv, err)
        code, _, err = run(capsys, "--data-dir", str(filled), "restore", "--force", str(tmp_path / "b.json"))
        assert code == 2 and err.startswith("opt-out: error: cannot restore into") and "read-only" in err
    assert data_checksum(filled) == before
