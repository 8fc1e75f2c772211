"""Inputs that used to end in a traceback now give one line (or just work)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from opt_out_gui.core import updates
from opt_out_gui.core.catalog import load_catalog, shipped_catalog_dir
from opt_out_gui.core.tracker import Draft, TrackerService
from tests.catalog_helpers import new_private_key, signed_files
from tests.cli.helpers import data_checksum, run

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def sent_request(workspace):
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
    return tracker.record(request.id, "sent", date(2026, 3, 2))


def one_line(err: str) -> bool:
    return err.startswith("opt-out: error: ") and err.count("\n") == 1 and "Traceback" not in err


def test_a_non_utf8_argument_byte_is_one_line(data_dir):
    """Run as a real process: the shell hands over the raw byte."""
    done = subprocess.run(
        [sys.executable, "-m", "opt_out_gui.cli", "profile", "set", "--name", b"Ann \xff"],
        cwd=REPO,
        capture_output=True,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr == b"opt-out: error: argument 4 (b'Ann \\xff') is not valid UTF-8 text\n"
    assert not (data_dir / "opt-out.sqlite3").exists()


@pytest.mark.parametrize(
    "argv", [("requests", "show", "9" * 40), ("requests", "update", "9" * 40, "--status", "sent")]
)
def test_a_forty_digit_request_id_is_not_found(capsys, sent_request, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and one_line(err) and f"no request has the id or reference '{'9' * 40}'" in err


def test_port_0_is_refused_not_turned_into_465(capsys, data_dir):
    code, _, err = run(
        capsys, "smtp", "set", "--host", "smtp.example.org", "--from", "a@example.org", "--port", "0"
    )
    assert code == 2 and err == "opt-out: error: SMTP port 0 is not a number from 1 to 65535\n"
    code, out, _ = run(capsys, "smtp", "show")
    assert out.startswith("Email sending is not set up")


def test_checklist_undo_for_an_unknown_account_creates_nothing(capsys, data_dir):
    run(capsys, "checklist", "linkedin", "--add")
    before = data_checksum(data_dir)
    code, _, err = run(
        capsys, "checklist", "linkedin", "--account", "ghost", "--undo", "generative-ai-improvement"
    )
    assert code == 2 and err == "opt-out: error: no account 'ghost' for linkedin; nothing to undo\n"
    assert data_checksum(data_dir) == before


# Malformed encoded words that made Python's header parser raise (found by fuzzing).
BROKEN_FROM = [b'=?@[>:=?utf-8?q?=?=C3"', b"=C3GyRC@", b"=?iso-2022-jp?b??=", b':<?q?;<["<=?utf-8?q??q?']


@pytest.mark.parametrize("sender", BROKEN_FROM)
def test_a_reply_with_a_broken_from_header_is_recorded(capsys, sent_request, tmp_path, sender):
    reply = tmp_path / "reply.eml"
    reply.write_bytes(
        b"From: " + sender + b"\nSubject: Re: 2026-AAAAAAA\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n\nOk\n"
    )
    code, out, err = run(capsys, "requests", "import-reply", str(reply))
    assert code == 0, err
    assert out.startswith("Reply of 2026-03-02 recorded on 2026-AAAAAAA")
    code, out, _ = run(capsys, "requests", "show", "1", "--json")
    assert '"reply_received"' in out


def test_a_reply_nested_3000_parts_deep_is_one_line(capsys, sent_request, tmp_path, data_dir):
    data = b"From: a@example.org\nSubject: Re: 2026-AAAAAAA\nContent-Type: multipart/mixed; boundary=b0\n\n"
    for depth in range(3000):
        data += f"--b{depth}\nContent-Type: multipart/mixed; boundary=b{depth + 1}\n\n".encode()
    reply = tmp_path / "deep.eml"
    reply.write_bytes(data)
    before = data_checksum(data_dir)
    code, _, err = run(capsys, "requests", "import-reply", str(reply))
    assert code == 2 and one_line(err) and "nests too many message parts" in err
    assert data_checksum(data_dir) == before


@pytest.mark.parametrize(
    "date_header, words",
    [("Fri, 31 Dec 9999 10:00:00 +0000", "is in the future"), ("Mon, 1 Jan 0001 10:00:00 +0000", "before")],
)
def test_a_reply_dated_outside_the_laws_time_is_refused(capsys, sent_request, tmp_path, date_header, words):
    reply = tmp_path / "reply.eml"
    reply.write_bytes(f"From: a@example.org\nSubject: Re: 2026-AAAAAAA\nDate: {date_header}\n\nOk\n".encode())
    code, _, err = run(capsys, "requests", "import-reply", str(reply))
    assert code == 2 and one_line(err) and "(its Date header)" in err and words in err


def test_a_400_digit_bundle_version_is_refused_in_one_line(capsys, tmp_path):
    key, key_path = new_private_key(tmp_path)
    files = {"platforms/reddit.toml": (shipped_catalog_dir() / "reddit.toml").read_bytes()}
    bundle, signature = signed_files(files, 10**400, key)
    (tmp_path / "b.zip").write_bytes(bundle)
    (tmp_path / "b.zip.sig").write_bytes(signature)
    public = tmp_path / "key.pub"
    from cryptography.hazmat.primitives import serialization

    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    code, _, err = run(capsys, "catalog", "verify", str(tmp_path / "b.zip"), "--public-key", str(public))
    assert code == 2 and one_line(err)
    assert "manifest version 10000000000000000000... (401 digits) is not a whole number from 1 to" in err
    code, _, err = run(
        capsys,
        "catalog",
        "build",
        "--key",
        str(key_path),
        "--out",
        str(tmp_path / "o"),
        "--version",
        "9" * 400,
    )
    assert code == 2 and one_line(err) and "--version must be a whole number from 1 to" in err
    assert updates.bundle.MAX_VERSION >= 999999999999  # YYYYMMDDHHMM fits
