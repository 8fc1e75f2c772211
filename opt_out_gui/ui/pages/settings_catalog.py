"""Settings > Catalogue: the catalogue in use, signed updates, and link health.

Update checks go through the context's catalogue-update service (ui/catalog_updates.py),
which the weekly check uses too; link checks run in a ui.tasks.Task. Results come back by
signal. Nothing here contacts the network until the user clicks.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
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
from opt_out_gui.ui.errors import gui_error_text
from opt_out_gui.ui.refresh import RefreshOnChange
from opt_out_gui.ui.tasks import Task
from opt_out_gui.ui.translation import locale_count, translate
from opt_out_gui.ui.widgets import (
    Page,
    close_with_keys,
    date_text,
    error_label,
    fill_with_scrolling,
    heading,
    paragraph,
    show_error,
)
from opt_out_gui.wording import count, sentence
from opt_out_gui.wording.catalog import catalog_in_use_text, catalog_text
from opt_out_gui.wording.errors import error_text


def offered_text(offer: updates.UpdateOffer) -> str:
    """'1 December 2026, 84 platforms': an offered update by its build day and size."""
    bundle = offer.bundle
    return catalog_text(bundle.manifest.created.date(), len(bundle.platforms), translate, date_text)


class UpdateDialog(QDialog):
    """What an update changes, with Install and Cancel."""

    def __init__(self, offer: updates.UpdateOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        close_with_keys(self)
        self.offer = offer
        self.setWindowTitle(self.tr("Catalogue update"))
        self.setMinimumSize(640, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                translate(
                    "Catalogue",
                    "The catalogue of {catalog} is available. Its signature and every platform entry "
                    "were checked. Changes:",
                ).format(catalog=offered_text(offer))
            )
        )
        self.changes = QPlainTextEdit("\n".join(offer.diff.lines()))
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("Changes in this update"))
        layout.addWidget(self.changes, 1)
        events = updates.new_events(offer.diff)
        if events:
            layout.addWidget(
                paragraph(
                    self.tr(
                        '{events}: opt-outs you already did on these platforms will be marked "check again".'
                    ).format(events=sentence(count("policy_event", len(events), translate)))
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.install = buttons.addButton(self.tr("Install"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.install.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CatalogSettings(QWidget):
    """The "Catalogue" tab of Settings."""

    def __init__(self, ctx: AppContext, public_key=None) -> None:
        super().__init__()
        self.ctx = ctx
        self.service = ctx.catalog_updates
        self.public_key = public_key  # None: the key shipped with the app
        self.link_task: Task | None = None
        self.update_dialog: UpdateDialog | None = None

        page = Page(
            self.tr("Catalogue"),
            self.tr(
                "The catalogue lists every platform's AI-training controls and addresses. Updates are "
                "signed by the project and checked before they are installed. The app goes online only "
                "when you click a button here or turn on the weekly check."
            ),
        )
        self.status = paragraph("")  # says why an installed update is refused
        self.status.setWordWrap(True)
        page.body.addWidget(self.status)

        form = QFormLayout()
        self.url = QLineEdit(self.store.get_setting(updates.UPDATE_URL_SETTING) or "")
        self.url.setPlaceholderText("https://.../opt-out-catalog.zip")
        self.url.setAccessibleName(self.tr("Update address"))
        form.addRow(self.tr("Update address:"), self.url)
        page.body.addLayout(form)
        self.weekly = QCheckBox(self.tr("Check for updates once a week"))
        self.weekly.setChecked(self.store.get_setting(updates.WEEKLY_CHECK_SETTING) == "1")
        page.body.addWidget(self.weekly)

        buttons = QHBoxLayout()
        self.check_updates = QPushButton(self.tr("&Check for updates"))
        self.revert = QPushButton(self.tr("&Revert to shipped catalogue"))
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
        page.body.addWidget(heading(self.tr("Link health")))
        page.body.addWidget(
            paragraph(
                self.tr(
                    "Check every web address in the catalogue for dead, redirected and slow links. "
                    "This contacts each platform's website."
                )
            )
        )
        link_row = QHBoxLayout()
        self.check_links = QPushButton(self.tr("Check &links"))
        self.cancel_links = QPushButton(self.tr("Ca&ncel"))
        self.cancel_links.setEnabled(False)
        self.link_progress = QProgressBar()
        self.link_progress.setAccessibleName(self.tr("Link check progress"))
        self.link_progress.setMinimumWidth(320)
        self.link_progress.hide()
        link_row.addWidget(self.check_links)
        link_row.addWidget(self.cancel_links)
        link_row.addWidget(self.link_progress)
        link_row.addStretch(1)
        page.body.addLayout(link_row)
        self.link_results = QPlainTextEdit()
        self.link_results.setReadOnly(True)
        self.link_results.setAccessibleName(self.tr("Link check results"))
        self.link_results.setMinimumHeight(160)
        self.link_results.hide()
        page.body.addWidget(self.link_results)
        page.body.addStretch(1)
        fill_with_scrolling(self, page, 820)

        self.url.editingFinished.connect(self._save_url)
        self.weekly.toggled.connect(
            lambda on: self.store.set_settings({updates.WEEKLY_CHECK_SETTING: "1" if on else "0"})
        )
        self.check_updates.clicked.connect(self.check_for_updates)
        self.revert.clicked.connect(self._revert)
        self.check_links.clicked.connect(self._start_link_check)
        self.cancel_links.clicked.connect(self._cancel_link_check)
        self.service.check_started.connect(self._check_started)
        self.service.check_ended.connect(self._check_ended)
        self.service.offered.connect(self._offered)
        self.service.up_to_date.connect(self._up_to_date)
        self.service.check_failed.connect(self._check_failed)
        RefreshOnChange(self, self.refresh, ctx.catalog_changed)
        ctx.data_replaced.connect(self._load_settings)  # a restored backup brings its own
        self.refresh()

    @property
    def store(self):
        """The workspace's store as it is now (a restore opens a new one)."""
        return self.ctx.workspace.store

    def _load_settings(self) -> None:
        self.url.setText(self.store.get_setting(updates.UPDATE_URL_SETTING) or "")
        self.weekly.blockSignals(True)
        self.weekly.setChecked(self.store.get_setting(updates.WEEKLY_CHECK_SETTING) == "1")
        self.weekly.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        status = updates.catalog_status(self.ctx.workspace.data_dir)
        in_use = catalog_in_use_text(status, len(self.ctx.catalog.platforms), translate, date_text)
        if status.source == "update":
            assert status.installed_at is not None  # an update in use was installed
            text = translate(
                "Catalogue",
                "{catalog}, installed {installed}. The catalogue shipped with the app stays available.",
            ).format(catalog=in_use, installed=date_text(status.installed_at.date()))
        else:
            text = in_use + "."
            if status.refused_update:
                text += " " + translate("Catalogue", "The installed update is not used: {reason}.").format(
                    reason=error_text(status.refused_update, translate)
                )
        self.status.setText(text)
        self.status.setToolTip(translate("Catalogue", "Version {version}").format(version=status.version))
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

    @property
    def update_task(self) -> Task | None:
        """The update check running now, if any (the service's; a weekly check too)."""
        return self.service.task

    def check_for_updates(self) -> None:
        """Download and verify in the background; an update is offered in a dialog."""
        if self.service.task is not None or not self._save_url():
            return
        url = self.url.text().strip()
        if not url:
            show_error(self.update_error, UserError(self.tr("enter the update address first")))
            return
        self.update_error.hide()
        self.service.check(url, public_key=self.public_key)

    def _check_started(self, quiet: bool) -> None:
        self.check_updates.setEnabled(False)
        if not quiet:
            self.update_error.hide()
            self.update_message.setText(self.tr("Checking for a catalogue update..."))

    def _check_ended(self) -> None:
        self.check_updates.setEnabled(True)

    def _up_to_date(self, answer: Exception, quiet: bool) -> None:
        if not quiet:
            self.update_message.setText(str(answer).capitalize() + ".")

    def _check_failed(self, error: Exception, quiet: bool) -> None:
        if quiet:
            return  # the weekly check speaks only about an update (the service logged why)
        self.update_message.setText("")
        show_error(self.update_error, error)

    def _offered(self, offer: updates.UpdateOffer, quiet: bool) -> None:
        self.update_message.setText(
            translate("Catalogue", "The catalogue of {catalog} is available.").format(
                catalog=offered_text(offer)
            )
        )
        if not quiet:  # the main window offers what the weekly check found
            self.offer(offer)

    def offer(self, offer: updates.UpdateOffer) -> None:
        """Show what the update changes, with Install and Cancel."""
        self.update_dialog = UpdateDialog(offer, self)
        self.update_dialog.accepted.connect(self._install_offered)
        self.update_dialog.open()

    def _install_offered(self) -> None:
        assert self.update_dialog is not None  # its Install button got us here
        offer = self.update_dialog.offer
        try:
            self.service.install(offer)
        except (UserError, OSError) as error:
            problem = gui_error_text(error) if isinstance(error, UserError) else str(error)
            show_error(
                self.update_error,
                UserError(self.tr("the update was not installed: {problem}").format(problem=problem)),
            )
            return
        self.update_message.setText(
            translate("Catalogue", "Installed the catalogue of {catalog}.").format(
                catalog=offered_text(offer)
            )
        )
        self.refresh()  # also when hidden: the weekly check offers over another page

    def _revert(self) -> None:
        try:
            self.service.revert()
        except OSError as error:
            show_error(
                self.update_error,
                UserError(self.tr("cannot remove the installed update: {problem}").format(problem=error)),
            )
            return
        self.update_message.setText(self.tr("The catalogue shipped with the app is in use again."))
        self.refresh()  # also when hidden: the weekly check offers over another page

    # Link health

    def _start_link_check(self) -> None:
        from opt_out_gui.core.linkcheck import check_links

        platforms = list(self.ctx.catalog.platforms)
        self.link_task = Task(
            lambda task: check_links(platforms, cancel=task.cancel_event, progress=task.report_progress)
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
        if self.link_task is not None:
            self.link_task.cancel()
        self.cancel_links.setEnabled(False)

    def _link_progress(self, done: int, total: int) -> None:
        self.link_progress.setRange(0, total)
        self.link_progress.setValue(done)
        of_total = locale_count(self.tr("{done} of %n link(s)", None, total), total)
        self.link_progress.setFormat(of_total.format(done=QLocale().toString(done)))

    def _show_link_report(self, report) -> None:
        self._show_link_text("\n".join(report.lines()))

    def _link_check_failed(self, error: Exception) -> None:
        self._show_link_text(
            self.tr("The link check failed: {problem}").format(problem=gui_error_text(error))
        )

    def _show_link_text(self, text: str) -> None:
        self.link_results.setPlainText(text)
        self.link_results.show()

    def _link_task_done(self) -> None:
        self.link_task = None
        self.link_progress.hide()
        self.check_links.setEnabled(True)
        self.cancel_links.setEnabled(False)

    def stop_background_work(self) -> None:
        """Cancel a running link check and wait for it (on quit); the service waits for its check."""
        if self.link_task is not None:
            self.link_task.cancel()
            self.link_task.wait_until_done()
