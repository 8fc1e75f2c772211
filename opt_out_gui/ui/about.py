"""The About window: version, licence, catalogue, data folder, and diagnostics for a bug report."""

from __future__ import annotations

import os
import platform
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui import APP_NAME, __version__
from opt_out_gui.core.updates.install import CatalogStatus
from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import close_with_keys, date_text, emphasise, paragraph
from opt_out_gui.wording import Translate, count, identity


def catalog_summary(
    status: CatalogStatus,
    platform_count: int,
    skipped: int,
    from_folder: bool,
    translate: Translate = identity,
) -> str:
    """One line about the catalogue in use; no paths, so it can go into diagnostics (in English:
    `identity`, the dates in ISO) as well as the dialog (the user's language and dates)."""
    if from_folder:
        where = translate("About", "loaded from a folder given with --catalog")
    elif status.source == "update":
        where = translate("About", "update version {version}").format(version=status.version)
    else:
        where = translate("About", "shipped with the app, version {version}").format(version=status.version)
    if status.dated and not from_folder:
        day = status.dated.isoformat() if translate is identity else date_text(status.dated)
        where = translate("About", "{catalogue} of {date}").format(catalogue=where, date=day)
    line = translate("About", "{catalogue}, {platforms}").format(
        catalogue=where, platforms=count("platform", platform_count, translate)
    )
    if skipped:
        line = translate("About", "{catalogue}, {files} skipped as invalid").format(
            catalogue=line, files=count("file", skipped, translate)
        )
    return line


def installation_kind(translate: Translate = identity) -> str:
    if getattr(sys, "frozen", False):
        return translate("About", "self-contained bundle")
    return translate("About", "Python package")


def diagnostics_text(catalog_line: str) -> str:
    """What a bug report needs about this installation, in English for the maintainers. Never
    personal data: no profile, no requests, no paths (a path under the home folder can carry
    the user's name)."""
    import PySide6
    from PySide6.QtCore import qVersion

    lines = [
        f"{APP_NAME} {__version__} ({installation_kind()})",
        f"Catalogue: {catalog_line}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {qVersion()}",
        f"PySide6: {PySide6.__version__}",
        f"Platform plugin: {QGuiApplication.platformName()}",
        f"OS: {platform.platform()}",
    ]
    # The desktop and session type explain most window and tray problems on Linux.
    desktop = " ".join(os.environ.get(name, "") for name in ("XDG_CURRENT_DESKTOP", "XDG_SESSION_TYPE"))
    if desktop.strip():
        lines.append(f"Desktop: {desktop.strip()}")
    return "\n".join(lines) + "\n"


class AboutDialog(QDialog):
    """Opened from one place, MainWindow.show_about; closes by its button, Esc or the window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        close_with_keys(self)
        self.ctx = ctx
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.setMinimumWidth(520)

        icon = QLabel()
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(64, 64))
        title = emphasise(QLabel(APP_NAME), 16)
        self.version = QLabel(
            self.tr("Version {version} ({kind})").format(
                version=__version__, kind=installation_kind(translate)
            )
        )
        head_text = QVBoxLayout()
        head_text.addWidget(title)
        head_text.addWidget(self.version)
        head_text.addWidget(paragraph(self.tr("Stop platforms from training AI on your data.")))
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        self.licence = paragraph(
            self.tr(
                "GNU General Public License, version 3 or any later version (GPL-3.0-or-later). "
                "You may share and change this program under its terms. It comes with no warranty."
            )
        )
        self.catalog = paragraph("")
        self.data_dir = paragraph(str(ctx.workspace.data_dir))
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts = QFormLayout()
        facts.addRow(self.tr("Licence"), self.licence)
        facts.addRow(self.tr("Catalogue"), self.catalog)
        facts.addRow(self.tr("Data folder"), self.data_dir)

        self.copied = paragraph("")
        self.copy_button = QPushButton(self.tr("Copy &diagnostics"))
        self.copy_button.setToolTip(
            self.tr(
                "Copy the versions of the app, Python, Qt and your system, for a bug report. "
                "Nothing about you or your requests is included."
            )
        )
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addSpacing(8)
        layout.addLayout(facts)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def refresh(self) -> None:
        """Read the catalogue state again (an update may have been installed since)."""
        line = self.catalog_line(translate)
        self.catalog.setText(line[:1].upper() + line[1:])
        self.copied.clear()

    def catalog_line(self, translate: Translate = identity) -> str:
        """The catalogue line: in English for diagnostics, in the user's language for the dialog."""
        from opt_out_gui.core.updates import catalog_status

        catalog = self.ctx.catalog
        status = catalog_status(self.ctx.workspace.data_dir)
        return catalog_summary(
            status, len(catalog.platforms), len(catalog.problems), self.ctx.catalog_dir is not None, translate
        )

    def copy_diagnostics(self) -> str:
        text = diagnostics_text(self.catalog_line())
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied. Paste it into your bug report; it holds nothing about you."))
        return text
