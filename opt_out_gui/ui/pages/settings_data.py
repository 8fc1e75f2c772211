"""Settings > Data: export the requests, make a backup, restore one, and how many copies of
the data a restore keeps. The same core services and safety rules as `opt-out requests
export`, `opt-out backup` and `opt-out restore`.

Every file is written private (core.files.save_user_file: mode 0600, complete or absent) and
an existing one is replaced only after the user says so. A restore asks first, keeps the data
it replaces in the backups folder, and says where. The work is local and short: it runs on
the GUI thread, under a busy cursor (a worker thread would share the store's connection).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from opt_out_gui.core.errors import UserError
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.open_link import OpenLinkRow, no_file_viewer_text
from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import (
    Page,
    emphasise,
    error_label,
    fill_with_scrolling,
    paragraph,
    plain_html,
    show_error,
)
from opt_out_gui.wording import count


def _export_formats() -> dict[str, tuple[str, str]]:
    """Export format -> (what the user picks, the file dialog's filter)."""
    return {
        "csv": (translate("Data", "Spreadsheet (CSV)"), translate("Data", "CSV files (*.csv)")),
        "json": (
            translate("Data", "Full detail with timelines (JSON)"),
            translate("Data", "JSON files (*.json)"),
        ),
        "ics": (
            translate("Data", "Calendar of deadlines (iCalendar)"),
            translate("Data", "Calendar files (*.ics)"),
        ),
    }


def _section(title: str):
    """A section's title inside the tab (smaller than the tab's own heading)."""
    return emphasise(paragraph(title), 12)


@contextmanager
def _busy():
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class DataSettings(QWidget):
    """The "Data" tab of Settings."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        page = Page(
            "Data",
            translate(
                "Data",
                "Your data stays on this computer. Export your requests for a spreadsheet or a "
                "calendar, keep a backup of everything, or restore one. Files written here hold "
                "personal data: only you can read them.",
            ),
        )

        page.body.addWidget(_section(translate("Data", "Export requests")))
        export_row = QHBoxLayout()
        self.export_format = QComboBox()
        self.export_format.setAccessibleName(translate("Data", "Export format"))
        for fmt, (words, _filter) in _export_formats().items():
            self.export_format.addItem(words, fmt)
        self.export_button = QPushButton(translate("Data", "Export…"))
        self.export_button.clicked.connect(self.choose_export_file)
        export_row.addWidget(self.export_format)
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        page.body.addLayout(export_row)

        page.body.addSpacing(8)
        page.body.addWidget(_section(translate("Data", "Backup")))
        page.body.addWidget(
            paragraph(
                translate(
                    "Data",
                    "One file with your profile, settings (never passwords), checklist, requests with "
                    "their timelines, and attached files.",
                )
            )
        )
        backup_row = QHBoxLayout()
        self.backup_button = QPushButton(translate("Data", "Make a backup…"))
        self.backup_button.clicked.connect(self.choose_backup_file)
        self.restore_button = QPushButton(translate("Data", "Restore a backup…"))
        self.restore_button.clicked.connect(self.choose_restore_file)
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)
        page.body.addLayout(backup_row)
        keep_form = QFormLayout()
        keep_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.keep = QSpinBox()
        self.keep.setAccessibleName(translate("Data", "Copies kept before a restore"))
        self.keep.setToolTip(
            translate(
                "Data",
                "A restore keeps the data it replaces in the backups folder; older copies beyond "
                "this number are removed.",
            )
        )
        keep_form.addRow(translate("Data", "Copies kept before a restore:"), self.keep)
        page.body.addLayout(keep_form)

        self.error = error_label()
        self.status = paragraph("")  # file and folder names
        self.folder_link = OpenLinkRow(translate("Data", "Open folder"), no_file_viewer_text())
        self.folder_link.hide()
        page.body.addWidget(self.error)
        page.body.addWidget(self.status)
        page.body.addWidget(self.folder_link)
        page.body.addStretch(1)
        fill_with_scrolling(self, page, 820)

        self._load_keep()
        self.keep.valueChanged.connect(self._keep_changed)
        ctx.data_replaced.connect(self._load_keep)

    # ------------------------------------------------------------ actions (also used by tests)

    def export_to(self, path: Path, fmt: str) -> Path | None:
        """Write every request in `fmt` (core.exports) to `path`; None when nothing was written."""
        from opt_out_gui.core.exports import export_requests

        platform_names = {platform.id: platform.name for platform in self.ctx.catalog.platforms}
        with _busy():
            try:
                requests = self.ctx.tracker.all()
                content = export_requests(requests, fmt, date.today(), platform_names)
            except UserError as error:
                self._failed(error)
                return None
        written = self._save(path, lambda replace: _save_bytes(path, content, replace))
        if written is not None:
            self._done(
                translate("Data", "Exported {requests} to {path}.").format(
                    requests=count("request", len(requests), translate), path=written
                ),
                written.parent,
            )
        return written

    def backup_to(self, path: Path) -> Path | None:
        """Write a full backup (core.backup) to `path`; None when nothing was written."""
        from opt_out_gui.core.backup import write_backup

        written = self._save(path, lambda replace: write_backup(self.ctx.workspace.store, path, replace))
        if written is not None:
            self._done(
                translate(
                    "Data", "Backup written to {path}. It holds your personal data: keep it private."
                ).format(path=written),
                written.parent,
            )
        return written

    def restore_from(self, path: Path):
        """Restore a backup after the user agrees; returns the RestoreResult, or None."""
        from opt_out_gui.core.backup import check_backup, keep_setting, read_backup
        from opt_out_gui.core.datadir import BACKUP_DIR_NAME

        try:
            with _busy():
                document = read_backup(path)
                check_backup(document, str(path))  # a bad backup is named before the question
        except UserError as error:
            self._failed(error)
            return None
        backups = self.ctx.workspace.data_dir / BACKUP_DIR_NAME
        question = translate(
            "Data",
            "Replace all your data (profile, settings, checklist, requests) with the backup in {file}? "
            "The data there now is kept in {folder} first; that folder keeps the newest {copies}.",
        ).format(
            file=path, folder=backups, copies=count("copy", keep_setting(self.ctx.workspace.store), translate)
        )
        if not self._confirm(
            translate("Data", "Restore the backup?"), question, translate("Data", "Restore")
        ):
            self.status.setText(translate("Data", "Nothing was restored."))
            return None
        try:
            with _busy():
                result = self.ctx.restore_backup(document, str(path))
        except UserError as error:
            self._failed(error)
            return None
        restored = translate("Data", "Restored from {file}: {requests}, {accounts}, {attachments}.").format(
            file=path,
            requests=count("request", result.counts.get("requests", 0), translate),
            accounts=count("account", result.counts.get("accounts", 0), translate),
            attachments=count("attachment", result.attachments, translate),
        )
        if result.safety_copy is not None:
            restored += " " + translate("Data", "The data that was there is kept in {folder}.").format(
                folder=result.safety_copy
            )
        if result.removed:
            restored += " " + translate(
                "Data", "Removed {copies}; the backups folder keeps the newest {kept}."
            ).format(copies=count("copy", len(result.removed), translate), kept=result.kept)
        self._done(restored, result.safety_copy or result.backups_dir)
        return result

    # ------------------------------------------------------------ internals

    def _load_keep(self) -> None:
        from opt_out_gui.core.backup import keep_setting
        from opt_out_gui.core.snapshots import MAX_KEEP

        self.keep.blockSignals(True)
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(keep_setting(self.ctx.workspace.store))
        self.keep.blockSignals(False)

    def _keep_changed(self, value: int) -> None:
        from opt_out_gui.core.backup import set_keep

        try:
            set_keep(self.ctx.workspace.store, value)
        except UserError as error:
            self._failed(error)
            self._load_keep()
            return
        self.error.hide()

    def _save(self, path: Path, write: Callable[[bool], Path]) -> Path | None:
        """Write with `write(replace)`; an existing file is replaced only when the user agrees."""
        from opt_out_gui.core.files import TargetExists

        try:
            with _busy():
                try:
                    return write(False)
                except TargetExists:
                    pass
            question = translate("Data", "{name} exists already in {folder}. Replace it?").format(
                name=path.name, folder=path.parent
            )
            if not self._confirm(
                translate("Data", "Replace the file?"), question, translate("Data", "Replace")
            ):
                self.status.setText(
                    translate("Data", "Not saved: {name} exists already.").format(name=path.name)
                )
                return None
            with _busy():
                return write(True)
        except UserError as error:
            self._failed(error)
            return None

    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            plain_html(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(action)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _failed(self, error: UserError) -> None:
        show_error(self.error, error)
        self.status.setText("")
        self.folder_link.hide()

    def _done(self, text: str, folder: Path) -> None:
        self.error.hide()
        self.status.setText(text)
        self.folder_link.set_link(QUrl.fromLocalFile(str(folder)).toString(), shown=str(folder))
        self.folder_link.show()

    def choose_export_file(self, fmt: str | None = None) -> None:
        """Ask where to export the requests, in `fmt` (the format chosen on the tab if None)."""
        if fmt is not None:  # from the File menu: the tab shows the format used
            self.export_format.setCurrentIndex(self.export_format.findData(fmt))
        fmt = self.export_format.currentData()
        suggested = Path.home() / f"opt-out-requests-{date.today().isoformat()}.{fmt}"
        path = self._ask_save_path(translate("Data", "Export requests"), suggested, _export_formats()[fmt][1])
        if path is not None:
            self.export_to(path, fmt)

    def choose_backup_file(self) -> None:
        """Ask where to write a backup, then write it (the button and File > Make a backup)."""
        suggested = Path.home() / f"opt-out-backup-{date.today().isoformat()}.json"
        path = self._ask_save_path(
            translate("Data", "Make a backup"),
            suggested,
            translate("Data", "Opt-Out Assistant backup (*.json)"),
        )
        if path is not None:
            self.backup_to(path)

    def choose_restore_file(self) -> None:
        """Ask for a backup file, then restore it (the button and File > Restore a backup)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("Data", "Restore a backup"),
            str(Path.home()),
            translate("Data", "Opt-Out Assistant backup (*.json)"),
        )
        if chosen:
            self.restore_from(Path(chosen))

    def _ask_save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        # The dialog does not ask about an existing file: _save asks, once, for every route.
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(suggested), file_filter, options=QFileDialog.Option.DontConfirmOverwrite
        )
        return Path(chosen) if chosen else None


def _save_bytes(path: Path, content: bytes, replace: bool) -> Path:
    from opt_out_gui.core.files import save_user_file

    return save_user_file(path, content, replace=replace)
