import hashlib
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from PySide6.QtCore import QDate, QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from opt_out_gui.core.laws import compute_deadline
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui.pages.requests import (
    DAYS_LEFT,
    DEADLINE,
    DUE_SOON,
    OVERDUE,
    PAGE_ROWS,
    PLATFORM,
    REQUEST_ID_ROLE,
    PasteReplyDialog,
    ReplyOutcomeDialog,
    RequestsPage,
)
from opt_out_gui.ui.send_dialog import MarkSentDialog, SendDialog
from opt_out_gui.ui.widgets import date_text, short_date_text
from tests.ui.dialogs import answer_dialog, nothing_opens_links, offscreen_dialog

# A Sunday. The deadlines below come from the real law engine: under the GDPR one month
# after sending, moved off Saturdays, Sundays and (LinkedIn's controller is in Ireland)
# Irish public holidays; under the CCPA 45 calendar days, moved off California holidays only.
TODAY = date(2026, 3, 1)
REQUEST_TYPES = {"gdpr": "gdpr-objection-ai", "ccpa": "ccpa-delete"}


@pytest.fixture
def workspace(data_dir):
    ws = open_workspace(str(data_dir))
    ws.profiles.save(Profile(name="Jan", country="NL"))
    yield ws
    ws.close()


@pytest.fixture
def service(workspace, ctx):
    return TrackerService(workspace.store, ctx.catalog)


# A recipient block as the composer saves it for an email letter (an example address).
EMAIL_RECIPIENT = "LinkedIn Ireland Unlimited Company\nprivacy@company.example"


def add(service, reference, platform="linkedin", sent_days_ago=None, law="gdpr", recipient=EMAIL_RECIPIENT):
    request = service.create(
        Draft(
            reference=reference,
            platform=platform,
            type=REQUEST_TYPES[law],
            law=law,
            language="en",
            recipient=recipient,
            subject=f"Objection {reference}",
            body=f"Letter body of {reference}",
            channel="email",
        )
    )
    if sent_days_ago is not None:
        service.record(request.id, "sent", TODAY - timedelta(days=sent_days_ago))
    return request


def make_page(qtbot, ctx, service):
    page = RequestsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.refresh()
    return page


def visible_text(widget):
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def column(page, number):
    return [page.model.index(row, number).data() for row in range(page.model.rowCount())]


def timeline_lines(page):
    """The timeline's lines without their dates."""
    return [page.timeline.item(i).text().split("  ", 1)[1] for i in range(page.timeline.count())]


def search_for(qtbot, page, text):
    """Type into the search field, and wait for the pause after which the search runs."""
    page.search.setText(text)
    assert page.search_pause.isActive()  # not searched at once: typing goes on
    qtbot.waitUntil(lambda: not page.search_pause.isActive())


def test_new_user_sees_what_to_do(qtbot, ctx, service):
    page = make_page(qtbot, ctx, service)
    assert page.pages.currentIndex() == 0
    assert "You have no requests yet" in visible_text(page)
    with qtbot.waitSignal(ctx.compose_letter_requested) as blocker:
        page.empty_open_letters.click()
    assert blocker.args == ["", "", 0]


def test_table_filters_searches_and_sorts(qtbot, ctx, service):
    add(service, "2026-AAAAAAA", sent_days_ago=41)  # 2026-01-19 + 1 month = Thu 2026-02-19: overdue 10 d
    add(service, "2026-BBBBBBB", platform="reddit", sent_days_ago=23)  # 2026-02-06 -> Fri 03-06: 5 left
    # 2026-02-28 + 1 month = Sat 2026-03-28, moved to Monday 2026-03-30: 29 days left.
    add(service, "2026-CCCCCCC", platform="reddit", sent_days_ago=1)
    add(service, "2026-DDDDDDD")  # draft
    page = make_page(qtbot, ctx, service)
    assert page.pages.currentIndex() == 1
    assert page.count.text() == "4 of 4"
    # Sorted by deadline, undated drafts last.
    assert column(page, DEADLINE) == [
        short_date_text(date(2026, 2, 19)),
        short_date_text(date(2026, 3, 6)),
        short_date_text(date(2026, 3, 30)),
        "",
    ]
    # The table words days left as the detail pane, the dashboard and the CLI do.
    assert column(page, 5)[:2] == ["overdue by 10 days", "5 days left"]

    page.show_filter.setCurrentIndex(OVERDUE)
    assert column(page, PLATFORM) == ["LinkedIn"]
    page.show_filter.setCurrentIndex(DUE_SOON)
    assert column(page, DEADLINE) == [short_date_text(date(2026, 3, 6))]
    page.show_filter.setCurrentIndex(0)
    page.platform_filter.setCurrentIndex(page.platform_filter.findData("reddit"))
    assert page.count.text() == "2 of 4"
    page.platform_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert page.model.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    search_for(qtbot, page, "cccc")
    assert column(page, DEADLINE) == [short_date_text(date(2026, 3, 30))]
    assert page.count.text() == "1 of 4"
    search_for(qtbot, page, "Objection ddd")  # the type's title, and a word of the reference
    assert column(page, DEADLINE) == [""]
    search_for(qtbot, page, "")

    page.table.horizontalHeader().setSortIndicator(DEADLINE, Qt.SortOrder.DescendingOrder)
    assert column(page, DEADLINE) == [
        short_date_text(date(2026, 3, 30)),
        short_date_text(date(2026, 3, 6)),
        short_date_text(date(2026, 2, 19)),
        "",
    ]
    page.table.horizontalHeader().setSortIndicator(PLATFORM, Qt.SortOrder.AscendingOrder)
    assert column(page, PLATFORM) == ["LinkedIn", "LinkedIn", "Reddit", "Reddit"]


def test_a_large_list_counts_beside_the_gui_and_shows_only_the_latest_count(qtbot, ctx, service, monkeypatch):
    from opt_out_gui.ui.pages import requests as requests_page

    monkeypatch.setattr(requests_page, "COUNT_APART_FROM", 0)  # as with 5,000 requests and more
    add(service, "2026-AAAAAAA", sent_days_ago=41)
    add(service, "2026-BBBBBBB", platform="reddit", sent_days_ago=23)
    add(service, "2026-CCCCCCC", platform="reddit", sent_days_ago=1)
    page = make_page(qtbot, ctx, service)
    assert page.count.text() == "3 of 3"  # unfiltered: the total, no count needed
    page.platform_filter.setCurrentIndex(page.platform_filter.findData("reddit"))
    assert page.count.text() == "… of 3"  # the rows are listed before the count comes
    assert column(page, PLATFORM) == ["Reddit", "Reddit"]
    page.show_filter.setCurrentIndex(OVERDUE)  # before the first count has come back
    qtbot.waitUntil(lambda: page.count.text() != "… of 3")
    qtbot.wait(100)  # the reddit count (2) arrives too, and must not replace the newer one
    assert page.count.text() == "0 of 3"


def test_detail_shows_letter_next_step_and_records_events(qtbot, ctx, service, tmp_path):
    request = add(service, "2026-AAAAAAA", sent_days_ago=41)  # deadline 2026-02-19, as above
    page = make_page(qtbot, ctx, service)
    assert page.current.reference == "2026-AAAAAAA"
    assert "Letter body of 2026-AAAAAAA" in page.letter.toPlainText()
    assert page.next_step.text() == "Next step: Overdue by 10 days: send a reminder."
    assert not page.send_button.isVisibleTo(page) and not page.mark_sent_button.isVisibleTo(page)
    with qtbot.waitSignal(ctx.compose_letter_requested) as blocker:
        page.write_letter.click()
    assert blocker.args == ["linkedin", "gdpr-reminder", request.id]

    # Only the events the status allows are offered.
    kinds = [page.event_kind.itemData(i) for i in range(page.event_kind.count())]
    assert "sent" not in kinds and "reopened" not in kinds and "refused" in kinds
    reply = tmp_path / "reply.txt"
    reply.write_text("We need your ID.")
    page.event_kind.setCurrentIndex(page.event_kind.findData("refused"))
    assert page.event_reason.isVisibleTo(page)
    page.event_reason.setCurrentIndex(page.event_reason.findData("insufficient_verification"))
    page.event_note.setText("asked for a passport copy")
    page._attachments = [reply]
    with qtbot.waitSignal(ctx.requests_changed):
        page.record_button.click()
    assert not page.event_error.isVisibleTo(page)
    stored = service.find("2026-AAAAAAA")
    assert (stored.status, stored.refusal_reason) == ("refused", "insufficient_verification")
    assert stored.events[-1].note == "asked for a passport copy"
    assert stored.events[-1].attachments[0].file_name == "reply.txt"
    assert page.current.status == "refused"
    assert "Refused: asked for a passport copy  (1 attached file)" in timeline_lines(page)
    assert page.attachment_list.count() == 1
    assert column(page, 2) == ["Refused"]
    kinds = [page.event_kind.itemData(i) for i in range(page.event_kind.count())]
    assert "fulfilled" not in kinds and "reopened" in kinds


def test_record_errors_are_shown_and_change_nothing(qtbot, ctx, service):
    add(service, "2026-AAAAAAA", sent_days_ago=10)
    page = make_page(qtbot, ctx, service)
    page.event_kind.setCurrentIndex(page.event_kind.findData("acknowledged"))
    page.event_date.setDate(page.event_date.date().addDays(-30))  # before it was sent
    with qtbot.assertNotEmitted(ctx.requests_changed):
        page.record_button.click()
    assert page.event_error.isVisibleTo(page) and "before the request was sent" in page.event_error.text()
    assert service.find("2026-AAAAAAA").status == "sent"


def test_loading_the_table_runs_the_same_queries_for_few_or_many_requests(qtbot, ctx, service, workspace):
    def statements_for_refresh(page):
        seen = []
        workspace.store.connection.set_trace_callback(seen.append)
        page.current = None
        page.refresh()
        workspace.store.connection.set_trace_callback(None)
        return len(seen)

    for number in range(5):
        add(service, f"2026-A{number:06d}", sent_days_ago=number)
    page = make_page(qtbot, ctx, service)
    few = statements_for_refresh(page)
    for number in range(200):
        add(service, f"2026-B{number:06d}", sent_days_ago=number % 60)
    many = statements_for_refresh(page)
    assert page.model.rowCount() == PAGE_ROWS  # the first rows; the table reads more as it scrolls
    assert page.count.text() == "205 of 205"
    assert many <= few  # a page of rows and the counts, however many requests there are
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 205)


def test_detail_shows_deadlines_acknowledgement_and_days_left(qtbot, ctx, service):
    # CCPA, sent Saturday 2026-02-14: receipt confirmed within 10 business days (Presidents'
    # Day 02-16 skipped) by 2026-03-02; 45 days give 2026-03-31, Cesar Chavez Day, so the
    # deadline is 2026-04-01 (31 days left); the extension runs to 90 days, 2026-05-15.
    sent_on = TODAY - timedelta(days=15)
    expected = compute_deadline("ccpa", sent_on, "ccpa-delete")  # the tracker passes no country here
    request = add(service, "2026-AAAAAAA", sent_days_ago=15, law="ccpa")
    page = make_page(qtbot, ctx, service)
    facts = page.facts.text()
    assert f"receipt to be confirmed by {date_text(expected.acknowledge_by)}" in facts
    assert f"Deadline {date_text(expected.deadline)} · {(expected.deadline - TODAY).days} days left" in facts

    service.record(request.id, "acknowledged", TODAY - timedelta(days=12))
    service.record(request.id, "extended", TODAY - timedelta(days=11))
    page.current = None
    page.refresh()
    extended = expected.extended_deadline
    facts = page.facts.text()
    assert f"acknowledged {date_text(TODAY - timedelta(days=12))}" in facts
    assert "receipt to be confirmed" not in facts
    assert f"extended to {date_text(extended)} · {(extended - TODAY).days} days left" in facts
    assert column(page, DEADLINE) == [short_date_text(extended)]
    assert column(page, DAYS_LEFT) == [f"{(extended - TODAY).days} days left"]


def test_detail_says_how_far_overdue(qtbot, ctx, service):
    # CCPA: 2026-01-13 + 45 days = Friday 2026-02-27 (Code Civ. Proc. § 12); today is 1 March.
    add(service, "2026-AAAAAAA", sent_days_ago=47, law="ccpa")
    page = make_page(qtbot, ctx, service)
    assert page.facts.text().endswith(f"Deadline {date_text(date(2026, 2, 27))} · overdue by 2 days")
    # Sent by email: the company had it the same day, and the pane says where the deadline counts from.
    assert (
        f"Deadline counted from receipt on {date_text(date(2026, 1, 13))} (the day it was sent)"
        in page.facts.text()
    )


def test_a_draft_without_an_email_address_is_not_offered_for_sending_by_email(qtbot, ctx, service):
    add(
        service,
        "2026-AAAAAAA",
        recipient="LinkedIn Ireland Unlimited Company\nhttps://company.example/privacy-form",
    )
    page = make_page(qtbot, ctx, service)
    assert not page.send_button.isVisibleTo(page)  # a web-form letter: nowhere to email it
    assert page.mark_sent_button.isVisibleTo(page)  # "I sent it" records the form sent


@offscreen_dialog
def test_marking_a_draft_sent_through_the_dialog_starts_its_deadline(qtbot, ctx, service):
    draft = add(service, "2026-AAAAAAA")
    page = make_page(qtbot, ctx, service)
    assert page.send_button.isVisibleTo(page) and page.mark_sent_button.isVisibleTo(page)
    assert not page.write_letter.isVisibleTo(page)
    assert not page.add_reply.isVisibleTo(page)  # nobody can answer a letter not yet sent
    sent_on = QDate.currentDate().addDays(-2)

    def mark_sent(dialog):
        assert dialog.request.id == draft.id
        dialog.sent_on.setDate(sent_on)
        dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
        dialog.note.setText("registered letter RR123")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(MarkSentDialog, mark_sent)
    with qtbot.waitSignal(ctx.requests_changed):
        page.mark_sent_button.click()
    stored = service.get(draft.id)
    assert (stored.status, stored.channel, stored.sent_at) == ("sent", "post", sent_on.toPython())
    assert stored.deadline is not None and stored.deadline > stored.sent_at
    assert stored.events[-1].note == "registered letter RR123"
    assert page.current.status == "sent"
    assert column(page, 3) == [short_date_text(sent_on.toPython())]
    assert f"Deadline {date_text(stored.deadline)}" in page.facts.text()
    assert not page.mark_sent_button.isVisibleTo(page)
    assert page.add_reply.isVisibleTo(page)


@offscreen_dialog
def test_the_received_date_defaults_per_channel_and_the_deadline_counts_from_it(qtbot, ctx, service):
    # GDPR Art. 12(3): "within one month of receipt". The user (NL) posts to LinkedIn's Irish
    # controller: no published delivery time covers a letter between two countries, so the
    # received date defaults to the send date, marked as an estimate; by email it is the same day.
    draft = add(service, "2026-AAAAAAA")
    page = make_page(qtbot, ctx, service)
    sent_on = QDate(2026, 2, 2)
    received_on = QDate(2026, 2, 6)

    def mark_sent(dialog):
        dialog.sent_on.setDate(sent_on)
        assert dialog.received_on.date() == sent_on
        assert "the day they are sent" in dialog.receipt_hint.text()
        dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
        assert dialog.received_on.date() == sent_on
        assert "No published delivery time" in dialog.receipt_hint.text()
        dialog.received_on.setDate(received_on)  # the tracking says it arrived on Friday
        assert "day you entered" in dialog.receipt_hint.text()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(MarkSentDialog, mark_sent)
    with qtbot.waitSignal(ctx.requests_changed):
        page.mark_sent_button.click()
    stored = service.get(draft.id)
    assert (stored.received_at, stored.received_basis) == (received_on.toPython(), "entered")
    # 6 Feb 2026 + one month = Friday 6 March 2026 (not 2 March, counted from sending).
    assert stored.deadline == date(2026, 3, 6)
    assert (
        f"Deadline counted from receipt on {date_text(date(2026, 2, 6))} (the date you entered)"
        in page.facts.text()
    )


@offscreen_dialog
def test_closing_the_send_dialog_changes_nothing(qtbot, ctx, service):
    draft = add(service, "2026-AAAAAAA")
    page = make_page(qtbot, ctx, service)
    answer_dialog(SendDialog, lambda dialog: dialog.close_buttons.rejected.emit())
    with qtbot.assertNotEmitted(ctx.requests_changed):
        page.send_button.click()
    assert service.get(draft.id).status == "draft"
    assert page.send_button.isVisibleTo(page)


def write_reply(path, reference, received=TODAY - timedelta(days=2)):
    message = EmailMessage()
    message["From"] = "privacy@example.com"
    message["To"] = "jan@example.org"
    message["Subject"] = f"Re: Objection {reference}"
    message["Date"] = format_datetime(datetime(received.year, received.month, received.day, 9, 30))
    message.set_content("We have received your objection and will stop using your data.")
    path.write_bytes(message.as_bytes())
    return hashlib.sha256(path.read_bytes()).hexdigest()


def keep_reply_only(dialog):
    """Answer "what does the reply say?" with: nothing decided yet."""
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(None))
    dialog.accept()


def drop(widget, path):
    """Drag `path` onto `widget` and drop it; returns whether the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = widget.rect().center()
    actions, button, modifiers = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(centre, actions, mime, button, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDropEvent(centre, actions, mime, button, modifiers))
    return True


@offscreen_dialog
def test_a_reply_dropped_on_the_detail_pane_is_recorded_with_its_hash(qtbot, ctx, service, tmp_path):
    add(service, "2026-BBBBBBB", sent_days_ago=5)  # not the request shown
    shown = add(service, "2026-AAAAAAA", sent_days_ago=20)
    page = make_page(qtbot, ctx, service)
    page.select_request(shown.id)
    reply = tmp_path / "reply.eml"
    # The subject names the other request: a drop belongs to the request shown.
    digest = write_reply(reply, "2026-BBBBBBB")
    pdf = tmp_path / "reply.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert not drop(page.timeline.viewport(), pdf)

    answer_dialog(ReplyOutcomeDialog, keep_reply_only)
    with qtbot.waitSignal(ctx.requests_changed):
        assert drop(page.timeline.viewport(), reply)
    event = service.get(shown.id).events[-1]
    assert (event.kind, event.date) == ("reply_received", TODAY - timedelta(days=2))
    assert [(a.file_name, a.sha256) for a in event.attachments] == [("reply.eml", digest)]
    assert (page.service.data_dir / event.attachments[0].stored_path).read_bytes() == reply.read_bytes()
    assert page.current.id == shown.id
    assert any("Reply received" in line for line in timeline_lines(page))
    assert page.attachment_list.count() == 1
    assert service.find("2026-BBBBBBB").events[-1].kind == "sent"


@offscreen_dialog
def test_a_reply_chosen_as_a_file_is_recorded(qtbot, ctx, service, tmp_path):
    shown = add(service, "2026-AAAAAAA", sent_days_ago=20)
    page = make_page(qtbot, ctx, service)
    reply = tmp_path / "answer.txt"
    reply.write_text("Thank you, we have stopped processing your data.\n")
    digest = hashlib.sha256(reply.read_bytes()).hexdigest()

    def choose(dialog):
        dialog.selectFile(str(reply))
        dialog.accept()

    answer_dialog(QFileDialog, choose)
    answer_dialog(ReplyOutcomeDialog, keep_reply_only)
    with qtbot.waitSignal(ctx.requests_changed):
        page.add_reply.menu().actions()[0].trigger()
    event = service.get(shown.id).events[-1]
    assert (event.kind, event.date) == ("reply_received", TODAY)
    assert [(a.file_name, a.sha256) for a in event.attachments] == [("answer.txt", digest)]


@offscreen_dialog
def test_a_pasted_reply_is_recorded(qtbot, ctx, service):
    shown = add(service, "2026-AAAAAAA", sent_days_ago=20)
    page = make_page(qtbot, ctx, service)
    pasted = "From: privacy@example.com\nSubject: Your request\n\nWe need a copy of your ID.\n"

    def paste(dialog):
        assert not dialog.add_button.isEnabled()  # nothing pasted yet
        dialog.text.setPlainText(pasted)
        dialog.add_button.click()

    answer_dialog(PasteReplyDialog, paste)
    answer_dialog(ReplyOutcomeDialog, keep_reply_only)
    with qtbot.waitSignal(ctx.requests_changed):
        page.add_reply.menu().actions()[1].trigger()
    event = service.get(shown.id).events[-1]
    assert event.kind == "reply_received" and "privacy@example.com" in event.note
    assert event.attachments[0].file_name == "reply-2026-AAAAAAA.eml"
    assert event.attachments[0].sha256 == hashlib.sha256(pasted.encode()).hexdigest()


@offscreen_dialog
def test_import_reply_finds_the_request_by_reference_and_shows_it(qtbot, ctx, service, tmp_path):
    add(service, "2026-AAAAAAA", sent_days_ago=20)
    other = add(service, "2026-BBBBBBB", platform="reddit", sent_days_ago=5)
    page = make_page(qtbot, ctx, service)
    page.platform_filter.setCurrentIndex(page.platform_filter.findData("linkedin"))  # hides the other
    assert page.current.reference == "2026-AAAAAAA"
    reply = tmp_path / "reply.eml"
    digest = write_reply(reply, "2026-bbbbbbb")  # replies may change the case

    def choose(dialog):
        dialog.selectFile(str(reply))
        dialog.accept()

    answer_dialog(QFileDialog, choose)
    answer_dialog(ReplyOutcomeDialog, keep_reply_only)
    with qtbot.waitSignal(ctx.requests_changed):
        page.import_reply.menu().actions()[0].trigger()
    assert service.get(other.id).events[-1].attachments[0].sha256 == digest
    assert page.current.id == other.id
    assert page.table.currentIndex().data(REQUEST_ID_ROLE) == other.id
    assert page.platform_filter.currentData() is None  # the filter that hid it was cleared
    assert not page.error.isVisibleTo(page)


@offscreen_dialog
def test_import_errors_are_shown_and_record_nothing(qtbot, ctx, service, tmp_path):
    draft = add(service, "2026-AAAAAAA")
    page = make_page(qtbot, ctx, service)
    unknown = tmp_path / "unknown.eml"
    write_reply(unknown, "2026-ZZZZZZZ")

    def choose(dialog):
        dialog.selectFile(str(unknown))
        dialog.accept()

    answer_dialog(QFileDialog, choose)
    with qtbot.assertNotEmitted(ctx.requests_changed):
        page.import_reply.menu().actions()[0].trigger()
    assert page.error.isVisibleTo(page) and "2026-ZZZZZZZ" in page.error.text()

    # A draft was never sent, so it cannot have a reply yet.
    with qtbot.assertNotEmitted(ctx.requests_changed):
        assert drop(page.detail, unknown)
    assert page.error.isVisibleTo(page) and "draft" in page.error.text()
    assert service.get(draft.id).events == ()


def page_with_an_attachment(qtbot, ctx, service, tmp_path):
    request = add(service, "2026-AAAAAAA", sent_days_ago=5)
    evidence = tmp_path / "reply.txt"
    evidence.write_text("We received your objection.")
    service.record(request.id, "reply_received", TODAY, attachments=[evidence])
    page = make_page(qtbot, ctx, service)
    page.select_request(request.id)
    stored = service.data_dir / service.get(request.id).events[-1].attachments[0].stored_path
    return page, stored


def test_an_attachment_opens_with_its_path_shown(qtbot, ctx, service, tmp_path, link_receiver):
    page, stored = page_with_an_attachment(qtbot, ctx, service, tmp_path)
    assert page.attachment_link.link_text.text() == str(stored)
    page.attachment_list.itemActivated.emit(page.attachment_list.item(0))  # a double-click
    page.attachment_link.button.click()
    assert link_receiver == [QUrl.fromLocalFile(str(stored)).toString()] * 2


@nothing_opens_links
def test_an_attachment_no_program_opens_is_reported_with_its_path(qtbot, ctx, service, tmp_path):
    page, stored = page_with_an_attachment(qtbot, ctx, service, tmp_path)
    page.attachment_link.button.click()
    assert not page.attachment_link.failure.isHidden()  # on the Attachments tab
    assert "no program is set up for this kind of file" in page.attachment_link.failure.text()
    page.attachment_link.copy_button.click()
    assert QApplication.clipboard().text() == str(stored)


def refusing_reply(path, reference):
    message = EmailMessage()
    message["From"] = "privacy@example.com"
    message["Subject"] = f"Re: Objection {reference}"
    message["Date"] = format_datetime(datetime(2026, 2, 27, 9, 30))
    message.set_content(
        "We have reviewed your objection. Our legitimate interest in improving our services "
        "overrides it, so we must decline your request."
    )
    path.write_bytes(message.as_bytes())


@offscreen_dialog
def test_after_a_reply_the_page_asks_what_it_says_and_records_it(qtbot, ctx, service, tmp_path):
    request = add(service, "2026-AAAAAAA", sent_days_ago=20)
    page = make_page(qtbot, ctx, service)
    reply = tmp_path / "reply.eml"
    refusing_reply(reply, "2026-AAAAAAA")
    seen = {}

    def confirm(dialog):
        # The guess from the text is offered, with a refusal's reason, and only what the
        # request's status allows (a sent request cannot be "reopened").
        seen["choice"] = (dialog.outcome.currentData(), dialog.reason.currentData())
        seen["hint"] = dialog.hint.isVisibleTo(dialog)
        seen["offered"] = [dialog.outcome.itemData(i) for i in range(dialog.outcome.count())]
        dialog.reason.setCurrentIndex(dialog.reason.findData("claim_not_covered"))  # the user knows better
        dialog.accept()

    answer_dialog(ReplyOutcomeDialog, confirm)
    with qtbot.waitSignal(ctx.requests_changed):
        assert drop(page.timeline.viewport(), reply)
    qtbot.waitUntil(lambda: service.get(request.id).status == "refused")
    assert seen["choice"] == ("refused", "other") and seen["hint"]
    assert seen["offered"] == [None, "fulfilled", "partially_fulfilled", "refused", "needs_info", "extended"]
    stored = service.get(request.id)
    assert (stored.status, stored.refusal_reason) == ("refused", "claim_not_covered")
    assert [e.kind for e in stored.events][-2:] == ["reply_received", "refused"]
    assert stored.events[-1].date == date(2026, 2, 27)  # the reply's date, not today
    # The next step follows: a complaint, not a reminder.
    assert page.write_letter.text() == "Write complaint"


@offscreen_dialog
@pytest.mark.parametrize("route", ["button", "escape", "window"])
def test_closing_the_outcome_question_keeps_the_reply_only(qtbot, ctx, service, tmp_path, route):
    from tests.ui.dialogs import close_dialog

    request = add(service, "2026-AAAAAAA", sent_days_ago=20)
    page = make_page(qtbot, ctx, service)
    reply = tmp_path / "reply.eml"
    refusing_reply(reply, "2026-AAAAAAA")

    def close(dialog):
        cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
        close_dialog(dialog, route, cancel)

    answer_dialog(ReplyOutcomeDialog, close)
    with qtbot.waitSignal(ctx.requests_changed):
        assert drop(page.timeline.viewport(), reply)
    stored = service.get(request.id)
    assert stored.status == "sent" and stored.events[-1].kind == "reply_received"


def test_the_timeline_is_in_date_order_then_entry_order(qtbot, ctx, service):
    request = add(service, "2026-AAAAAAA")  # saved as a draft today (created_at)
    service.record(request.id, "sent", TODAY - timedelta(days=40))  # entered later, happened earlier
    service.record(request.id, "acknowledged", TODAY - timedelta(days=39))
    service.record(request.id, "reply_received", TODAY - timedelta(days=40), note="auto-reply")
    page = make_page(qtbot, ctx, service)
    lines = [page.timeline.item(i).text() for i in range(page.timeline.count())]
    sent, saved = short_date_text(TODAY - timedelta(days=40)), short_date_text(date.today())
    assert [line.split("  ")[0] for line in lines][:3] == [
        sent,
        sent,
        short_date_text(TODAY - timedelta(days=39)),
    ]
    assert lines[0].endswith("Sent") and "auto-reply" in lines[1]
    assert lines[-1] == f"{saved}  Saved as draft"
