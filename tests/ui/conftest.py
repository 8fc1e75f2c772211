"""Fixtures for the GUI tests."""

import pytest
from PySide6.QtGui import QDesktopServices

from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.main_window import MainWindow
from tests.ui.dialogs import LINK_SCHEMES, LinkReceiver


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The app's English translation, as opt-out-gui installs it on an English system: it
    gives the English plural forms of the numerus texts ("%n day(s)" -> "1 day")."""
    from opt_out_gui.ui.translation import install_translators

    install_translators("en")


@pytest.fixture
def ctx(workspace):
    """The services the pages share, without a main window."""
    return AppContext(workspace, None)


@pytest.fixture
def open_window(qtbot):
    """Build and show a main window on a workspace; pytest-qt closes it after the test."""

    def opened(workspace, **options) -> MainWindow:
        window = MainWindow(workspace, **options)
        qtbot.addWidget(window)
        window.show()
        return window

    return opened


@pytest.fixture
def link_receiver():
    """Qt hands every web, mail and file link to a receiver and QDesktopServices.openUrl
    returns True, as on a desktop where programs for them are set up."""
    receiver = LinkReceiver()
    for scheme in LINK_SCHEMES:
        QDesktopServices.setUrlHandler(scheme, receiver, "receive")
    yield receiver.urls
    for scheme in LINK_SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)
