"""When the database is damaged at start: offer to restore the newest kept copy, or a backup file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from opt_out_gui import APP_NAME
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.store import DamagedDatabase
from opt_out_gui.core.workspace import Workspace, open_workspace
from opt_out_gui.ui.translation import translate


def recover_damaged_data(error: DamagedDatabase, parent: QWidget | None = None) -> Workspace | None:
    """Ask how to go on; returns the restored data opened, or None when the user quits.

    Nothing is restored without the user's choice; the damaged data is kept in the
    backups folder by the restore itself.
    """
    from opt_out_gui.core.snapshots import snapshot_time

    data_dir = error.path.parent
    from opt_out_gui.ui.errors import gui_error_text

    text = translate("DamagedData", "Your data cannot be opened: {problem}.").format(
        problem=gui_error_text(error)
    )
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    restore = None
    if error.newest_backup is not None:
        when = snapshot_time(error.newest_backup)
        if when:
            kept = translate("DamagedData", "A copy of your data from {time} is kept in {path}.").format(
                time=QLocale().toString(
                    QDateTime.fromSecsSinceEpoch(int(when.timestamp())), QLocale.FormatType.ShortFormat
                ),
                path=error.newest_backup,
            )
        else:
            kept = translate("DamagedData", "A copy of your data is kept in {path}.").format(
                path=error.newest_backup
            )
        box.setInformativeText(
            kept
            + " "
            + translate("DamagedData", "Restore it? The damaged data is kept in the backups folder too.")
        )
        restore = box.addButton(
            translate("DamagedData", "Restore that copy"), QMessageBox.ButtonRole.AcceptRole
        )
    else:
        box.setInformativeText(
            translate(
                "DamagedData",
                "No copy is kept in the backups folder. If you made a backup file, restore it; "
                "the damaged data is kept in the backups folder.",
            )
        )
    choose = box.addButton(
        translate("DamagedData", "Restore a backup file…"), QMessageBox.ButtonRole.ActionRole
    )
    quit_button = box.addButton(translate("DamagedData", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or choose)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    source: Path | None = None
    if clicked is restore and restore is not None:
        source = error.newest_backup
    elif clicked is choose:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            translate("DamagedData", "Restore a backup"),
            str(Path.home()),
            translate("DamagedData", "Opt-Out Assistant backup (*.json)"),
        )
        if not chosen:
            return None
        source = Path(chosen)
    if source is None:
        return None
    return _restore(data_dir, source, parent)


def _restore(data_dir: Path, source: Path, parent: QWidget | None) -> Workspace | None:
    from opt_out_gui.core.backup import read_backup, restore_backup
    from opt_out_gui.ui.widgets import plain_html

    try:
        restore_backup(data_dir, read_backup(source), force=True, source=str(source))
        return open_workspace(str(data_dir))
    except UserError as problem:
        from opt_out_gui.ui.errors import gui_error_text

        failed = translate("DamagedData", "The restore did not work: {problem}")
        QMessageBox.critical(parent, APP_NAME, plain_html(failed.format(problem=gui_error_text(problem))))
        return None
