import hashlib
import io
from datetime import date

import pytest
from keyring.backends import fail

from opt_out_gui.cli import main
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.tracker import TrackerService
from tests.delivery_helpers import (
    COMPANY,
    ME,
    draft_request,
    free_port,
    keyring_backend,
    smtp_server,
)

pytestmark = pytest.mark.usefixtures("memory_keyring")


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def smtp_set(capsys, monkeypatch, port, *extra, stdin=""):
    args = ["smtp", "set", "--host", "127.0.0.1", "--port", str(port), "--security", "none", "--from", ME]
    return run(capsys, monkeypatch, *args, *extra, stdin=stdin)


def test_set_saves_the_password_in_the_keyring_only(capsys, monkeypatch, memory_keyring, data_dir):
    code, out, err = smtp_set(
        capsys, monkeypatch, 2525, "--user", "jan", "--password-stdin", stdin="pw word\n"
    )
    assert (code, err) == (0, "")
    assert "Password saved in the OS keyring" in out
    assert list(memory_keyring.passwords.values()) == ["pw word"]
    code, out, _ = run(capsys, monkeypatch, "smtp", "show")
    assert "127.0.0.1:2525 (none, user jan), sender jan@mail.example" in out
    assert "Password: saved in the OS keyring" in out
    assert "pw word" not in out


def test_plain_smtp_to_another_host_is_refused_with_one_line(capsys, monkeypatch):
    code, out, err = run(
        capsys, monkeypatch, "smtp", "set", "--host", "smtp.mail.example", "--security", "none", "--from", ME
    )
    assert code == 2
    assert err.count("\n") == 1
    assert "security 'none'" in err and "choose ssl or starttls" in err
    _, out, _ = run(capsys, monkeypatch, "smtp", "show")
    assert "not set up" in out


def test_without_a_keyring_set_with_a_password_saves_nothing(capsys, monkeypatch):
    with keyring_backend(fail.Keyring()):
        code, _, err = smtp_set(capsys, monkeypatch, 2525, "--user", "jan", "--password-stdin", stdin="pw\n")
    assert code == 2
    assert "no usable password store" in err
    _, out, _ = run(capsys, monkeypatch, "smtp", "show")
    assert "not set up" in out


def test_smtp_test_sends_to_the_sender_address(capsys, monkeypatch):
    with smtp_server(login=("jan", "pw")) as server:
        smtp_set(capsys, monkeypatch, server.port, "--user", "jan", "--password-stdin", stdin="pw\n")
        code, out, err = run(capsys, monkeypatch, "smtp", "test")
    assert (code, err) == (0, "")
    assert f"Test message sent to {ME}" in out
    assert [r.rcpt_tos for r in server.received] == [[ME]]


def test_send_marks_the_request_sent_with_the_evidence_hash(capsys, monkeypatch, workspace):
    tracker = TrackerService(workspace.store, load_catalog())
    request = draft_request(tracker)
    with smtp_server() as server:
        smtp_set(capsys, monkeypatch, server.port)
        code, out, err = run(capsys, monkeypatch, "send", request.reference, "--cc-me")
    assert (code, err) == (0, "")
    [received] = server.received
    assert received.rcpt_tos == [COMPANY, ME]
    digest = hashlib.sha256(received.data).hexdigest()
    assert f"SHA-256 {digest}" in out
    sent = tracker.get(request.id)
    assert (sent.status, sent.channel, sent.sent_at) == ("sent", "email", date.today())
    assert sent.last_event("sent").attachments[0].sha256 == digest


def test_send_to_a_server_that_is_down_changes_nothing(capsys, monkeypatch, workspace):
    tracker = TrackerService(workspace.store, load_catalog())
    request = draft_request(tracker)
    port = free_port()
    smtp_set(capsys, monkeypatch, port)
    code, out, err = run(capsys, monkeypatch, "send", str(request.id))
    assert code == 2
    assert f"127.0.0.1:{port}: connection refused" in err
    assert tracker.get(request.id).status == "draft"


def test_send_without_settings_says_how_to_set_up(capsys, monkeypatch, workspace):
    request = draft_request(TrackerService(workspace.store, load_catalog()))
    code, _, err = run(capsys, monkeypatch, "send", str(request.id))
    assert code == 2
    assert "opt-out smtp set" in err


def run_import_reply(*argv):
    """`opt-out requests import-reply ...` through the real command line."""
    return main(["requests", *argv])


def test_import_reply_records_it_on_the_request_named_in_the_subject(capsys, workspace, tmp_path):
    tracker = TrackerService(workspace.store, load_catalog())
    request = draft_request(tracker)
    tracker.record(request.id, "sent", date.today(), channel="email")
    reply = tmp_path / "answer.eml"
    reply.write_bytes(
        f"From: {COMPANY}\r\nSubject: Re: {request.reference}\r\n\r\nWe stopped the processing.\r\n".encode()
    )
    assert run_import_reply("import-reply", str(reply)) == 0
    assert (
        f"recorded on {request.reference} (matched by the reference in the subject)"
        in capsys.readouterr().out
    )
    [evidence] = tracker.get(request.id).last_event("reply_received").attachments
    assert evidence.sha256 == hashlib.sha256(reply.read_bytes()).hexdigest()


class Terminal(io.StringIO):
    """Typed answers, as stdin of a terminal."""

    def isatty(self):
        return True


def sent_request_and_reply(workspace, tmp_path, text):
    tracker = TrackerService(workspace.store, load_catalog())
    request = draft_request(tracker)
    tracker.record(request.id, "sent", date.today(), channel="email")
    reply = tmp_path / "answer.eml"
    reply.write_bytes(f"From: {COMPANY}\r\nSubject: Re: {request.reference}\r\n\r\n{text}\r\n".encode())
    return tracker, request, reply


REFUSAL = "We cannot identify you as the data subject; we could not locate an account."


def test_import_reply_records_the_outcome_given(capsys, workspace, tmp_path):
    tracker, request, reply = sent_request_and_reply(workspace, tmp_path, REFUSAL)
    assert run_import_reply("import-reply", str(reply), "--outcome", "refused", "--reason", "no_match") == 0
    out = capsys.readouterr().out
    assert "Recorded what it says: refused (no match). Status: Refused." in out
    stored = tracker.get(request.id)
    assert (stored.status, stored.refusal_reason) == ("refused", "no_match")
    assert [e.kind for e in stored.events][-2:] == ["reply_received", "refused"]


def test_import_reply_without_an_outcome_shows_the_guess_and_its_command(capsys, workspace, tmp_path):
    tracker, request, reply = sent_request_and_reply(workspace, tmp_path, REFUSAL)
    assert run_import_reply("import-reply", str(reply)) == 0
    out = capsys.readouterr().out
    guess = tracker.get(request.id)
    assert guess.status == "sent"  # a guess is never recorded unasked
    assert f"opt-out requests update {request.reference} --status refused --reason " in out


def test_import_reply_in_a_terminal_asks_with_the_guess_as_default(capsys, monkeypatch, workspace, tmp_path):
    tracker, request, reply = sent_request_and_reply(workspace, tmp_path, REFUSAL)
    monkeypatch.setattr("sys.stdin", Terminal("\n"))
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert run_import_reply("import-reply", str(reply)) == 0
    assert "What does the reply say?" in capsys.readouterr().out
    assert tracker.get(request.id).status == "refused"


def test_import_reply_in_a_terminal_takes_another_choice_and_asks_the_reason(
    capsys, monkeypatch, workspace, tmp_path
):
    tracker, request, reply = sent_request_and_reply(workspace, tmp_path, "Here is your data.")
    # 9 is no choice (asked again); 3 is "refused"; then the reason, 2 ("no match").
    monkeypatch.setattr("sys.stdin", Terminal("9\n3\n2\n"))
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert run_import_reply("import-reply", str(reply)) == 0
    assert "Please type a number from 0 to 5." in capsys.readouterr().out
    stored = tracker.get(request.id)
    assert (stored.status, stored.refusal_reason) == ("refused", "no_match")


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        (["--outcome", "refused"], "give the reason for the refusal with --reason"),
        (["--reason", "no_match"], "--reason goes with --outcome refused"),
    ],
)
def test_import_reply_with_an_incomplete_outcome_records_nothing(capsys, workspace, tmp_path, extra, problem):
    tracker, request, reply = sent_request_and_reply(workspace, tmp_path, REFUSAL)
    assert run_import_reply("import-reply", str(reply), *extra) == 2
    assert problem in capsys.readouterr().err
    assert [e.kind for e in tracker.get(request.id).events][-1] == "sent"
