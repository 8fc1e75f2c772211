import email
import email.policy
import hashlib
from datetime import date, timedelta

import pytest
from keyring.backends import fail
from PySide6.QtCore import QDate

from opt_out_gui.core.delivery.smtp import SmtpSettings, load_smtp_settings, save_smtp_settings, smtp_password
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import TrackerService
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui import send_dialog
from opt_out_gui.ui.pages.settings_email import EmailSettings
from opt_out_gui.ui.send_dialog import MarkSentDialog, SendDialog
from opt_out_gui.ui.widgets import date_text
from tests.delivery_helpers import (
    COMPANY,
    ME,
    draft_request,
    files_containing,
    free_port,
    keyring_backend,
    silent_server,
    smtp_server,
)
from tests.ui.dialogs import nothing_opens_links

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def workspace(data_dir):
    ws = open_workspace(str(data_dir))
    ws.profiles.save(
        Profile(name="Jan de Vries", email=ME, address="Damrak 1\n1012 LG Amsterdam", country="NL")
    )
    yield ws
    ws.close()


@pytest.fixture
def tracker(workspace, ctx):
    return TrackerService(workspace.store, ctx.catalog)


def email_page(qtbot, ctx):
    page = EmailSettings(ctx)
    qtbot.addWidget(page)
    return page


def fill(page, port, user="", security="none", host="127.0.0.1"):
    page.host.setText(host)
    page.security.setCurrentIndex(page.security.findData(security))
    page.port.setValue(port)
    page.user.setText(user)
    page.sender_address.setText(ME)


def wait_for_task(qtbot, widget):
    # The task may end before a test could start listening for its signal: wait for its effect
    # (the widget is no longer busy once the task's `finished` reached it on the GUI thread).
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=10_000)


def test_saving_puts_the_password_in_the_keyring_and_the_rest_in_settings(
    qtbot, ctx, workspace, memory_keyring, data_dir
):
    page = email_page(qtbot, ctx)
    assert "system's password store" in page.keyring_note.text()
    assert page.keep_in_memory.isHidden()
    assert page.sender_address.text() == ME  # offered from the profile
    fill(page, 2525, user="jan")
    page.password.setText("ui-secret-4711")
    page.save.click()
    assert page.status.text() == "Saved."
    saved = load_smtp_settings(workspace.store)
    assert (saved.host, saved.port, saved.security, saved.user) == ("127.0.0.1", 2525, "none", "jan")
    assert list(memory_keyring.passwords.values()) == ["ui-secret-4711"]
    assert page.password.text() == ""
    assert "saved in the keyring" in page.password.placeholderText()
    assert files_containing(data_dir, "ui-secret-4711") == []

    page.forget.click()
    assert page.status.text() == "Password forgotten."
    assert memory_keyring.passwords == {}
    assert page.password.placeholderText() == ""
    page.forget.click()
    assert page.status.text() == "No password was saved."


def test_without_a_keyring_the_page_says_so_and_offers_memory(qtbot, ctx, workspace, data_dir):
    with keyring_backend(fail.Keyring()):
        page = email_page(qtbot, ctx)
        assert "no usable password store" in page.keyring_note.text()
        assert not page.keep_in_memory.isHidden()
        fill(page, 2525, user="jan")
        page.password.setText("ram-only-0815")
        page.save.click()
        assert not page.error.isHidden()
        assert "Keep the password in memory" in page.error.text()
        assert load_smtp_settings(workspace.store) is None

        page.keep_in_memory.setChecked(True)
        page.save.click()
        assert page.error.isHidden()
        settings = load_smtp_settings(workspace.store)
        assert smtp_password(settings) == "ram-only-0815"
        assert "kept in memory until the app closes" in page.password.placeholderText()
    assert files_containing(data_dir, "ram-only-0815") == []


def test_plain_smtp_to_a_remote_server_is_refused_on_the_page(qtbot, ctx, workspace):
    page = email_page(qtbot, ctx)
    fill(page, 25, host="smtp.mail.example")
    page.save.click()
    assert "allowed only for a server on this computer" in page.error.text()
    assert load_smtp_settings(workspace.store) is None


def test_changing_security_follows_the_usual_port(qtbot, ctx):
    page = email_page(qtbot, ctx)
    page.security.setCurrentIndex(page.security.findData("starttls"))
    assert page.port.value() == 587
    page.port.setValue(2587)
    page.security.setCurrentIndex(page.security.findData("ssl"))
    assert page.port.value() == 2587  # a port the user chose stays


def test_send_test_message_reports_success_in_the_background(qtbot, ctx):
    page = email_page(qtbot, ctx)
    with smtp_server(login=("jan", "pw")) as server:
        fill(page, server.port, user="jan")
        page.password.setText("pw")
        page.test.click()
        assert page.is_busy() and not page.cancel.isHidden() and not page.test.isEnabled()
        wait_for_task(qtbot, page)
    assert page.status.text() == f"Test message sent to {ME}. Check that it arrived."
    assert [r.rcpt_tos for r in server.received] == [[ME]]
    assert page.test.isEnabled() and page.cancel.isHidden()


def test_send_test_message_shows_the_server_error(qtbot, ctx):
    page = email_page(qtbot, ctx)
    with smtp_server(login=("jan", "right")) as server:
        fill(page, server.port, user="jan")
        page.password.setText("wrong")
        page.test.click()
        wait_for_task(qtbot, page)
    assert "refused the user name or password (535" in page.error.text()
    assert page.status.text() == ""


def test_a_stuck_test_can_be_cancelled(qtbot, ctx):
    page = email_page(qtbot, ctx)
    with silent_server() as port:
        fill(page, port)
        page.test.click()
        qtbot.wait(200)
        page.cancel.click()
        wait_for_task(qtbot, page)
    assert "cancelled; nothing was sent" in page.error.text()


# ---- send dialog ---------------------------------------------------------------------------


def send_dialog_for(qtbot, ctx, request):
    dialog = SendDialog(ctx, request.id)
    qtbot.addWidget(dialog)
    return dialog


def test_sending_from_the_dialog_marks_the_request_sent_with_evidence(
    qtbot, ctx, workspace, tracker, data_dir
):
    request = draft_request(tracker)
    with smtp_server() as server:
        save_smtp_settings(workspace.store, SmtpSettings("127.0.0.1", server.port, "none", "", ME))
        dialog = send_dialog_for(qtbot, ctx, request)
        dialog.attach_pdf.setChecked(True)
        dialog.send.click()
        assert not dialog.close_buttons.isEnabled()
        wait_for_task(qtbot, dialog)
    [received] = server.received
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    assert received.rcpt_tos == [COMPANY]
    assert request.reference in message["Subject"]
    assert [a.get_content_type() for a in message.iter_attachments()] == ["application/pdf"]
    sent = tracker.get(request.id)
    assert dialog.updated == sent
    assert (sent.status, sent.channel) == ("sent", "email")
    assert sent.last_event("sent").attachments[0].sha256 == hashlib.sha256(received.data).hexdigest()
    assert f"Sent to {COMPANY} on {date_text(date.today())}" in dialog.status.text()
    assert not dialog.send.isEnabled()


def test_a_rejected_recipient_is_shown_and_the_request_stays_a_draft(qtbot, ctx, workspace, tracker):
    request = draft_request(tracker)
    with smtp_server(reject={COMPANY}) as server:
        save_smtp_settings(workspace.store, SmtpSettings("127.0.0.1", server.port, "none", "", ME))
        dialog = send_dialog_for(qtbot, ctx, request)
        dialog.send.click()
        wait_for_task(qtbot, dialog)
    assert "refused the recipient" in dialog.error.text()
    assert tracker.get(request.id).status == "draft"
    assert dialog.updated is None
    assert dialog.send.isEnabled()


def test_without_smtp_settings_only_the_hand_off_is_offered(qtbot, ctx, tracker):
    dialog = send_dialog_for(qtbot, ctx, draft_request(tracker))
    assert not dialog.send.isEnabled()
    assert dialog.mail_link.button.isEnabled() and dialog.mark_sent.isEnabled()


def test_save_eml_writes_the_letter_for_a_mail_program(qtbot, ctx, tracker, tmp_path, monkeypatch):
    request = draft_request(tracker)
    target = tmp_path / "letter.eml"
    monkeypatch.setattr(send_dialog.QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    dialog = send_dialog_for(qtbot, ctx, request)
    dialog.save_eml.click()
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == COMPANY
    assert request.reference in message["Subject"]
    assert "I object to the use of my data" in message.get_content()
    assert "I sent it" in dialog.status.text()


def test_open_in_mail_program_passes_a_mailto_link(qtbot, ctx, tracker, link_receiver):
    dialog = send_dialog_for(qtbot, ctx, draft_request(tracker))
    assert dialog.mail_link.link_text.text() == COMPANY
    dialog.mail_link.button.click()
    [url] = link_receiver
    assert url.startswith(f"mailto:{COMPANY}?subject=")
    assert "I sent it" in dialog.status.text()


@nothing_opens_links
def test_when_no_mail_program_opens_the_dialog_says_so(qtbot, ctx, tracker):
    dialog = send_dialog_for(qtbot, ctx, draft_request(tracker))
    dialog.mail_link.button.click()
    assert dialog.mail_link.failure.isVisibleTo(dialog)
    assert "Save the .eml" in dialog.mail_link.failure.text()
    assert dialog.status.text() == ""


def test_i_sent_it_records_the_date_and_channel(qtbot, ctx, tracker):
    request = draft_request(tracker)
    dialog = MarkSentDialog(ctx, request.id)
    qtbot.addWidget(dialog)
    yesterday = date.today() - timedelta(days=1)
    dialog.sent_on.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
    dialog.note.setText("registered letter RR123")
    dialog.accept()
    sent = tracker.get(request.id)
    assert (sent.status, sent.channel, sent.sent_at) == ("sent", "post", yesterday)
    assert sent.last_event("sent").note == "registered letter RR123"
    assert dialog.updated == sent


def test_free_port_is_closed_for_the_server_down_case(qtbot, ctx, workspace, tracker):
    request = draft_request(tracker)
    port = free_port()
    save_smtp_settings(workspace.store, SmtpSettings("127.0.0.1", port, "none", "", ME))
    dialog = send_dialog_for(qtbot, ctx, request)
    dialog.send.click()
    wait_for_task(qtbot, dialog)
    assert f"127.0.0.1:{port}: connection refused" in dialog.error.text()
    assert tracker.get(request.id).status == "draft"
