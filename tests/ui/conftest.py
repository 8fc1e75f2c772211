"""Fixtures for the GUI tests."""

import pytest

from opt_out_gui.ui.context import AppContext
from opt_out_gui.ui.main_window import MainWindow


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
