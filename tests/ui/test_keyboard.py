"""Issue 16, keyboard: the main flows by key events alone, and the menu bar's actions.

The tests press keys (QTest.keyClick/keyClicks) on whatever has the focus, as a user
without a mouse would; nothing is clicked and no slot is called directly.
"""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from opt_out_gui.core.profile import Profile
from opt_out_gui.ui.about import AboutDialog
from opt_out_gui.ui.main_window import PAGE_NAMES
from opt_out_gui.ui.send_dialog import MarkSentDialog
from opt_out_gui.ui.translation import FINISHED_LANGUAGES
from tests.ui.dialogs import answer_dialog, is_shown, offscreen_dialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, workspace, open_window):
    workspace.profiles.save(Profile(name="Jan de Vries", email="jan@example.org", country="DE"))
    window = open_window(workspace)
    activate(qtbot, window)
    return window


def activate(qtbot, widget: QWidget) -> None:
    """What the window manager does when a window opens or its dialog closes (offscreen has none)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def receiver() -> QWidget:
    """Where a key goes: the focus widget, else the active window itself."""
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window is active"
    return widget


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(receiver(), key, modifier)
    # What a key changed is shown by the event loop before the next key arrives (widgets
    # added to a shown page appear on its next turn).
    QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_until(found, most: int = 60) -> QWidget:
    """Press Tab until `found(focus widget)`; fails if the focus never gets there."""
    for _ in range(most):
        if found(focused()):
            return focused()
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; the focus went round to {focused()!r}")


@offscreen_dialog
def test_the_main_flows_by_keyboard_alone(qtbot, window, workspace):
    ctx = window.ctx
    # Checklist: find a platform, tick it, mark one of its controls done.
    press(Qt.Key.Key_2, CTRL)
    assert window.current_page_name() == "Checklist"
    press(Qt.Key.Key_F, CTRL)
    checklist = window.page("Checklist")
    assert focused() is checklist.search
    type_text("LinkedIn")
    tab_until(lambda w: w is checklist.list)
    press(Qt.Key.Key_Down)  # the first (only) platform found
    press(Qt.Key.Key_Space)
    assert "linkedin" in ctx.checklist.platforms_in_use()
    done_box = tab_until(lambda w: isinstance(w, QCheckBox) and w.text() in ("Done", "Sent"))
    press(Qt.Key.Key_Space)
    description = done_box.accessibleDescription()  # which control of which platform
    assert "LinkedIn" in description and "main" in description
    region = ctx.region
    overview = ctx.checklist.overview(region, "linkedin")
    assert overview.done == 1

    # Letters: choose a platform from the keyboard and save the letter as a request (Ctrl+S).
    press(Qt.Key.Key_3, CTRL)
    letters = window.page("Letters")
    assert window.current_page_name() == "Letters"
    press(Qt.Key.Key_P, ALT)  # the "Platform" label's mnemonic
    assert focused() is letters.platform
    type_text("Adobe")
    assert letters.platform.currentData() == "adobe"
    # The letter text is read-only until "Edit text": Tab passes through it.
    tab_until(lambda w: w is letters.preview)
    press(Qt.Key.Key_Tab)
    assert focused() is not letters.preview
    assert "\t" not in letters.preview.toPlainText()
    press(Qt.Key.Key_S, CTRL)
    (request,) = ctx.tracker.all()
    assert (request.platform, request.status) == ("adobe", "draft")

    # Requests: record that it was sent (the dialog answered by Enter), then a reply.
    press(Qt.Key.Key_4, CTRL)
    requests = window.page("Requests")
    assert requests.current is not None and requests.current.id == request.id

    def mark_sent(dialog):
        activate(qtbot, dialog)
        press(Qt.Key.Key_Return)  # the default button: Mark sent, dated today

    answer_dialog(MarkSentDialog, mark_sent)
    press(Qt.Key.Key_S, ALT)  # "I sent it…"
    qtbot.waitUntil(lambda: ctx.tracker.get(request.id).status != "draft", timeout=3000)
    activate(qtbot, window)
    press(Qt.Key.Key_O, ALT)  # the event form's "Record" label
    assert focused() is requests.event_kind
    type_text("Reply")
    assert requests.event_kind.currentData() == "reply_received"
    press(Qt.Key.Key_N, ALT)
    type_text("They confirmed the objection")
    press(Qt.Key.Key_R, ALT)  # the Record button
    qtbot.waitUntil(lambda: ctx.tracker.get(request.id).last_event("reply_received") is not None)
    assert ctx.tracker.get(request.id).last_event("reply_received").note == "They confirmed the objection"


def test_ctrl_1_to_5_open_the_pages_and_find_goes_to_the_search_field(qtbot, window):
    for number, name in enumerate(PAGE_NAMES, start=1):
        press(getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert window.current_page_name() == name
        has_search = hasattr(window.page(name), "search")
        assert window.menus.find_action.isEnabled() == has_search, name
        if has_search:
            press(Qt.Key.Key_F, CTRL)
            assert focused() is window.page(name).search


def test_letter_actions_work_on_the_letters_page_only(qtbot, window):
    press(Qt.Key.Key_1, CTRL)
    assert not window.menus.save_letter_action.isEnabled()
    press(Qt.Key.Key_S, CTRL)
    assert window.ctx.tracker.all() == []
    press(Qt.Key.Key_3, CTRL)
    assert window.menus.save_letter_action.isEnabled() and window.menus.pdf_action.isEnabled()


def test_the_letter_text_is_edited_only_after_edit_text(qtbot, window):
    window.ctx.checklist.set_in_use("adobe", True)
    press(Qt.Key.Key_3, CTRL)
    letters = window.page("Letters")
    before = letters.preview.toPlainText()
    assert before and letters.preview.isReadOnly()
    letters.preview.setFocus()
    type_text("x")
    assert letters.preview.toPlainText() == before
    press(Qt.Key.Key_T, ALT)  # "Edit text" (a mnemonic clicks the button as it shows the press)
    qtbot.waitUntil(lambda: letters.edit_button.isChecked())
    assert focused() is letters.preview
    press(Qt.Key.Key_End, CTRL)
    type_text(" Signed.")
    assert letters.edited_text is not None and letters.edited_text.endswith(" Signed.")
    press(Qt.Key.Key_Tab)  # Tab leaves the text even while editing
    assert not isinstance(focused(), QPlainTextEdit)


@offscreen_dialog
def test_f1_opens_about_and_ctrl_w_or_esc_closes_it(qtbot, window):
    for key in ((Qt.Key.Key_W, CTRL), (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)):
        press(Qt.Key.Key_F1)
        about = window._about
        assert isinstance(about, AboutDialog) and about.isVisible()
        activate(qtbot, about)
        press(*key)
        qtbot.waitUntil(lambda dialog=about: not is_shown(dialog))
        activate(qtbot, window)


@offscreen_dialog
def test_file_menu_makes_a_backup_and_exports_through_settings_data(qtbot, window, tmp_path):
    """The File menu's actions are Settings > Data's: same file dialog, same messages there."""
    target = tmp_path / "backup.json"
    answer_dialog(QFileDialog, lambda dialog: (dialog.selectFile(str(target)), dialog.accept()))
    window.menus.backup_action.trigger()
    assert "Jan de Vries" in json.dumps(json.loads(target.read_text()))
    settings = window.page("Settings")
    data = settings.tab("Data")
    assert window.current_page_name() == "Settings" and settings.currentWidget() is data
    assert str(target) in data.status.text()

    export = tmp_path / "requests.ics"
    answer_dialog(QFileDialog, lambda dialog: (dialog.selectFile(str(export)), dialog.accept()))
    window.menus.export_actions["ics"].trigger()
    assert export.read_text().startswith("BEGIN:VCALENDAR")
    assert data.export_format.currentData() == "ics"


def test_the_requests_table_does_not_trap_tab(qtbot, window, workspace):
    press(Qt.Key.Key_4, CTRL)
    table = window.page("Requests").table
    assert not table.tabKeyNavigation()


def ring_pixels(window, target) -> list:
    """The colours 2 and 3 px outside the middle of each side of `target`, as grabbed."""
    image = window.grab().toImage()
    scale = image.devicePixelRatio()
    top_left = target.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, target.size())
    middle = rect.center()
    points = []
    for distance in (2, 3):
        points += [
            QPoint(rect.left() - distance, middle.y()),
            QPoint(rect.right() + distance, middle.y()),
            QPoint(middle.x(), rect.top() - distance),
            QPoint(middle.x(), rect.bottom() + distance),
        ]
    return [image.pixelColor(QPoint(int(p.x() * scale), int(p.y() * scale))) for p in points]


def test_the_focus_is_a_2_px_ring_in_the_highlight_colour(qtbot, window):
    press(Qt.Key.Key_2, CTRL)
    checklist = window.page("Checklist")
    highlight = checklist.palette().color(QPalette.ColorRole.Highlight)
    for target in (checklist.search, checklist.walk, checklist.category):
        target.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(1)
        assert focused() is target
        pixels = ring_pixels(window, target)
        assert all(colour == highlight for colour in pixels), (target, [c.name() for c in pixels])
    # The ring leaves with the focus.
    press(Qt.Key.Key_Tab)
    assert not all(colour == highlight for colour in ring_pixels(window, checklist.category))


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&&" is a literal ampersand)."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.fixture(params=FINISHED_LANGUAGES)
def language(request, qapp):
    """The interface in each language it offers (their own mnemonics), then English again."""
    from opt_out_gui.ui import translation

    translation.install_translators(request.param)
    yield request.param
    translation.install_translators("en")


def test_no_two_mnemonics_of_a_page_share_a_letter(qtbot, language, workspace, open_window):
    """Alt+letter reaches one control: two with the same letter (or one and a menu) reach neither
    at once. Buttons, labels of fields, tabs and the menu bar of every page and Settings tab."""
    from datetime import date

    from opt_out_gui.core.catalog import load_catalog
    from opt_out_gui.core.tracker import Draft, TrackerService
    from opt_out_gui.ui.pages.settings import LAZY_TABS

    workspace.profiles.save(Profile(name="Jan de Vries", email="jan@example.org", country="DE"))
    tracker = TrackerService(workspace.store, load_catalog())
    draft = tracker.create(Draft("2026-AAAAAAA", "adobe", "gdpr-objection-ai", "gdpr", "de", "to", "s", "b"))
    sent = tracker.create(Draft("2026-BBBBBBB", "adobe", "gdpr-objection-ai", "gdpr", "de", "to", "s", "b"))
    tracker.record(sent.id, "sent", date(2026, 11, 2), channel="email")
    window = open_window(workspace)
    window.ctx.checklist.set_in_use("linkedin", True)
    clashes = {}

    def check(where: str) -> None:
        qtbot.wait(10)
        owners: dict[str, list[str]] = {}
        texts = [action.text() for action in window.menuBar().actions()]
        for widget in QApplication.allWidgets():
            if not (window.isAncestorOf(widget) and widget.isVisibleTo(window)):
                continue
            if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
                texts.append(widget.text())
            elif isinstance(widget, QTabBar):
                texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                owners.setdefault(letter, []).append(text)
        clashes[where] = {letter: used for letter, used in owners.items() if len(used) > 1}

    for name in PAGE_NAMES:
        page = window.show_page(name)
        if name == "Checklist":
            page.select_platform("linkedin")
        if name == "Letters":
            page.compose_for("adobe", "gdpr-objection-ai")
        check(name)
        if name == "Requests":  # the detail pane's buttons: a draft's, then a sent request's
            for shown in (draft, sent):
                page.open_request(shown.id)
                check(f"Requests, {shown.status}")
        if name == "Settings":
            for title, _module, _class in LAZY_TABS:
                page.setCurrentWidget(page.tab(title))
                check(f"Settings > {title}")
    assert not any(clashes.values()), {where: found for where, found in clashes.items() if found}


def tab_chain(start: QWidget, inside: QWidget, most: int = 80) -> list[QWidget]:
    """The widgets Tab reaches from `start` while it stays inside `inside`, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    chain = []
    for _ in range(most):
        widget = focused()
        if not inside.isAncestorOf(widget) and widget is not inside:
            break
        chain.append(widget)
        press(Qt.Key.Key_Tab)
    return chain


def out_of_reading_order(chain: list[QWidget], window: QWidget) -> list[str]:
    """Pairs where Tab goes up, or left on the same line: against the order the page is read."""
    found = []
    for first, second in zip(chain, chain[1:], strict=False):
        a, b = (QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for w in (first, second))
        same_line = a.top() < b.bottom() and b.top() < a.bottom()
        if (same_line and b.left() < a.left()) or (not same_line and b.top() < a.top()):
            found.append(f"{type(first).__name__} {a.getRect()} -> {type(second).__name__} {b.getRect()}")
    return found


def test_tab_follows_the_reading_order_of_the_letter_and_the_request(qtbot, window, workspace):
    window.ctx.checklist.set_in_use("adobe", True)
    letters = window.show_page("Letters")
    letters.compose_for("adobe", "gdpr-objection-ai")  # a letter with a privacy email
    qtbot.wait(10)
    column = letters.preview.parentWidget()
    chain = tab_chain(letters.preview, column)
    assert letters.track_button in chain and letters.mail_link.button in chain
    assert out_of_reading_order(chain, window) == []
    letters.save_as_request()
    requests = window.show_page("Requests")
    qtbot.wait(10)
    chain = tab_chain(requests.show_filter, requests.pages.currentWidget())
    assert requests.search in chain and requests.table in chain
    detail = [w for w in chain if requests.detail.isAncestorOf(w)]
    assert requests.mark_sent_button in detail and requests.record_button in detail
    left_column = [w for w in detail if not requests.tabs.isAncestorOf(w)]
    assert out_of_reading_order(left_column, window) == []
