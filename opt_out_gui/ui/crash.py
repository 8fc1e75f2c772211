"""Unexpected errors in the GUI: a dialog says so, the log says where, and the app goes on.

An exception raised in a slot or an event handler has already unwound that one action;
Qt's event loop and the other windows are intact, so the app keeps running and the
user decides whether to carry on or restart. Only an error while the main window is
built stops the app (`report_fatal`): there is no window to go back to.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTextEdit, QWidget

from opt_out_gui import APP_NAME
from opt_out_gui.core.errors import UserError

log = logging.getLogger(__name__)


class CrashDialog(QMessageBox):
    """What went wrong, with the details to copy into a bug report.

    Not modal: the window behind stays usable, and nothing (a user, a test) is held in a
    nested event loop. Several errors in a row share one dialog.
    """

    def __init__(self, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.errors = 0
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(APP_NAME)
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setTextFormat(Qt.TextFormat.PlainText)  # an error may quote data: never render it as HTML

    def add_error(self, error: BaseException, fatal: bool = False) -> None:
        self.errors += 1
        parts = [
            self.tr("Something went wrong: {error}").format(error=error or type(error).__name__),
            self.tr("The app has to close.")
            if fatal
            else self.tr("The app keeps running. If something looks wrong, save your work and restart it."),
        ]
        if self.errors > 1:
            parts.append(self.tr("%n error(s) so far; this is the latest.", None, self.errors))
        if self.log_path:
            parts.append(
                self.tr("Where it happened was written to the log file (without your data):\n{path}").format(
                    path=self.log_path
                )
            )
        self.setText("\n\n".join(parts))
        # Shown here only, never logged: the message may quote what the user typed.
        self.setDetailedText("".join(traceback.format_exception(error)))
        # Qt's box for the details has no name of its own for a screen reader to announce.
        for details in self.findChildren(QTextEdit):
            details.setAccessibleName(self.tr("Technical details of the error"))


class ExceptionHook:
    """sys.excepthook for the GUI: a user's mistake gets a warning, a bug the crash dialog."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self.warnings: list[QMessageBox] = []

    def install(self) -> ExceptionHook:
        sys.excepthook = self
        return self

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None or not isinstance(error, Exception):
            # No GUI to show it in, or Ctrl+C / SystemExit: the usual Python behaviour.
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, UserError):
            # A user's mistake: its message may quote what they typed, so it is not logged.
            from opt_out_gui.ui.errors import gui_error_text

            self._show_warning(gui_error_text(error))
            return
        # The log handler leaves exception messages out (core.logsetup).
        log.error("uncaught exception", exc_info=(kind, error, tb))
        if self.dialog is None:
            self.dialog = CrashDialog(self.log_path)
            self.dialog.finished.connect(self._dialog_gone)
        self.dialog.add_error(error)
        self.dialog.show()

    def report_fatal(self, error: BaseException) -> None:
        """An error the app cannot go on from: log it and wait until the user has read it."""
        log.error("fatal error", exc_info=(type(error), error, error.__traceback__))
        dialog = CrashDialog(self.log_path)
        dialog.add_error(error, fatal=True)
        dialog.exec()

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _show_warning(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote what the user typed
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A window without a parent lives as long as Python holds it: until it is closed.
        self.warnings.append(box)
        box.finished.connect(lambda _result: self.warnings.remove(box))
        box.show()
