"""Settings > Catalogue: the catalogue in use, signed updates, and link health.

Downloads and link checks run in a BackgroundTask (a QThread); results come
back by signal. Nothing here contacts the network until the user clicks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui.core import updates
from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.widgets import Page, error_label, fill_with_scrolling, heading, paragraph, show_error

log = logging.getLogger(__name__)

# Running tasks are kept here, not on a widget, so a thread outlives a closed page.
_RUNNING: set[BackgroundTask] = set()


class BackgroundTask(QThread):
    """Runs work(task) off the GUI thread; reports by signal. work may call task.report_progress."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception: UserError for expected refusals
    progress = Signal(int, int)

    def __init__(self, work: Callable[[BackgroundTask], object]) -> None:
        super().__init__()
        self._work = work
        _RUNNING.add(self)

    def release(self) -> None:
        """Forget the task once `finished` arrived (waiting out the last instant of the thread)."""
        self.wait()
        _RUNNING.discard(self)

    def report_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self)
        except UserError as error:
            self.failed.emit(error)
        except Exception as error:  # a bug must reach the user, not die silently in a thread
            log.exception("background task failed")
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class UpdateDialog(QDialog):
    """What an update changes, with Install and Cancel."""

    def __init__(self, offer: updates.UpdateOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Catalogue update")
        self.setMinimumSize(640, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                f"Catalogue version {offer.version} is available (installed: {offer.installed_version}). "
                "Its signature and every platform entry were checked. Changes:"
            )
        )
        self.changes = QPlainTextEdit("\n".join(offer.diff.lines()))
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName("Changes in this update")
        layout.addWidget(self.changes, 1)
        events = updates.new_events(offer.diff)
        if events:
            layout.addWidget(
                paragraph(
                    f"{len(events)} new policy event(s): opt-outs you already did on these platforms "
                    'will be marked "check again".'
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.install = buttons.addButton("Install", QDialogButtonBox.ButtonRole.AcceptRole)
        self.install.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CatalogSettings(QWidget):
    """The "Catalogue" tab of Settings."""

    catalog_changed = Signal()  # an update was installed or reverted: reload the catalogue

    def __init__(self, ctx: AppContext, public_key=None) -> None:
        super().__init__()
        self.ctx = ctx
        self.store = ctx.workspace.store
        self.public_key = public_key  # None: the key shipped with the app
        self.update_task: BackgroundTask | None = None
        self.link_task: BackgroundTask | None = None
        self.link_cancel = threading.Event()
        self.update_dialog: UpdateDialog | None = None
        self.quiet_check = False

        page = Page(
            "Catalogue",
            "The catalogue lists every platform's AI-training controls and addresses. Updates are "
            "signed by the project and checked before they are installed. The app goes online only "
            "when you click a button here or turn on the weekly check.",
        )
        self.status = paragraph("")  # says why an installed update is refused
        self.status.setWordWrap(True)
        page.body.addWidget(self.status)

        form = QFormLayout()
        self.url = QLineEdit(self.store.get_setting(updates.UPDATE_URL_SETTING) or "")
        self.url.setPlaceholderText("https://.../opt-out-catalog.zip")
        self.url.setAccessibleName("Update address")
        form.addRow("Update address:", self.url)
        page.body.addLayout(form)
        self.weekly = QCheckBox("Check for updates once a week")
        self.weekly.setChecked(self.store.get_setting(updates.WEEKLY_CHECK_SETTING) == "1")
        page.body.addWidget(self.weekly)

        buttons = QHBoxLayout()
        self.check_updates = QPushButton("Check for updates")
        self.revert = QPushButton("Revert to shipped catalogue")
        buttons.addWidget(self.check_updates)
        buttons.addWidget(self.revert)
        buttons.addStretch(1)
        page.body.addLayout(buttons)
        self.update_message = paragraph("")
        self.update_message.setWordWrap(True)
        self.update_error = error_label()
        page.body.addWidget(self.update_message)
        page.body.addWidget(self.update_error)

        page.body.addSpacing(12)
        page.body.addWidget(heading("Link health"))
        page.body.addWidget(
            paragraph(
                "Check every web address in the catalogue for dead, redirected and slow links. "
                "This contacts each platform's website."
            )
        )
        link_row = QHBoxLayout()
        self.check_links = QPushButton("Check links")
        self.cancel_links = QPushButton("Cancel")
        self.cancel_links.setEnabled(False)
        self.link_progress = QProgressBar()
        self.link_progress.setAccessibleName("Link check progress")
        self.link_progress.setMinimumWidth(320)
        self.link_progress.hide()
        link_row.addWidget(self.check_links)
        link_row.addWidget(self.cancel_links)
        link_row.addWidget(self.link_progress)
        link_row.addStretch(1)
        page.body.addLayout(link_row)
        self.link_results = QPlainTextEdit()
        self.link_results.setReadOnly(True)
        self.link_results.setAccessibleName("Link check results")
        self.link_results.setMinimumHeight(160)
        self.link_results.hide()
        page.body.addWidget(self.link_results)
        page.body.addStretch(1)
        fill_with_scrolling(self, page, 820)

        self.url.editingFinished.connect(self._save_url)
        self.weekly.toggled.connect(
            lambda on: self.store.set_settings({updates.WEEKLY_CHECK_SETTING: "1" if on else "0"})
        )
        self.check_updates.clicked.connect(lambda: self.check_for_updates())
        self.revert.clicked.connect(self._revert)
        self.check_links.clicked.connect(self._start_link_check)
        self.cancel_links.clicked.connect(self._cancel_link_check)
        self.refresh()

    def refresh(self) -> None:
        status = updates.catalog_status(self.ctx.workspace.data_dir)
        if status.source == "update":
            self.status.setText(
                f"In use: catalogue update version {status.version}, built {status.created:%Y-%m-%d}, "
                f"installed {status.installed_at:%Y-%m-%d}. The catalogue shipped with the app "
                f"(version {status.shipped_version}) stays available."
            )
        else:
            refused = (
                f" The installed update is not used: {status.refused_update}."
                if status.refused_update
                else ""
            )
            self.status.setText(
                f"In use: the catalogue shipped with the app (version {status.version}).{refused}"
            )
        self.revert.setEnabled(status.source == "update")

    # Updates

    def _save_url(self) -> bool:
        url = self.url.text().strip()
        try:
            if url:
                updates.check_update_url(url)
        except UserError as error:
            show_error(self.update_error, error)
            return False
        self.update_error.hide()
        self.store.set_settings({updates.UPDATE_URL_SETTING: url})
        return True

    def check_for_updates(self, quiet: bool = False) -> None:
        """Download and verify in the background; quiet (the weekly check) speaks only about an update."""
        if self.update_task is not None or not self._save_url():
            return
        url = self.url.text().strip()
        if not url:
            show_error(self.update_error, UserError("enter the update address first"))
            return
        data_dir, public_key = self.ctx.workspace.data_dir, self.public_key
        self.quiet_check = quiet
        self.update_task = BackgroundTask(lambda task: updates.check_for_update(url, data_dir, public_key))
        self.update_task.succeeded.connect(self._offer_update)
        # Bound methods, not lambdas: Qt then delivers the signals on the GUI thread.
        self.update_task.failed.connect(self._update_failed)
        self.update_task.finished.connect(self._update_task_done)
        self.check_updates.setEnabled(False)
        self.update_error.hide()
        self.update_message.setText("" if quiet else "Checking for a catalogue update...")
        self.update_task.start()

    def _update_task_done(self) -> None:
        if self.update_task is not None:
            self.update_task.release()
        self.update_task = None
        self.check_updates.setEnabled(True)

    def _update_failed(self, error: Exception) -> None:
        if isinstance(error, updates.CatalogUpToDate):
            updates.record_check(self.store)  # only a check that got an answer counts
            self.update_message.setText("" if self.quiet_check else str(error).capitalize() + ".")
            return
        self.update_message.setText("")
        if self.quiet_check:
            log.warning("weekly catalogue check failed: %s", error)
            return
        show_error(self.update_error, error if isinstance(error, UserError) else UserError(f"{error}"))

    def _offer_update(self, offer: updates.UpdateOffer) -> None:
        updates.record_check(self.store)
        self.update_message.setText(f"Catalogue version {offer.version} is available.")
        self.update_dialog = UpdateDialog(offer, self)
        self.update_dialog.accepted.connect(lambda: self._install(offer))
        self.update_dialog.open()

    def _install(self, offer: updates.UpdateOffer) -> None:
        try:
            updates.install_update(self.ctx.workspace.data_dir, offer, self.store)
        except (UserError, OSError) as error:
            show_error(self.update_error, UserError(f"the update was not installed: {error}"))
            return
        self.update_message.setText(f"Installed catalogue version {offer.version}.")
        self.refresh()
        self.catalog_changed.emit()

    def _revert(self) -> None:
        try:
            updates.revert_to_shipped(self.ctx.workspace.data_dir, self.store)
        except OSError as error:
            show_error(self.update_error, UserError(f"cannot remove the installed update: {error}"))
            return
        self.update_message.setText("The catalogue shipped with the app is in use again.")
        self.refresh()
        self.catalog_changed.emit()

    # Link health

    def _start_link_check(self) -> None:
        from opt_out_gui.core.linkcheck import check_links

        platforms = list(self.ctx.catalog.platforms)
        cancel = self.link_cancel = threading.Event()
        self.link_task = BackgroundTask(
            lambda task: check_links(platforms, cancel=cancel, progress=task.report_progress)
        )
        self.link_task.progress.connect(self._link_progress)
        self.link_task.succeeded.connect(self._show_link_report)
        self.link_task.failed.connect(self._link_check_failed)
        self.link_task.finished.connect(self._link_task_done)
        self.check_links.setEnabled(False)
        self.cancel_links.setEnabled(True)
        self.link_progress.setRange(0, 0)  # busy until the first link is done
        self.link_progress.show()
        self.link_task.start()

    def _cancel_link_check(self) -> None:
        self.link_cancel.set()
        self.cancel_links.setEnabled(False)

    def _link_progress(self, done: int, total: int) -> None:
        self.link_progress.setRange(0, total)
        self.link_progress.setValue(done)
        self.link_progress.setFormat(f"{done} of {total} links")

    def _show_link_report(self, report) -> None:
        self._show_link_text("\n".join(report.lines()))

    def _link_check_failed(self, error: Exception) -> None:
        self._show_link_text(f"The link check failed: {error}")

    def _show_link_text(self, text: str) -> None:
        self.link_results.setPlainText(text)
        self.link_results.show()

    def _link_task_done(self) -> None:
        if self.link_task is not None:
            self.link_task.release()
        self.link_task = None
        self.link_progress.hide()
        self.check_links.setEnabled(True)
        self.cancel_links.setEnabled(False)

    def stop_background_work(self) -> None:
        """Cancel a running link check and wait for the threads (on quit)."""
        self.link_cancel.set()
        for task in (self.update_task, self.link_task):
            if task is not None:
                task.wait()
