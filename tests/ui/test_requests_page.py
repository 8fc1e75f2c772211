from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.pages.requests import DEADLINE, DUE_SOON, OVERDUE, PLATFORM, RequestsPage
from tests.core.test_tracker import FakeLaws

TODAY = date(2026, 3, 1)


@pytest.fixture
def workspace(data_dir):
    ws = open_workspace(str(data_dir))
    ws.profiles.save(Profile(name="Jan", country="NL"))
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace):
    return AppContext(workspace, None)


@pytest.fixture
def service(workspace, ctx):
    return TrackerService(workspace.store, ctx.catalog, law_engine=FakeLaws())


def add(service, reference, platform="linkedin", sent_days_ago=None):
    request = service.create(
        Draft(
            reference=reference,
            platform=platform,
            type="gdpr-objection-ai",
            law="gdpr",
            language="en",
            recipient="LinkedIn Ireland Unlimited Company",
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
    page.service = service  # the fake law engine: deadlines are 30 days after sending
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.refresh()
    return page


def visible_text(widget):
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def column(page, number):
    return [page.proxy.index(row, number).data() for row in range(page.proxy.rowCount())]


def test_new_user_sees_what_to_do(qtbot, ctx, service):
    page = make_page(qtbot, ctx, service)
    assert page.pages.currentIndex() == 0
    assert "You have no requests yet" in visible_text(page)
    with qtbot.waitSignal(ctx.compose_letter_requested) as blocker:
        page.empty_open_letters.click()
    assert blocker.args == ["", ""]


def test_table_filters_searches_and_sorts(qtbot, ctx, service):
    add(service, "2026-AAAAAAA", sent_days_ago=40)  # overdue by 10 days
    add(service, "2026-BBBBBBB", platform="reddit", sent_days_ago=25)  # 5 days left
    add(service, "2026-CCCCCCC", platform="reddit", sent_days_ago=1)  # 29 days left
    add(service, "2026-DDDDDDD")  # draft
    page = make_page(qtbot, ctx, service)
    assert page.pages.currentIndex() == 1
    assert page.count.text() == "4 of 4"
    # Sorted by deadline, undated drafts last.
    assert column(page, DEADLINE) == ["2026-02-19", "2026-03-06", "2026-03-30", ""]
    assert column(page, 5)[:2] == ["overdue 10 d", "5"]

    page.show_filter.setCurrentIndex(OVERDUE)
    assert column(page, PLATFORM) == ["LinkedIn"]
    page.show_filter.setCurrentIndex(DUE_SOON)
    assert column(page, DEADLINE) == ["2026-03-06"]
    page.show_filter.setCurrentIndex(0)
    page.platform_filter.setCurrentIndex(page.platform_filter.findData("reddit"))
    assert page.count.text() == "2 of 4"
    page.platform_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert page.proxy.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    page.search.setText("cccc")
    assert column(page, DEADLINE) == ["2026-03-30"]
    page.search.clear()

    page.table.horizontalHeader().setSortIndicator(DEADLINE, Qt.SortOrder.DescendingOrder)
    assert column(page, DEADLINE) == ["2026-03-30", "2026-03-06", "2026-02-19", ""]
    page.table.horizontalHeader().setSortIndicator(PLATFORM, Qt.SortOrder.AscendingOrder)
    assert column(page, PLATFORM) == ["LinkedIn", "LinkedIn", "Reddit", "Reddit"]


def test_detail_shows_letter_next_step_and_records_events(qtbot, ctx, service, tmp_path):
    add(service, "2026-AAAAAAA", sent_days_ago=40)
    page = make_page(qtbot, ctx, service)
    assert page.current.reference == "2026-AAAAAAA"
    assert "Letter body of 2026-AAAAAAA" in page.letter.toPlainText()
    assert page.next_step.text() == "Next step: Overdue by 10 days: send a reminder."
    with qtbot.waitSignal(ctx.compose_letter_requested) as blocker:
        page.write_letter.click()
    assert blocker.args == ["linkedin", "gdpr-reminder"]

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
    page.record_button.click()
    assert not page.event_error.isVisibleTo(page)
    stored = service.find("2026-AAAAAAA")
    assert (stored.status, stored.refusal_reason) == ("refused", "insufficient_verification")
    assert stored.events[-1].note == "asked for a passport copy"
    assert stored.events[-1].attachments[0].file_name == "reply.txt"
    assert page.current.status == "refused"
    assert "refused" in page.timeline.item(page.timeline.count() - 1).text().lower()
    assert page.attachment_list.count() == 1
    assert column(page, 2) == ["Refused"]
    kinds = [page.event_kind.itemData(i) for i in range(page.event_kind.count())]
    assert "fulfilled" not in kinds and "reopened" in kinds


def test_record_errors_are_shown_and_change_nothing(qtbot, ctx, service):
    add(service, "2026-AAAAAAA", sent_days_ago=10)
    page = make_page(qtbot, ctx, service)
    page.event_kind.setCurrentIndex(page.event_kind.findData("acknowledged"))
    page.event_date.setDate(page.event_date.date().addDays(-30))  # before it was sent
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
    assert page.model.rowCount() == 205
    assert many == few
