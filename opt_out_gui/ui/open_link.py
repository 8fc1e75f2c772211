"""Every "Open" action: a button with its link beside it, honest about whether anything opened."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from opt_out_gui.ui.translation import translate
from opt_out_gui.ui.widgets import set_text_colour


def no_file_viewer_text() -> str:
    """The note of a row that opens a file or folder, when no program took it."""
    return translate(
        "OpenLinkRow",
        "Nothing opened: no program is set up for this kind of file. Copy its path and open it yourself.",
    )


class OpenLinkRow(QWidget):
    """[Open …] link [Copy], and below them a note when no program took the link.

    QDesktopServices.openUrl returns False when the system has nothing to open a link
    with (no browser or mail program set up, a sandbox without a portal); the row then
    says so. The link is always shown as selectable text: webmail users and people
    on another device need it whether or not a program opens it.
    """

    opened = Signal(bool)  # True: a program took the link; False: nothing opened

    def __init__(
        self,
        button_text: str,
        failure_text: str = "",
        opens_itself: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """opens_itself=False: the owner connects `button` and calls open_link(), e.g. to build
        the link at that moment."""
        super().__init__(parent)
        self._url = ""
        self._failure_text = failure_text
        self.button = QPushButton(button_text)
        self.link_text = QLineEdit()
        self.link_text.setReadOnly(True)
        self.link_text.setFrame(False)
        self.link_text.setAccessibleName(self.tr("Link"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the link to the clipboard"))
        self.failure = QLabel()
        self.failure.setWordWrap(True)
        self.failure.setTextFormat(Qt.TextFormat.PlainText)
        self.failure.setAccessibleName(self.tr("Error message"))
        set_text_colour(self.failure, "error")
        self.failure.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.link_text, 1)
        row.addWidget(self.copy_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.failure)
        if opens_itself:
            self.button.clicked.connect(self.open_link)
        self.copy_button.clicked.connect(self.copy_link)

    def set_link(self, url: str, shown: str = "") -> None:
        """The link the button opens, and the text shown and copied (the link itself by default).

        An empty url disables the button; the shown text stays, to copy.
        """
        self._url = url
        self.link_text.setText(shown or url)
        self.link_text.setCursorPosition(0)
        self.button.setEnabled(bool(url))
        self.copy_button.setEnabled(bool(shown or url))
        self.copy_button.setText(self.tr("Copy"))
        self.failure.hide()

    @property
    def url(self) -> str:
        return self._url

    def open_link(self) -> bool:
        """Ask the system to open the link; True only when a program took it."""
        if not self._url:
            return False
        opened = QDesktopServices.openUrl(QUrl(self._url))
        self.failure.setText(self._failure_text or self.no_browser_text())
        self.failure.setVisible(not opened)
        self.opened.emit(opened)
        return opened

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link_text.text())
        self.copy_button.setText(self.tr("Copied"))

    def no_browser_text(self) -> str:
        """The note of a web link when no program took it (rows given no failure_text)."""
        return self.tr(
            "Nothing opened: this computer has no program set up to open this link. "
            "Copy the link and open it in your browser."
        )
