"""Files written with --out: private (0600), never a silent overwrite, one-line errors."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.cli.helpers import run

SENDER = ["--name", "Jan de Vries", "--email", "jan@example.nl", "--address", "Damrak 1\\n1012 LG Amsterdam"]
LETTER = ["letter", "adobe", "--type", "gdpr-objection-ai", *SENDER]


@pytest.fixture(autouse=True)
def profile(capsys):
    assert run(capsys, "profile", "set", "--country", "NL", "--name", "Jan de Vries")[0] == 0


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("output_format", ["txt", "html", "pdf", "eml"])
def test_letters_are_private_and_an_existing_file_needs_force(capsys, tmp_path, output_format):
    out = tmp_path / f"letter.{output_format}"
    code, stdout, err = run(capsys, *LETTER, "--format", output_format, "--out", str(out))
    assert code == 0, err
    assert stdout.startswith(f"Wrote {out}") and mode(out) == 0o600
    first = out.read_bytes()
    out.chmod(0o644)
    code, stdout, err = run(capsys, *LETTER, "--format", output_format, "--out", str(out))
    assert (code, stdout) == (2, "")
    assert err == f"opt-out: error: {out} exists already; pass --force to replace it\n"
    assert out.read_bytes() == first and mode(out) == 0o644
    code, stdout, err = run(capsys, *LETTER, "--format", output_format, "--out", str(out), "--force")
    assert code == 0 and mode(out) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", out.name]  # no temporary file left


@pytest.mark.parametrize(
    "target, words",
    [
        ("missing/letter.txt", "cannot write missing/letter.txt: folder missing does not exist"),
        (".", "it is a folder; give a file name"),
        ("/proc/version", "exists already; pass --force to replace it"),
        ("/dev/null", "cannot write /dev/null: it is not a regular file"),
        ("x" * 300 + ".txt", "the file name is too long"),
    ],
)
def test_bad_out_paths_give_one_line(capsys, tmp_path, monkeypatch, target, words):
    """A missing folder, a folder, a file of the kernel or a device, an impossible name."""
    monkeypatch.chdir(tmp_path)
    code, stdout, err = run(capsys, *LETTER, "--out", target)
    assert code == 2 and stdout == "" and err.count("\n") == 1
    assert err.startswith("opt-out: error: ") and words in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


@pytest.mark.parametrize("target", ["/proc/version", "/dev/null"])
def test_forcing_a_file_that_is_not_a_regular_file_is_refused(capsys, target):
    code, stdout, err = run(capsys, *LETTER, "--out", target, "--force")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"opt-out: error: cannot write {target}")


def test_exports_and_backups_are_private_and_never_overwrite_silently(capsys, tmp_path):
    for argv, name in (
        (["requests", "export", "--format", "json"], "requests.json"),
        (["requests", "export", "--format", "ics"], "deadlines.ics"),
        (["backup"], "backup.json"),
    ):
        out = tmp_path / name
        assert run(capsys, *argv, "--out", str(out))[0] == 0 and mode(out) == 0o600
        code, _, err = run(capsys, *argv, "--out", str(out))
        assert code == 2 and err == f"opt-out: error: {out} exists already; pass --force to replace it\n"
        assert run(capsys, *argv, "--out", str(out), "--force")[0] == 0 and mode(out) == 0o600
