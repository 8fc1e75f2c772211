"""The About window: what it shows, the diagnostics it copies, and every way to close it."""

import platform

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from opt_out_gui import __version__
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.updates import catalog_status
from opt_out_gui.ui.widgets import date_text

# The offscreen platform cannot size or raise a top-level dialog; a desktop's can.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

PROFILE = Profile(
    name="Maria Schmidt",
    email="maria.schmidt@example.org",
    address="Beispielstraße 12\n10115 Berlin",
    country="DE",
    language="de",
)


def shown_text(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


@pytest.fixture
def window(workspace, open_window):
    workspace.profiles.save(PROFILE)
    return open_window(workspace)


@pytest.fixture
def about(qtbot, window):
    window.about_button.click()
    dialog = window.show_about()
    assert dialog is window.show_about(), "one About window, shown again"
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_version_licence_catalogue_and_data_folder(about, workspace):
    text = shown_text(about)
    status = catalog_status(workspace.data_dir)
    platforms = len(load_catalog(None).platforms)
    assert f"Version {__version__}" in text
    assert "GPL-3.0-or-later" in text
    assert f"version {status.version} of {date_text(status.dated)}, {platforms} platforms" in text
    assert str(workspace.data_dir) in text


def test_copied_diagnostics_have_the_versions_and_nothing_personal(about, workspace):
    about.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    for fact in (
        f"Opt-Out Assistant {__version__}",
        f"Python: {platform.python_version()}",
        f"Qt: {qVersion()}",
        f"PySide6: {PySide6.__version__}",
        f"Platform plugin: {QGuiApplication.platformName()}",
        f"OS: {platform.platform()}",
        f"{len(load_catalog(None).platforms)} platforms",
    ):
        assert fact in copied
    for personal in ("Maria", "Schmidt", "example.org", "Beispielstraße", "10115", str(workspace.data_dir)):
        assert personal not in copied
    assert "/" not in copied, "no path of any kind"
    assert "Copied" in about.copied.text()


def _close_button(qtbot, dialog):
    dialog.close_button.click()


def _escape(qtbot, dialog):
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def _window_close(qtbot, dialog):
    dialog.close()  # what the window manager's close button does


@pytest.mark.parametrize("close_by", [_close_button, _escape, _window_close])
def test_about_closes_by_its_button_esc_and_the_window(about, qtbot, close_by):
    assert about.isVisible()
    close_by(qtbot, about)
    qtbot.waitUntil(lambda: not about.isVisible())
    assert about.result() == about.DialogCode.Rejected
