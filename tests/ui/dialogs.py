"""Driving dialogs in GUI tests: answer a modal one, and close any one the ways a user can."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# Showing a window on the offscreen platform logs this; it says nothing about our code.
SIZE_HINTS_WARNING = "This plugin does not support propagateSizeHints"
offscreen_dialog = pytest.mark.qt_log_ignore(SIZE_HINTS_WARNING)
# The offscreen platform has no browser, mail program or file viewer: QDesktopServices.openUrl
# logs this and returns False, as a desktop with nothing set up for the link does.
# (pytest-qt reads the nearest qt_log_ignore mark only, so this one includes the warning above.)
nothing_opens_links = pytest.mark.qt_log_ignore(
    r"This plugin does not support QPlatformServices::open", SIZE_HINTS_WARNING
)

# Every way a user closes a dialog: its own Close/Cancel button, the Esc key, and the
# window manager's close button (a close event on the dialog's window).
CLOSE_ROUTES = ("button", "escape", "window")


def close_dialog(dialog: QDialog, route: str, button: QWidget) -> None:
    if route == "button":
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    elif route == "escape":
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    elif route == "window":
        # What the window manager's close button sends; closeEvent() decides what happens.
        QApplication.sendEvent(dialog.windowHandle(), QCloseEvent())
    else:
        raise ValueError(route)


def is_shown(widget: QWidget) -> bool:
    return shiboken6.isValid(widget) and widget.isVisible()


def answer_dialog(dialog_type, answer, failures: list[str] | None = None):
    """Run `answer(dialog)` on the `dialog_type` window the next action opens.

    A modal dialog's exec() blocks the test, so the answer runs from the dialog's own event
    loop. If the dialog is still up afterwards, it is hidden (which ends exec() whatever the
    dialog's own code does) so the test ends instead of hanging; `failures` records that.
    """

    def run(tries_left=100):
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_type) and w.isVisible()), None
        )
        if dialog is None:
            if tries_left:
                QTimer.singleShot(20, lambda: run(tries_left - 1))
            elif failures is not None:
                failures.append(f"no {dialog_type.__name__} appeared")
            return
        try:
            answer(dialog)
        finally:
            if is_shown(dialog):
                if failures is not None:
                    failures.append(f"{dialog_type.__name__} stayed open")
                dialog.hide()

    QTimer.singleShot(0, run)


class LinkReceiver(QObject):
    """Stands where a browser or mail program registers with the desktop."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def receive(self, url: QUrl) -> None:
        self.urls.append(url.toString())


LINK_SCHEMES = ("http", "https", "mailto", "file")


def assert_gone_and_window_answers(qtbot, window, dialog: QWidget) -> None:
    """The dialog is closed, nothing modal is left, and the main window still switches pages."""
    from opt_out_gui.ui.main_window import PAGE_NAMES

    qtbot.waitUntil(lambda: not is_shown(dialog), timeout=2000)
    assert QApplication.activeModalWidget() is None
    other = "Requests" if window.current_page_name() != "Requests" else "Dashboard"
    window.sidebar.setCurrentRow(PAGE_NAMES.index(other))  # what a click in the sidebar does
    assert window.current_page_name() == other
    assert window.stack.currentWidget() is window.page(other)
