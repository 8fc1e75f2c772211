"""The main window's menu bar (File, Edit, View, Help): every action a page offers that the
keyboard should reach from anywhere, with the platform's standard shortcuts.

The menus call what the pages already do (the Letters page's saving, Settings > Data's
export, backup and restore); nothing here imports a page module, so building the menu bar
costs no start-up time: a page is built when its action is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenuBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from opt_out_gui.ui.pages.letters import LettersPage
    from opt_out_gui.ui.pages.settings import SettingsPage
    from opt_out_gui.ui.pages.settings_data import DataSettings

# Export formats of Settings > Data (core.exports), in its order.
EXPORT_FORMATS = ("csv", "json", "ics")


class PagedWindow(Protocol):
    """What the menus need of the main window (ui.main_window imports this module)."""

    page_changed: SignalInstance

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt API)
    def close(self) -> bool: ...
    def show_about(self) -> object: ...
    def show_page(self, name: str) -> QWidget: ...
    def page(self, name: str) -> QWidget: ...
    def current_page(self) -> QWidget | None: ...
    def current_page_name(self) -> str | None: ...


class MainMenus(QObject):
    """Builds the menu bar of `window` and keeps each action enabled where it applies."""

    def __init__(self, window: PagedWindow, page_names: tuple[str, ...]) -> None:
        super().__init__(cast(QObject, window))
        self.main_window = window
        bar = window.menuBar()
        # ---- File
        file_menu = bar.addMenu(self.tr("&File"))
        self.export_menu = file_menu.addMenu(self.tr("&Export requests"))
        words = {
            "csv": self.tr("As a &spreadsheet (CSV)…"),
            "json": self.tr("In full &detail with timelines (JSON)…"),
            "ics": self.tr("As a &calendar of deadlines (iCalendar)…"),
        }
        self.export_actions = {
            fmt: self._add(self.export_menu, words[fmt], lambda _=False, f=fmt: self.export_requests(f))
            for fmt in EXPORT_FORMATS
        }
        self.backup_action = self._add(file_menu, self.tr("Make a &backup…"), self.make_backup)
        self.restore_action = self._add(file_menu, self.tr("&Restore a backup…"), self.restore_backup)
        file_menu.addSeparator()
        self.save_letter_action = self._add(
            file_menu,
            self.tr("&Save letter as request"),
            self.save_letter,
            QKeySequence(QKeySequence.StandardKey.Save),
        )
        self.pdf_action = self._add(
            file_menu,
            self.tr("Save letter as &PDF…"),
            self.save_letter_pdf,
            QKeySequence(QKeySequence.StandardKey.Print),
        )
        file_menu.addSeparator()
        self.quit_action = self._add(file_menu, self.tr("&Quit"), window.close, QKeySequence("Ctrl+Q"))
        # ---- Edit
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._add(
            edit_menu, self.tr("&Find on this page"), self.find, QKeySequence(QKeySequence.StandardKey.Find)
        )
        self.copy_letter_action = self._add(
            edit_menu, self.tr("&Copy letter"), self.copy_letter, QKeySequence("Ctrl+Shift+C")
        )
        # ---- View: one action per page, Ctrl+1..5 in the sidebar's order
        view_menu = bar.addMenu(self.tr("&View"))
        titles = {
            "Dashboard": self.tr("&Dashboard"),
            "Checklist": self.tr("&Checklist"),
            "Letters": self.tr("&Letters"),
            "Requests": self.tr("&Requests"),
            "Settings": self.tr("&Settings"),
        }
        self.page_actions = {
            name: self._add(
                view_menu,
                titles[name],
                lambda _=False, n=name: window.show_page(n),
                QKeySequence(f"Ctrl+{number}"),
            )
            for number, name in enumerate(page_names, start=1)
        }
        # ---- Help
        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._add(
            help_menu,
            self.tr("&About Opt-Out Assistant"),
            window.show_about,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )
        window.page_changed.connect(self.update_actions)
        self.update_actions()

    def _add(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def update_actions(self, *_args) -> None:
        """Page actions while the pages are shown (not on the welcome page); letter actions on
        the Letters page; Find where the page has a search field."""
        page_name = self.main_window.current_page_name()
        pages_shown = page_name is not None
        for action in (*self.page_actions.values(), *self.export_actions.values()):
            action.setEnabled(pages_shown)
        self.backup_action.setEnabled(pages_shown)
        self.restore_action.setEnabled(pages_shown)
        on_letters = page_name == "Letters"
        for action in (self.save_letter_action, self.pdf_action, self.copy_letter_action):
            action.setEnabled(on_letters)
        self.find_action.setEnabled(self._search_field() is not None)

    # ------------------------------------------------------------ actions

    def _search_field(self) -> QLineEdit | None:
        return getattr(self.main_window.current_page(), "search", None)

    def find(self) -> None:
        """Ctrl+F: the current page's search field, its text selected to type over."""
        field = self._search_field()
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _letters(self) -> LettersPage:
        return cast("LettersPage", self.main_window.page("Letters"))

    def save_letter(self) -> None:
        self._letters().save_as_request()

    def save_letter_pdf(self) -> None:
        self._letters().choose_file("pdf")

    def copy_letter(self) -> None:
        self._letters().copy_text()

    def data_tab(self) -> DataSettings:
        """Settings > Data, shown: its messages (where a file went) are the actions' answer."""
        settings = cast("SettingsPage", self.main_window.show_page("Settings"))
        tab = settings.tab("Data")
        settings.setCurrentWidget(tab)
        return cast("DataSettings", tab)

    def export_requests(self, fmt: str) -> None:
        self.data_tab().choose_export_file(fmt)

    def make_backup(self) -> None:
        self.data_tab().choose_backup_file()

    def restore_backup(self) -> None:
        self.data_tab().choose_restore_file()
