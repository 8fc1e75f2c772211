import email
import email.policy
import hashlib
import threading
import time
from dataclasses import replace
from datetime import date

import pytest
from keyring.backends import fail

from opt_out_gui.core import secrets
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.delivery.outgoing import build_request_message, send_request
from opt_out_gui.core.delivery.replies import import_reply
from opt_out_gui.core.delivery.smtp import (
    DeliveryCancelled,
    DeliveryError,
    SmtpSettings,
    load_smtp_settings,
    save_smtp_password,
    save_smtp_settings,
    send_test_message,
    smtp_password,
)
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import TrackerService
from tests.delivery_helpers import (
    BODY,
    COMPANY,
    ME,
    draft_request,
    files_containing,
    free_port,
    keyring_backend,
    self_signed_certificate,
    silent_server,
    smtp_server,
)

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def tracker(workspace):
    return TrackerService(workspace.store, load_catalog())


@pytest.fixture
def profile():
    return Profile(name="Jan de Vries", email=ME, address="Damrak 1\n1012 LG Amsterdam", country="NL")


def local_settings(port, user="", security="none"):
    return SmtpSettings(host="127.0.0.1", port=port, security=security, user=user, from_address=ME)


def parsed(data: bytes):
    return email.message_from_bytes(data, policy=email.policy.default)


def assert_unchanged(tracker, request, data_dir):
    after = tracker.get(request.id)
    assert (after.status, after.sent_at, after.events) == ("draft", None, ())
    attachments = data_dir / "attachments"
    assert not attachments.exists() or not any(attachments.iterdir())


# ---- settings ---------------------------------------------------------------------------


def test_settings_are_stored_without_the_password(workspace, memory_keyring):
    settings = SmtpSettings("smtp.mail.example", 587, "starttls", "jan", " Jan@Mail.example ")
    saved = save_smtp_settings(workspace.store, settings)
    save_smtp_password(saved, "correct horse")
    assert load_smtp_settings(workspace.store) == saved
    assert saved.from_address == "Jan@mail.example"  # the domain part is normalised
    assert smtp_password(saved) == "correct horse"
    stored = dict(workspace.store.connection.execute("SELECT key, value FROM settings").fetchall())
    assert "correct horse" not in stored.values()
    assert stored["smtp.security"] == "starttls"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (SmtpSettings("smtp.mail.example", 25, "none", "", ME), "allowed only for a server on this computer"),
        (SmtpSettings("smtp.mail.example", 25, "tls", "", ME), "'tls' is not one of: ssl, starttls, none"),
        (SmtpSettings("smtp.mail.example", 0, "ssl", "", ME), "port 0 is not a number from 1 to 65535"),
        (SmtpSettings("smtp mail", 465, "ssl", "", ME), "host 'smtp mail' is not a server name"),
        (SmtpSettings("smtp.mail.example", 465, "ssl", "", "jan@"), "sender address 'jan@'"),
    ],
)
def test_invalid_settings_name_the_field_and_store_nothing(workspace, settings, message):
    with pytest.raises(UserError, match=message):
        save_smtp_settings(workspace.store, settings)
    assert load_smtp_settings(workspace.store) is None


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1", "[::1]"])
def test_plain_smtp_is_allowed_to_this_computer(host):
    assert SmtpSettings(host, 25, "none", "", ME).validated().host == host.strip("[]")


# ---- sending a request --------------------------------------------------------------------


def test_a_sent_request_reaches_the_server_and_keeps_the_exact_message_as_evidence(
    tracker, profile, data_dir
):
    request = draft_request(tracker)
    with smtp_server(login=("jan", "pw-123")) as server:
        sent = send_request(
            tracker, local_settings(server.port, user="jan"), "pw-123", profile, request.id, cc_sender=True
        )
    [received] = server.received
    assert received.mail_from == ME
    assert received.rcpt_tos == [COMPANY, ME]
    message = parsed(received.data)
    assert request.reference in message["Subject"]
    assert message["To"] == COMPANY
    assert message["From"] == f"Jan de Vries <{ME}>"
    assert message.get_body(("plain",)).get_content().replace("\r\n", "\n") == BODY

    assert sent.status == "sent"
    assert sent.channel == "email"
    assert sent.sent_at == date.today()
    assert sent.deadline is not None and sent.deadline > date.today()
    [event] = sent.events
    assert event.kind == "sent"
    [evidence] = event.attachments
    assert evidence.sha256 == hashlib.sha256(received.data).hexdigest()
    assert (data_dir / evidence.stored_path).read_bytes() == received.data
    assert evidence.file_name.endswith(".eml")
    assert not list(data_dir.glob("staging-*"))


def test_the_pdf_is_attached_when_asked(tracker, profile):
    from opt_out_gui.core.delivery.outgoing import request_letter
    from opt_out_gui.pdf import letter_pdf_bytes

    request = draft_request(tracker)
    pdf = letter_pdf_bytes(request_letter(request, profile, tracker.catalog))
    with smtp_server() as server:
        send_request(tracker, local_settings(server.port), None, profile, request.id, pdf=pdf)
    [received] = server.received
    [attachment] = parsed(received.data).iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"{request.reference}.pdf"
    assert attachment.get_content().startswith(b"%PDF-")


def test_server_down_leaves_the_request_unchanged(tracker, profile, data_dir):
    request = draft_request(tracker)
    port = free_port()  # nothing listens there
    with pytest.raises(DeliveryError, match=f"127.0.0.1:{port}: connection refused"):
        send_request(tracker, local_settings(port), None, profile, request.id)
    assert_unchanged(tracker, request, data_dir)


def test_refused_login_leaves_the_request_unchanged(tracker, profile, data_dir):
    request = draft_request(tracker)
    with (
        smtp_server(login=("jan", "right")) as server,
        pytest.raises(DeliveryError, match="refused the user name or password \\(535"),
    ):
        send_request(tracker, local_settings(server.port, user="jan"), "wrong", profile, request.id)
    assert server.received == []
    assert_unchanged(tracker, request, data_dir)


def test_starttls_not_offered_stops_before_the_password_is_sent(tracker, profile, data_dir):
    request = draft_request(tracker)
    with smtp_server(login=("jan", "pw")) as server:
        settings = SmtpSettings("127.0.0.1", server.port, "starttls", "jan", ME)
        with pytest.raises(DeliveryError, match="does not offer STARTTLS"):
            send_request(tracker, settings, "pw", profile, request.id)
    assert server.received == []
    assert_unchanged(tracker, request, data_dir)


def test_rejected_recipient_leaves_the_request_unchanged(tracker, profile, data_dir):
    request = draft_request(tracker)
    with (
        smtp_server(reject={COMPANY}) as server,
        pytest.raises(DeliveryError, match=f"refused the recipient \\({COMPANY}: 550"),
    ):
        send_request(tracker, local_settings(server.port), None, profile, request.id)
    assert server.received == []
    assert_unchanged(tracker, request, data_dir)


def test_when_only_the_copy_to_me_is_accepted_the_request_is_not_sent(tracker, profile, data_dir):
    request = draft_request(tracker)
    with (
        smtp_server(reject={COMPANY}) as server,
        pytest.raises(DeliveryError, match="the company did not get the letter"),
    ):
        send_request(tracker, local_settings(server.port), None, profile, request.id, cc_sender=True)
    assert [r.rcpt_tos for r in server.received] == [[ME]]
    assert_unchanged(tracker, request, data_dir)


def test_cancelled_before_sending_sends_nothing(tracker, profile, data_dir):
    request = draft_request(tracker)
    cancel = threading.Event()
    cancel.set()
    with smtp_server() as server, pytest.raises(DeliveryCancelled, match="nothing was sent"):
        send_request(tracker, local_settings(server.port), None, profile, request.id, cancel_event=cancel)
    assert server.received == []
    assert_unchanged(tracker, request, data_dir)


def test_cancel_ends_a_wait_for_a_stuck_server_at_once(tracker, profile, data_dir):
    request = draft_request(tracker)
    cancel = threading.Event()
    outcome = []

    def send():
        try:
            send_request(tracker, local_settings(port), None, profile, request.id, cancel_event=cancel)
        except DeliveryError as error:
            outcome.append(error)

    with silent_server() as port:
        worker = threading.Thread(target=send)
        started = time.monotonic()
        worker.start()
        time.sleep(0.3)  # the client now waits for the server's greeting
        cancel.set()
        worker.join(timeout=10)
    assert time.monotonic() - started < 5  # far below the 30-second timeout
    assert [type(error) for error in outcome] == [DeliveryCancelled]
    assert_unchanged(tracker, request, data_dir)


def test_a_request_already_sent_is_not_sent_again(tracker, profile):
    request = draft_request(tracker)
    tracker.record(request.id, "sent", date.today())
    with smtp_server() as server, pytest.raises(UserError, match="is sent on .*only a draft can be sent"):
        send_request(tracker, local_settings(server.port), None, profile, request.id)
    assert server.received == []


def test_a_subject_without_the_reference_gets_it(tracker):
    request = draft_request(tracker)
    message = build_request_message(replace(request, subject="Objection"), ME)
    assert message["Subject"] == f"Objection ({request.reference})"


def test_the_password_is_nowhere_in_the_data_directory_or_log(
    workspace, tracker, profile, data_dir, memory_keyring
):
    password = "Zq9-unique-smtp-password"
    request = draft_request(tracker)
    with smtp_server(login=("jan", password), reject={"nobody@x.example"}) as server:
        settings = save_smtp_settings(workspace.store, local_settings(server.port, user="jan"))
        save_smtp_password(settings, password)
        send_request(tracker, settings, smtp_password(settings), profile, request.id)
        with pytest.raises(DeliveryError):
            send_request(tracker, settings, password, profile, draft_request(tracker, "nobody@x.example").id)
    assert server.received
    assert list(memory_keyring.passwords.values()) == [password]
    assert workspace.log_path.parent == data_dir and workspace.log_path.exists()
    assert files_containing(data_dir, password) == []


# ---- TLS ----------------------------------------------------------------------------------


def test_starttls_with_login_over_a_verified_certificate(tmp_path):
    certificate = self_signed_certificate(tmp_path)
    with smtp_server(login=("jan", "pw"), tls_context=certificate.server_context) as server:
        settings = SmtpSettings("127.0.0.1", server.port, "starttls", "jan", ME)
        assert send_test_message(settings, "pw", ssl_context=certificate.client_context) == ME
        with pytest.raises(DeliveryError, match="certificate of 127.0.0.1:.* could not be verified"):
            send_test_message(settings, "pw")  # the system's trust store does not know this certificate
    [received] = server.received
    assert received.rcpt_tos == [ME]
    assert parsed(received.data)["Subject"] == "Opt-Out Assistant: test message"


def test_no_password_for_a_login_is_a_clear_error():
    with pytest.raises(DeliveryError, match="no password for SMTP user jan"):
        send_test_message(local_settings(free_port(), user="jan"), None)


def test_without_a_keyring_the_password_is_not_saved_unless_memory_is_allowed():
    settings = local_settings(25, user="jan")
    with keyring_backend(fail.Keyring()):
        with pytest.raises(UserError, match="no usable password store"):
            save_smtp_password(settings, "pw")
        assert smtp_password(settings) is None
        assert save_smtp_password(settings, "pw", allow_memory=True) is secrets.Storage.MEMORY
        assert smtp_password(settings) == "pw"


# ---- replies -------------------------------------------------------------------------------


def reply_bytes(subject, sent_on=None):
    sent_on = sent_on or date.today()
    return (
        f"From: DPO <{COMPANY}>\r\nTo: {ME}\r\nSubject: {subject}\r\n"
        f"Date: {sent_on.strftime('%a, %d %b %Y')} 10:00:00 +0000\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nWe received your objection.\r\n"
    ).encode()


def test_a_reply_is_matched_by_the_reference_in_its_subject(tracker, tmp_path, data_dir):
    other = draft_request(tracker)
    request = draft_request(tracker)
    for each in (other, request):
        tracker.record(each.id, "sent", date.today(), channel="email")
    path = tmp_path / "reply.eml"
    path.write_bytes(reply_bytes(f"RE: Objection - reference {request.reference.lower()}"))
    imported = import_reply(tracker, path)
    assert imported.matched_by_reference
    assert imported.request.id == request.id
    event = imported.request.last_event("reply_received")
    assert event.date == date.today()
    assert COMPANY in event.note
    [evidence] = event.attachments
    assert evidence.file_name == "reply.eml"
    assert evidence.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (data_dir / evidence.stored_path).read_bytes() == path.read_bytes()
    assert tracker.get(other.id).last_event("reply_received") is None


def test_a_reply_without_a_reference_needs_the_request(tracker, tmp_path):
    request = draft_request(tracker)
    tracker.record(request.id, "sent", date.today(), channel="email")
    path = tmp_path / "reply.eml"
    path.write_bytes(reply_bytes("Your request"))
    with pytest.raises(UserError, match="no request reference .* in the subject"):
        import_reply(tracker, path)
    assert tracker.get(request.id).last_event("reply_received") is None
    imported = import_reply(tracker, path, request_id=request.id)
    assert not imported.matched_by_reference
    assert imported.request.last_event("reply_received").attachments[0].file_name == "reply.eml"


def test_pasted_reply_text_is_kept_as_text(tracker):
    request = draft_request(tracker)
    tracker.record(request.id, "sent", date.today(), channel="email")
    text = f"Thank you, we have stopped using your data.\nYour reference: {request.reference}\n"
    imported = import_reply(tracker, text)
    [evidence] = imported.request.last_event("reply_received").attachments
    assert evidence.file_name == f"reply-{request.reference}.txt"
    assert evidence.sha256 == hashlib.sha256(text.encode()).hexdigest()


def test_a_reply_to_a_draft_is_refused_and_nothing_is_kept(tracker, tmp_path, data_dir):
    request = draft_request(tracker)
    path = tmp_path / "reply.eml"
    path.write_bytes(reply_bytes(f"Re: {request.reference}"))
    with pytest.raises(UserError, match="is draft"):
        import_reply(tracker, path)
    assert_unchanged(tracker, request, data_dir)
    assert not list(data_dir.glob("staging-*"))


def test_a_letter_saved_from_the_composer_is_sent_to_the_controllers_privacy_address(workspace, profile):
    # The whole path a user takes: compose, keep as a request, send by email.
    from opt_out_gui.core.catalog import load_catalog
    from opt_out_gui.core.letters import compose_letter, draft_from_letter
    from opt_out_gui.core.references import new_reference

    catalog = load_catalog()
    adobe = catalog.get("adobe")
    privacy_email = adobe.controller_for("eu").email
    letter = compose_letter(
        adobe,
        "gdpr-objection-ai",
        "gdpr",
        "en",
        profile,
        account="maria@example.org",
        reference=new_reference(date.today()),
        today=date.today(),
    )
    tracker = TrackerService(workspace.store, catalog)
    request = tracker.create(draft_from_letter(letter))
    assert "\n" in request.recipient  # the stored block: entity, address, email
    with smtp_server() as server:
        sent = send_request(tracker, local_settings(server.port), None, profile, request.id)
    [received] = server.received
    assert received.rcpt_tos == [privacy_email]
    assert parsed(received.data)["To"] == privacy_email
    assert sent.status == "sent" and sent.deadline is not None
