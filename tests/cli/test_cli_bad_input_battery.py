"""A bad-input battery over every CLI command.

Each bad input must end with exit code 2, one error line on stderr (argparse may put
its usage lines before it), no traceback, nothing on stdout, and the data directory
exactly as it was (tests.cli.helpers.data_checksum).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from opt_out_gui.cli import COMMANDS
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.checklist import ChecklistService
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from tests.cli.helpers import data_checksum, run
from tests.delivery_helpers import free_port

NUL, VT, LS = "\x00", "\x0b", "\u2028"
CONTROL = "generative-ai-improvement"
LETTER = ["letter", "adobe", "--type", "gdpr-objection-ai"]


def cases(files: Path, port: int) -> dict[str, list[list[str]]]:
    """Bad inputs by command; {files} holds an existing file, a folder and a deep reply."""
    existing, folder = str(files / "existing.txt"), str(files)
    return {
        "profile": [
            ["profile", "set", "--name", f"Ann{VT}Bcc"],
            ["profile", "set", "--name", "x" * 201],
            ["profile", "set", "--email", "bo@"],
            ["profile", "set", "--email", "a@b@c.example"],
            ["profile", "set", "--email", f"a{LS}@b.example"],
            ["profile", "set", "--country", "XX"],
            ["profile", "set", "--country", f"D{NUL}E"],
            ["profile", "set", "--state", "ZZ"],
            ["profile", "set", "--lang", "xx"],
            ["profile", "set", "--address", "Street 1\x0cTown"],
            ["profile", "set"],
            ["profile", "show", "--bogus"],
        ],
        "platforms": [
            ["platforms", "show", "nosuch"],
            ["platforms", "show", "<img src=x>"],
            ["platforms", "--region", "mars"],
            ["platforms", "show"],
        ],
        "checklist": [
            ["checklist", "nosuch", "--done", CONTROL],
            ["checklist", "linkedin", "--done", "nosuch-control"],
            ["checklist", "linkedin", "--done", CONTROL, "--date", "2025-02-30"],
            ["checklist", "linkedin", "--done", CONTROL, "--date", "9999-12-31"],
            ["checklist", "linkedin", "--done", CONTROL, "--date", "0001-01-01"],
            ["checklist", "linkedin", "--done", CONTROL, "--date", "yesterday"],
            ["checklist", "linkedin", "--account", f"work{VT}x", "--done", CONTROL],
            ["checklist", "linkedin", "--account", "x" * 201, "--add"],
            ["checklist", "linkedin", "--done", CONTROL, "--note", f"x{NUL}"],
            ["checklist", "linkedin", "--account", "ghost", "--undo", CONTROL],
            ["checklist", "linkedin", "--account", "ghost", "--remove"],
            ["checklist", "linkedin", "--date", "2026-01-01"],
            ["checklist", "linkedin", "--note", "n"],
            ["checklist", "--add"],
            ["checklist", "linkedin", "--done", CONTROL, "--skip", CONTROL],
        ],
        "letter": [
            ["letter", "--type", "gdpr-objection-ai"],
            ["letter", "adobe"],
            ["letter", "nosuch", "--type", "gdpr-objection-ai"],
            [*LETTER[:2], "--type", "nosuch"],
            [*LETTER, "--lang", "xx"],
            [*LETTER, "--law", "nolaw"],
            [*LETTER, "--format", "pdf"],
            [*LETTER, "--format", "docx"],
            [*LETTER, "--out", str(files / "missing" / "l.txt")],
            [*LETTER, "--out", folder],
            [*LETTER, "--out", existing],
            [*LETTER, "--out", "/proc/version", "--force"],
            [*LETTER, "--out", "x" * 300],
            ["letter", "adobe", "--type", "gdpr-reminder", "--earlier-date", "2025-02-30"],
            [*LETTER, "--name", f"Ann{LS}Other"],
            [*LETTER, "--email", "not-an-email"],
            [*LETTER, "--ground", "nosuch"],
            [*LETTER, "--erasure-scope", "everything"],
        ],
        "requests": [
            ["requests", "add", "--platform", "nosuch", "--type", "gdpr-objection-ai"],
            ["requests", "add", "--platform", "adobe", "--type", "nosuch"],
            ["requests", "add", "--platform", "adobe", "--type", "gdpr-objection-ai", "--sent", "2025-02-30"],
            ["requests", "add", "--platform", "adobe", "--type", "gdpr-objection-ai", "--sent", "9999-01-01"],
            ["requests", "add", "--platform", "adobe", "--type", "gdpr-objection-ai", "--sent", "0001-01-01"],
            ["requests", "add", "--platform", "adobe", "--type", "gdpr-objection-ai", "--channel", "pigeon"],
            ["requests", "add", "--platform", "adobe", "--type", "gdpr-objection-ai", "--law", "nolaw"],
            ["requests", "list", "--status", "lost"],
            ["requests", "list", "--due-within", "-1"],
            ["requests", "list", "--due-within", "soon"],
            ["requests", "show", "9" * 40],
            ["requests", "show", "2026-ZZZZZZZ"],
            ["requests", "show", "abc"],
            ["requests", "show", "99"],
            ["requests", "update", "99", "--status", "acknowledged"],
            ["requests", "update", "1", "--status", "lost"],
            ["requests", "update", "1", "--status", "refused"],
            ["requests", "update", "1", "--status", "acknowledged", "--reason", "other"],
            ["requests", "update", "1", "--status", "acknowledged", "--date", "2025-02-30"],
            ["requests", "update", "1", "--status", "acknowledged", "--date", "9999-12-31"],
            ["requests", "update", "1", "--status", "acknowledged", "--date", "0001-01-01"],
            ["requests", "update", "1", "--status", "acknowledged", "--date", "2026-01-01"],
            ["requests", "update", "1", "--status", "acknowledged", "--attach", str(files / "missing.pdf")],
            ["requests", "update", "1", "--status", "acknowledged", "--attach", folder],
            ["requests", "update", "1", "--status", "acknowledged", "--note", f"a{NUL}b"],
            ["requests", "update", "1", "--status", "sent"],
            ["requests", "update", "2", "--status", "acknowledged"],
            ["requests", "export", "--format", "xml"],
            ["requests", "export", "--format", "csv", "--out", str(files / "missing" / "r.csv")],
            ["requests", "export", "--format", "csv", "--out", existing],
            ["requests", "import-reply", str(files / "missing.eml")],
            ["requests", "import-reply", folder],
            ["requests", "import-reply", str(files / "deep.eml")],
            ["requests", "import-reply", str(files / "no-reference.eml")],
            ["requests", "import-reply", str(files / "future.eml")],
            ["requests", "import-reply", str(files / "future.eml"), "--request", "9" * 40],
            ["requests", "import-reply", str(files / "draft-reply.eml")],
            ["requests", "bogus"],
        ],
        "send": [
            ["send", "9" * 40],
            ["send", "99"],
            ["send", "1"],
            ["send", "2"],
            ["send", "2", "--password-stdin"],
        ],
        "smtp": [
            ["smtp", "set", "--host", "smtp.example.org", "--from", "a@example.org", "--port", "0"],
            ["smtp", "set", "--host", "smtp.example.org", "--from", "a@example.org", "--port", "abc"],
            ["smtp", "set", "--host", "smtp.example.org", "--from", "a@example.org", "--port", "70000"],
            ["smtp", "set", "--host", "smtp example", "--from", "a@example.org"],
            ["smtp", "set", "--host", "smtp.example.org", "--from", "not-an-address"],
            ["smtp", "set", "--host", "smtp.example.org", "--from", "a@example.org", "--security", "none"],
            ["smtp", "set", "--host", "smtp.example.org", "--from", "a@example.org", "--user", f"a{VT}b"],
            ["smtp", "set", "--host", f"smtp{NUL}.example.org", "--from", "a@example.org"],
            ["smtp", "set", "--host", "smtp.example.org", "--from", "a@example.org", "--security", "tls"],
            ["smtp", "test"],
        ],
        "backup": [
            ["backup"],
            ["backup", "--out", str(files / "missing" / "b.json")],
            ["backup", "--out", existing],
            ["backup", "--out", folder],
            ["backup", "--keep-copies", "0"],
            ["backup", "--keep-copies", "many"],
            ["backup", "--keep-copies", "101"],
        ],
        "restore": [
            ["restore", str(files / "missing.json")],
            ["restore", existing],
            ["restore", str(files / "bad-backup.json"), "--force"],
            ["restore", str(files / "good-backup.json")],
            ["restore", folder],
        ],
        "catalog": [
            ["catalog", "update", "--url", "ftp://example.org/c.zip"],
            ["catalog", "update", "--url", "http://10.0.0.1/c.zip"],
            ["catalog", "update", "--url", f"http://127.0.0.1:{port}/c.zip", "--yes"],
            ["catalog", "build", "--key", str(files / "missing.pem"), "--out", str(files / "o")],
            ["catalog", "build", "--key", existing, "--out", str(files / "o"), "--version", "0"],
            ["catalog", "verify", str(files / "missing.zip")],
            ["catalog", "verify", existing, "--signature", existing],
            ["catalog", "status", "--bogus"],
            ["catalog", "check-links", "--slow", "fast"],
        ],
        "laws": [
            ["deadline", "--law", "nolaw", "--received", "2026-03-02"],
            ["deadline", "--law", "gdpr", "--received", "2025-02-30"],
            ["deadline", "--law", "gdpr", "--received", "2026-03-02", "--type", "nosuch"],
            ["deadline", "--law", "gdpr", "--received", "2026-03-02", "--country", "XX"],
            ["authorities", "--country", "XX"],
            ["authorities", "--for", "nosuch"],
            ["laws", "--law", "gdpr"],
        ],
    }


@pytest.fixture
def full_data(data_dir, tmp_path):
    """A data directory with a profile, a checklist, a sent and a draft request, and mail settings."""
    workspace = open_workspace(str(data_dir))
    workspace.profiles.save(
        Profile(name="Ann Example", email="ann@example.org", address="Street 1\nTown", country="DE")
    )
    ChecklistService(workspace.store, load_catalog()).mark(
        "linkedin", CONTROL, "done", "main", date(2026, 5, 1)
    )
    tracker = TrackerService(workspace.store, load_catalog())
    drafts = [
        tracker.create(
            Draft(
                reference=reference,
                platform="adobe",
                type="gdpr-objection-ai",
                law="gdpr",
                language="en",
                recipient="privacy@adobe.com",
                subject="Objection",
                body="Dear Sir or Madam,\n",
                channel="email",
            )
        )
        for reference in ("2026-AAAAAAA", "2026-BBBBBBB")
    ]
    tracker.record(drafts[0].id, "sent", date(2026, 3, 2))
    port = free_port()  # nothing listens there
    workspace.store.set_settings(
        {
            "smtp.host": "127.0.0.1",
            "smtp.port": str(port),
            "smtp.security": "none",
            "smtp.from": "ann@example.org",
        }
    )
    from opt_out_gui.core.backup import backup_json

    good = backup_json(workspace.store)
    workspace.close()
    files = tmp_path / "files"
    files.mkdir()
    (files / "existing.txt").write_text("mine")
    (files / "good-backup.json").write_text(good)
    (files / "bad-backup.json").write_text(good.replace('"sent_at": "2026-03-02"', '"sent_at": "2025-02-30"'))
    deep = b"From: a@example.org\nSubject: Re: 2026-AAAAAAA\nContent-Type: multipart/mixed; boundary=b0\n\n"
    for depth in range(3000):
        deep += f"--b{depth}\nContent-Type: multipart/mixed; boundary=b{depth + 1}\n\n".encode()
    (files / "deep.eml").write_bytes(deep)
    (files / "no-reference.eml").write_text("From: a@example.org\nSubject: Hello\n\nHi\n")
    (files / "future.eml").write_text(
        "From: a@example.org\nSubject: Re: 2026-AAAAAAA\nDate: Fri, 31 Dec 9999 10:00:00 +0000\n\nOk\n"
    )
    (files / "draft-reply.eml").write_text("From: a@example.org\nSubject: Re: 2026-BBBBBBB\n\nOk\n")
    return data_dir, files, port


def run_bad(capsys, monkeypatch, data_dir, argv) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(""))
    try:
        return run(capsys, "--data-dir", str(data_dir), *argv)
    except SystemExit as exit_:  # argparse's own errors
        out, err = capsys.readouterr()
        return exit_.code, out, err


def test_every_command_gives_one_line_and_changes_nothing(full_data, capsys, monkeypatch):
    data_dir, files, port = full_data
    battery = cases(files, port)
    # Every command the CLI has is in the battery.
    assert set(COMMANDS) == {argv[0] for argvs in battery.values() for argv in argvs}
    before = data_checksum(data_dir)
    files_before = sorted(p.name for p in files.iterdir())
    problems, tried = [], 0
    for argvs in battery.values():
        for argv in argvs:
            tried += 1
            code, out, err = run_bad(capsys, monkeypatch, data_dir, argv)
            lines = err.splitlines()
            error_lines = [line for line in lines if not line.startswith(("usage:", " "))]
            if (
                code != 2
                or out
                or "Traceback" in err
                or len(error_lines) != 1
                or "error: " not in error_lines[0]
            ):
                problems.append(f"{argv!r}: exit {code}, stdout {out[:80]!r}, stderr {err[:300]!r}")
            if data_checksum(data_dir) != before:
                problems.append(f"{argv!r} changed the data directory")
                before = data_checksum(data_dir)
    assert problems == [], "\n".join(problems)
    assert sorted(p.name for p in files.iterdir()) == files_before
    assert (files / "existing.txt").read_text() == "mine"
    print(f"bad CLI inputs tried: {tried}, tracebacks: 0")
    assert tried >= 120
