"""The main window: a sidebar of pages and the page area."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opt_out_gui import APP_NAME
from opt_out_gui.core import settings
from opt_out_gui.core.catalog import Catalog
from opt_out_gui.core.workspace import Workspace
from opt_out_gui.ui.context import AppContext, preload_law_engine
from opt_out_gui.ui.focus_ring import FocusRing
from opt_out_gui.ui.menus import MainMenus

if TYPE_CHECKING:  # the page modules are imported when a page is first opened
    from PySide6.QtWidgets import QSystemTrayIcon

    from opt_out_gui.ui.pages.letters import LettersPage
    from opt_out_gui.ui.pages.requests import RequestsPage
    from opt_out_gui.ui.pages.settings import SettingsPage

# The pages' ids (also their English titles); MainWindow.page_titles words them.
PAGE_NAMES = ("Dashboard", "Checklist", "Letters", "Requests", "Settings")
PREFERRED_SIZE = QSize(1180, 780)
MINIMUM_SIZE = QSize(800, 600)  # every page works down to this size (tests/ui/test_small_screens.py)


def _page_factories() -> dict[str, Callable[[AppContext], QWidget]]:
    # Page modules are imported when a page is first opened, keeping start-up light.
    def dashboard(ctx):
        from opt_out_gui.ui.pages.dashboard import DashboardPage

        page = DashboardPage(ctx)
        page.open_page.connect(ctx.parent().show_page)
        page.open_requests.connect(ctx.parent().show_requests)
        return page

    def checklist(ctx):
        from opt_out_gui.ui.pages.checklist import ChecklistPage

        return ChecklistPage(ctx)

    def letters(ctx):
        from opt_out_gui.ui.pages.letters import LettersPage

        page = LettersPage(ctx)
        page.profile_wanted.connect(ctx.parent().show_profile_settings)
        return page

    def requests(ctx):
        from opt_out_gui.ui.pages.requests import RequestsPage

        return RequestsPage(ctx)

    def settings(ctx):
        from opt_out_gui.ui.pages.settings import SettingsPage

        return SettingsPage(ctx)

    return dict(zip(PAGE_NAMES, (dashboard, checklist, letters, requests, settings), strict=True))


# Imported once the first frame is painted, so that a first click on Requests only builds the
# page (its module takes about 17 ms, benchmarks/tracker.py).
IMPORTED_WHEN_IDLE = "opt_out_gui.ui.pages.requests"


class MainWindow(QMainWindow):
    page_changed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        catalog_dir: Path | None = None,
        preloaded_catalog: Callable[[], Catalog] | None = None,
    ) -> None:
        super().__init__()
        self.ctx = AppContext(workspace, catalog_dir, self, preloaded_catalog)
        self.setWindowTitle(APP_NAME)
        self._fit_to_screen()

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(180)
        titles = self.page_titles()
        for name in PAGE_NAMES:
            QListWidgetItem(titles[name], self.sidebar).setSizeHint(QSize(0, 38))
        self._style_sidebar()
        self.about_button = QPushButton(self.tr("About {app}").format(app=APP_NAME))
        self.about_button.setFlat(True)
        self.about_button.clicked.connect(self.show_about)
        self._about = None
        self.stack = QStackedWidget()
        self._factories = _page_factories()
        self._pages: dict[str, QWidget] = {}

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 8)
        column.addWidget(self.sidebar, 1)
        column.addWidget(self.about_button)
        layout.addLayout(column)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._show_row)

        if self.ctx.needs_welcome():
            self._show_welcome()
        else:
            self.sidebar.setCurrentRow(0)
        self.ctx.compose_letter_requested.connect(self.open_composer)
        self._tray: QSystemTrayIcon | None = None
        self._first_frame_painted = False
        self.menus = MainMenus(self, PAGE_NAMES)
        FocusRing.install(cast(QApplication, QApplication.instance()))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._first_frame_painted:  # start-up is over
            self._first_frame_painted = True
            QTimer.singleShot(0, self._after_first_frame)

    def _after_first_frame(self) -> None:
        """What start-up leaves for later: the law engine, loading on a thread (the Dashboard's
        advice and the Requests page need it; parsing it during start-up slowed the first frame),
        and the Requests page's module. A first start's welcome page needs neither."""
        if self.ctx.needs_welcome():
            return
        # PySide6 read the source of every module imported after it into linecache (its
        # __feature__ check), about 3 MiB nothing reads again: freed before the loads below.
        import linecache

        linecache.clearcache()
        preload_law_engine()
        import_module(IMPORTED_WHEN_IDLE)

    def page_titles(self) -> dict[str, str]:
        """Each page's title in the sidebar, by its id."""
        return {
            "Dashboard": self.tr("Dashboard"),
            "Checklist": self.tr("Checklist"),
            "Letters": self.tr("Letters"),
            "Requests": self.tr("Requests"),
            "Settings": self.tr("Settings"),
        }

    def _fit_to_screen(self) -> None:
        """The preferred size, the smallest size the pages work at (800x600), both within the
        screen's available area at any scale factor (room left for the window's frame)."""
        screen = self.screen()
        available = screen.availableGeometry().size() if screen is not None else QSize(1180, 780)
        room = available - QSize(16, 48)
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(room))
        self.resize(PREFERRED_SIZE.boundedTo(room))

    def start_weekly_catalog_check(self) -> bool:
        """Check for a catalogue update when the user turned the weekly check on and it is due
        (the context's catalogue-update service runs it); True if a check started."""
        # The registry, not the update machinery, is read at every start.
        if self.ctx.workspace.store.get_setting(settings.CATALOG_WEEKLY_CHECK.key) != "1":
            return False  # the usual case, decided without loading the update machinery
        from PySide6.QtCore import Qt

        service = self.ctx.catalog_updates
        service.offered.connect(self._offer_catalog_update, Qt.ConnectionType.UniqueConnection)
        return service.check_weekly()

    def _offer_catalog_update(self, offer, quiet: bool) -> None:
        """What the weekly check found, offered on Settings > Catalogue (Install or Cancel)."""
        if quiet:
            cast("SettingsPage", self.page("Settings")).catalog_tab().offer(offer)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        settings_page = cast("SettingsPage | None", self._pages.get("Settings"))
        if settings_page is not None:
            settings_page.stop_background_work()
        self.ctx.stop_background_work()
        super().closeEvent(event)

    def announce_overdue(self) -> int:
        """Tell the user in a tray notification when requests are overdue; returns how many."""
        from datetime import date

        from PySide6.QtWidgets import QSystemTrayIcon

        dashboard = self._pages.get("Dashboard")
        summary = getattr(dashboard, "requests_summary", None) or self.ctx.tracker.summary(date.today())
        overdue = summary.overdue_total
        if overdue and QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(self.windowIcon(), self)
            tray.setToolTip(APP_NAME)
            tray.show()
            from opt_out_gui.ui.translation import translate
            from opt_out_gui.wording import count

            overdue_text = translate("Requests", "{requests} overdue").format(
                requests=count("request", overdue, translate)
            )
            tray.showMessage(
                APP_NAME,
                self.tr(
                    "{overdue}: the platform missed its legal deadline. "
                    "Open Requests to send a reminder or complain."
                ).format(overdue=overdue_text),
            )
            tray.messageClicked.connect(lambda: self.show_page("Requests"))
            self._tray = tray
        return overdue

    def show_about(self):
        """The About window, built once: from the sidebar's About button, Help > About and F1."""
        from opt_out_gui.ui.about import AboutDialog

        if self._about is None:
            self._about = AboutDialog(self.ctx, self)
        self._about.refresh()
        if self._about.isVisible():  # open behind the main window: bring it to the front
            self._about.raise_()
            self._about.activateWindow()
        else:
            self._about.show()
        return self._about

    def show_requests(self, show: str = "", request_id: int = 0) -> None:
        """The Requests page on a group (core.tracker.SHOWS: "overdue"...) or on one request."""
        page = cast("RequestsPage", self.show_page("Requests"))
        if show:
            page.show_requests(show)
        if request_id:
            page.open_request(request_id)

    def show_profile_settings(self) -> None:
        """Settings, on its Profile tab (where a page sends the user for a missing name or country)."""
        settings_page = cast("SettingsPage", self.show_page("Settings"))
        settings_page.setCurrentWidget(settings_page.profile)

    def open_composer(self, platform_id: str, type_id: str = "", earlier_request_id: int = 0) -> None:
        """Show the Letters page prefilled for a platform, request type and earlier request."""
        letters = cast("LettersPage", self.show_page("Letters"))
        letters.compose_for(platform_id, type_id or None, earlier_request_id or None)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # The app's palette changed (the system's colour scheme, ui/colours.py): the sidebar's
        # background was taken from the old one.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style_sidebar()
        super().changeEvent(event)

    def _style_sidebar(self) -> None:
        # Palette, font and margins rather than a style sheet: style sheets send the
        # widget through Qt's slower style-sheet engine, which shows at start-up.
        from PySide6.QtGui import QPalette

        sidebar = self.sidebar
        sidebar.setFrameShape(QFrame.Shape.NoFrame)
        palette = sidebar.palette()
        palette.setColor(QPalette.ColorRole.Base, self.palette().color(QPalette.ColorRole.Window))
        sidebar.setPalette(palette)
        font = sidebar.font()
        font.setPointSizeF(11)
        sidebar.setFont(font)
        sidebar.setViewportMargins(10, 12, 0, 0)

    def page(self, name: str) -> QWidget:
        """The page widget, built on first use."""
        if name not in self._pages:
            widget = self._factories[name](self.ctx)
            self._pages[name] = widget
            self.stack.addWidget(widget)
        return self._pages[name]

    def show_page(self, name: str) -> QWidget:
        """Show a page (refreshed, even when it is already the current one)."""
        row = PAGE_NAMES.index(name)
        if self.sidebar.currentRow() == row:
            self._show_row(row)
        else:
            self.sidebar.setCurrentRow(row)
        return self._pages[name]

    def current_page_name(self) -> str | None:
        row = self.sidebar.currentRow()
        return PAGE_NAMES[row] if self.sidebar.isEnabled() and row >= 0 else None

    def current_page(self) -> QWidget | None:
        """The page shown (None while the welcome page is up)."""
        name = self.current_page_name()
        return self._pages.get(name) if name else None

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        name = PAGE_NAMES[row]
        widget = self.page(name)
        refresh = getattr(widget, "refresh", None)
        if refresh:
            refresh()
        self.stack.setCurrentWidget(widget)
        self.page_changed.emit(name)

    def _show_welcome(self) -> None:
        from opt_out_gui.ui.pages.welcome import WelcomePage

        welcome = WelcomePage(self.ctx)
        self.stack.addWidget(welcome)
        self.stack.setCurrentWidget(welcome)
        self.sidebar.setEnabled(False)

        def finished() -> None:
            self.sidebar.setEnabled(True)
            self.stack.removeWidget(welcome)
            welcome.deleteLater()
            self.sidebar.setCurrentRow(0)
            self._show_row(0)

        welcome.finished.connect(finished)
