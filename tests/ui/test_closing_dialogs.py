"""Every dialog closes by every route a user has (its button, Esc, the window's close button),
and the app answers afterwards.

Issue 11: "Walk me through" could not be closed at all, because the dialog kept its buttons
in attributes named `open` and `done`, hiding QDialog.open() and QDialog.done().
"""

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from opt_out_gui.core.checklist import DONE
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.ui.pages.requests import PasteReplyDialog
from opt_out_gui.ui.send_dialog import MarkSentDialog, SendDialog
from tests.ui.dialogs import (
    CLOSE_ROUTES,
    answer_dialog,
    assert_gone_and_window_answers,
    close_dialog,
    nothing_opens_links,
    offscreen_dialog,
)

pytestmark = offscreen_dialog


@pytest.fixture
def window(workspace, open_window):
    workspace.profiles.save(Profile(name="Eva", email="eva@example.org", country="DE"))
    return open_window(workspace)


def start_walkthrough(window, *platforms):
    for platform in platforms:
        window.ctx.checklist.add_account(platform)
    page = window.show_page("Checklist")
    page.walk.click()  # returns at once: the dialog is opened, not exec()'d
    dialog = page.walkthrough
    assert dialog is not None and dialog.isVisible()
    return page, dialog


@pytest.mark.parametrize("route", CLOSE_ROUTES)
def test_walk_through_closes_by_every_route_and_keeps_what_was_done(window, qtbot, route):
    page, dialog = start_walkthrough(window, "linkedin")
    first = dialog.current
    with qtbot.waitSignal(window.ctx.checklist_changed):
        dialog.done_button.click()
    # The page behind the dialog follows the change at once, not only when the dialog closes.
    assert page.progress_label.text().startswith("1 of ")
    close_dialog(dialog, route, dialog.close_button)
    assert page.walkthrough is None
    item = window.ctx.checklist.overview("eu", "linkedin").accounts[0].items[0]
    assert (item.control.id, item.status) == (first.item.control.id, DONE)
    assert page.progress_label.text().startswith("1 of ")
    assert_gone_and_window_answers(qtbot, window, dialog)


@pytest.mark.parametrize("route", CLOSE_ROUTES)
def test_walk_through_closes_from_its_summary(window, qtbot, route):
    _page, dialog = start_walkthrough(window, "linkedin")
    while dialog.current is not None:
        dialog.skip_button.click()
    assert dialog.position.text() == "All done for now"
    close_dialog(dialog, route, dialog.close_button)
    assert_gone_and_window_answers(qtbot, window, dialog)


def test_write_a_letter_closes_the_walk_through_and_opens_the_composer(window, qtbot):
    _page, dialog = start_walkthrough(window, "reddit")
    assert dialog.current.item is None  # Reddit has no switch in the EU: a letter step
    dialog.letter_button.click()
    qtbot.waitUntil(lambda: window.current_page_name() == "Letters")
    assert window.page("Letters").platform.currentData() == "reddit"
    assert_gone_and_window_answers(qtbot, window, dialog)


def test_the_walk_through_shows_each_link_beside_its_open_button(window, qtbot, link_receiver):
    _page, dialog = start_walkthrough(window, "linkedin")
    control = dialog.current.item.control
    assert control.url, "the first LinkedIn control has a direct link"
    assert dialog.link.link_text.text() == control.url
    dialog.link.button.click()
    assert link_receiver == [control.url]
    close_dialog(dialog, "escape", dialog.close_button)
    assert_gone_and_window_answers(qtbot, window, dialog)


@nothing_opens_links
def test_the_walk_through_says_when_no_browser_opened_the_link(window, qtbot):
    _page, dialog = start_walkthrough(window, "linkedin")
    dialog.link.button.click()
    assert dialog.link.failure.isVisibleTo(dialog) and "Nothing opened" in dialog.link.failure.text()
    close_dialog(dialog, "window", dialog.close_button)
    assert_gone_and_window_answers(qtbot, window, dialog)


def draft(window):
    return TrackerService(window.ctx.workspace.store, window.ctx.catalog).create(
        Draft(
            reference="2026-AAAAAAA",
            platform="adobe",
            type="gdpr-objection-ai",
            law="gdpr",
            language="en",
            recipient="Adobe",
            subject="Objection 2026-AAAAAAA",
            body="Letter body",
            channel="email",
        )
    )


def requests_page_with(window, request):
    page = window.show_page("Requests")
    page.select_request(request.id)
    assert page.current is not None and page.current.id == request.id
    return page


def dialog_button(dialog, which):
    return dialog.findChild(QDialogButtonBox).button(which)


MODAL_DIALOGS = {
    # dialog type: (how the Requests page opens it, the button that closes it)
    SendDialog: (lambda page: page.send_button.click(), QDialogButtonBox.StandardButton.Close),
    MarkSentDialog: (lambda page: page.mark_sent_button.click(), QDialogButtonBox.StandardButton.Cancel),
}


@pytest.mark.parametrize("route", CLOSE_ROUTES)
@pytest.mark.parametrize("dialog_type", list(MODAL_DIALOGS), ids=lambda t: t.__name__)
def test_send_dialogs_close_by_every_route_and_change_nothing(window, qtbot, dialog_type, route):
    request = draft(window)
    page = requests_page_with(window, request)
    open_it, button = MODAL_DIALOGS[dialog_type]
    failures, seen = [], []

    def close(dialog):
        seen.append(dialog)
        close_dialog(dialog, route, dialog_button(dialog, button))

    answer_dialog(dialog_type, close, failures)
    with qtbot.assertNotEmitted(window.ctx.requests_changed):
        open_it(page)  # exec() returns once the dialog is closed
    assert failures == []
    assert page.current.status == "draft"
    assert_gone_and_window_answers(qtbot, window, seen[0])


@pytest.mark.parametrize("route", CLOSE_ROUTES)
def test_paste_reply_dialog_closes_by_every_route(window, qtbot, route):
    request = draft(window)
    TrackerService(window.ctx.workspace.store, window.ctx.catalog).record(
        request.id, "sent", date.today() - timedelta(days=3)
    )
    page = requests_page_with(window, request)
    page.refresh()
    failures, seen = [], []

    def close(dialog):
        seen.append(dialog)
        dialog.text.setPlainText("We got your letter.")
        close_dialog(dialog, route, dialog_button(dialog, QDialogButtonBox.StandardButton.Cancel))

    answer_dialog(PasteReplyDialog, close, failures)
    with qtbot.assertNotEmitted(window.ctx.requests_changed):
        page.add_reply.menu().actions()[1].trigger()
    assert failures == []
    assert [e.kind for e in page.service.get(request.id).events] == ["sent"]
    assert_gone_and_window_answers(qtbot, window, seen[0])
