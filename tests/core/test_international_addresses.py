"""International addresses: IDN domains go out in IDNA form; non-ASCII local parts need SMTPUTF8.

Sent through real aiosmtpd servers on 127.0.0.1, one offering SMTPUTF8 and one not.
"""

from __future__ import annotations

import email
import email.policy

import pytest

from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.delivery.outgoing import send_request
from opt_out_gui.core.delivery.smtp import DeliveryError, SmtpSettings, send_test_message
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import TrackerService
from tests.cli.helpers import run
from tests.delivery_helpers import draft_request, smtp_server

LOCAL = "évé@example.org"
IDN = "eve@bücher.example"
IDN_ASCII = "eve@xn--bcher-kva.example"


@pytest.fixture
def tracker(workspace):
    return TrackerService(workspace.store, load_catalog())


def settings(port: int, sender: str) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=port, security="none", user="", from_address=sender)


def parsed(data: bytes):
    """Read a message as an RFC 6532 reader does: the headers are UTF-8."""
    return email.message_from_string(data.decode("utf-8"), policy=email.policy.default)


@pytest.mark.parametrize("smtputf8", [True, False])
def test_an_idn_domain_is_sent_in_idna_form_by_any_server(tracker, smtputf8):
    request = draft_request(tracker, recipient="Bücher GmbH\nprivacy@bücher.example")
    with smtp_server(smtputf8=smtputf8) as server:
        sent = send_request(tracker, settings(server.port, IDN), None, Profile(name="Ève Zoë"), request.id)
    (received,) = server.received
    assert received.mail_from == IDN_ASCII
    assert received.rcpt_tos == ["privacy@xn--bcher-kva.example"]
    message = parsed(received.data)
    assert message["From"].addresses[0].addr_spec == IDN_ASCII
    assert message["From"].addresses[0].display_name == "Ève Zoë"
    assert message["To"].addresses[0].addr_spec == "privacy@xn--bcher-kva.example"
    assert b"=?utf-8?" not in received.data.split(b"\n")[0].split(b"<")[-1]  # no encoded word in the address
    assert sent.status == "sent"


def test_a_non_ascii_local_part_is_sent_where_the_server_speaks_smtputf8(tracker):
    request = draft_request(tracker)
    with smtp_server(smtputf8=True) as server:
        sent = send_request(tracker, settings(server.port, LOCAL), None, Profile(name="Ève"), request.id)
    (received,) = server.received
    assert received.mail_from == LOCAL
    message = parsed(received.data)
    assert message["From"].addresses[0].addr_spec == LOCAL
    assert "Ève <évé@example.org>".encode() in received.data  # RFC 6532: UTF-8 header, no encoded word
    assert sent.status == "sent" and sent.events[0].attachments[0].file_name.endswith("-sent.eml")


def test_a_non_ascii_local_part_is_refused_in_one_line_where_the_server_cannot_carry_it(tracker, data_dir):
    request = draft_request(tracker)
    with smtp_server(smtputf8=False) as server:
        with pytest.raises(DeliveryError) as refused:
            send_request(tracker, settings(server.port, LOCAL), None, Profile(name="Ève"), request.id)
        with pytest.raises(DeliveryError, match="SMTPUTF8"):
            send_test_message(settings(server.port, LOCAL), None)
    assert str(refused.value) == (
        f"127.0.0.1:{server.port} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), "
        f"as in {LOCAL}; nothing was sent. Use an address without them, or a mail server that supports them"
    )
    assert server.received == []
    after = tracker.get(request.id)
    assert after.status == "draft" and after.events == ()


@pytest.mark.parametrize("sender, expected", [(LOCAL, LOCAL), (IDN, IDN_ASCII)])
def test_eml_letters_carry_international_senders(capsys, tmp_path, sender, expected):
    out = tmp_path / "letter.eml"
    code, _, err = run(
        capsys,
        "letter",
        "adobe",
        "--law",
        "gdpr",
        "--type",
        "gdpr-objection-ai",
        "--name",
        "Ève Zoë",
        "--email",
        sender,
        "--address",
        "Rue 1",
        "--format",
        "eml",
        "--out",
        str(out),
    )
    assert code == 0, err
    message = parsed(out.read_bytes())
    assert message["From"].addresses[0].addr_spec == expected
    assert message["To"].addresses[0].addr_spec == "privacy@adobe.com"
    # (Python's parser flags any non-ASCII local part, though RFC 6532 allows it; the message is sound.)
    assert not message.defects


def test_the_cli_send_and_smtp_test_refuse_in_one_line(capsys, workspace):
    tracker = TrackerService(workspace.store, load_catalog())
    request = draft_request(tracker)
    with smtp_server(smtputf8=False) as server:
        code, _, err = run(
            capsys,
            "smtp",
            "set",
            "--host",
            "127.0.0.1",
            "--port",
            str(server.port),
            "--security",
            "none",
            "--from",
            LOCAL,
        )
        assert code == 0, err
        code, out, err = run(capsys, "send", str(request.id))
        assert code == 2 and out == "" and err.count("\n") == 1 and "SMTPUTF8" in err
        code, out, err = run(capsys, "smtp", "test")
        assert code == 2 and err.count("\n") == 1 and "SMTPUTF8" in err
    assert server.received == []
