"""Issue 16, screens: the first window fits the screen at any scale factor, and every page works
at the smallest window size, 800x600: no control squeezed below the size its text needs, none
over another, none outside the window unless it scrolls into view."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTabBar,
    QWidget,
)

from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft
from opt_out_gui.ui.main_window import MINIMUM_SIZE, PAGE_NAMES
from opt_out_gui.ui.pages.settings import LAZY_TABS

FIRST_WINDOW = """
import sys, tempfile
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui.main_window import MainWindow
window = MainWindow(open_workspace(tempfile.mkdtemp()))
window.show()
app.processEvents()
available = app.primaryScreen().availableGeometry()
frame = window.frameGeometry()
print(available.width(), available.height(), frame.width(), frame.height(),
      window.minimumWidth(), window.minimumHeight())
"""


@pytest.mark.parametrize("scale", ["1", "2"])
def test_the_first_window_fits_a_1600_by_1000_screen_at_any_scale(tmp_path, scale):
    """Evidence 21: at QT_SCALE_FACTOR=2 the window opened at 2360x1560 on a 1600x1000 screen."""
    screen = {"name": "screen", "x": 0, "y": 0, "width": 1600, "height": 1000, "dpr": 1}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale)
    result = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    available_w, available_h, frame_w, frame_h, min_w, min_h = map(int, result.stdout.split())
    assert (available_w, available_h) == (1600 // int(scale), 1000 // int(scale))
    assert frame_w <= available_w and frame_h <= available_h
    if scale == "1":  # room for it: the smallest size the pages are made for
        assert (min_w, min_h) == (MINIMUM_SIZE.width(), MINIMUM_SIZE.height())


def scrolls(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area: it may lie outside the window until scrolled to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def squeezed(window: QWidget) -> list[str]:
    """Controls shown smaller than their text needs, overlapping a sibling, or cut off by the window."""
    controls = [
        w
        for w in QApplication.allWidgets()
        if isinstance(w, (QAbstractButton, QComboBox, QLineEdit))
        and window.isAncestorOf(w)
        and w.isVisibleTo(window)
        # Parts of another control: a combo box's or spin box's line edit, a tab bar's arrows.
        and not isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox, QTabBar))
    ]
    problems = []
    for widget in controls:
        name = f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        hint = widget.minimumSizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            problems.append(
                f"{name} is {widget.width()}x{widget.height()}, needs {hint.width()}x{hint.height()}"
            )
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not scrolls(widget, window) and not window.rect().contains(place):
            problems.append(f"{name} at {place.getRect()} is outside the window")
    for widget in controls:
        for other in controls:
            siblings = other is not widget and other.parentWidget() is widget.parentWidget()
            if siblings and id(widget) < id(other) and widget.geometry().intersects(other.geometry()):
                problems.append(f"{type(widget).__name__} overlaps {type(other).__name__}")
    return problems


def settled(qtbot, window: QWidget) -> list[str]:
    """The problems once the layouts have settled (wrapped text takes a few event-loop turns to
    reach its height), or those still there after two seconds."""
    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not squeezed(window), timeout=2000)
    return squeezed(window)


@pytest.mark.parametrize("size", [(800, 600), (1024, 700)])
def test_every_page_works_at_small_window_sizes(qtbot, workspace, open_window, size):
    workspace.profiles.save(Profile(name="Jan de Vries", email="jan@example.org", country="DE"))
    window = open_window(workspace)
    window.resize(*size)
    ctx = window.ctx
    ctx.checklist.set_in_use("linkedin", True)
    request = ctx.tracker.create(
        Draft(
            reference="2026-K3F9Q2M",
            platform="linkedin",
            type="gdpr-objection-ai",
            law="gdpr",
            language="en",
            recipient="LinkedIn Ireland Unlimited Company",
            subject="Objection",
            body="Letter",
        )
    )
    ctx.tracker.record(request.id, "sent", date.today() - timedelta(days=40), channel="email")
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    found = {}
    for name in PAGE_NAMES:
        page = window.show_page(name)
        if name == "Checklist":
            page.select_platform("linkedin")
        if name == "Letters":
            page.compose_for("adobe", "gdpr-objection-ai")  # a letter with a privacy email
        found[name] = settled(qtbot, window)
        if name == "Settings":
            for title, _module, _class in LAZY_TABS:
                page.setCurrentWidget(page.tab(title))
                found[f"Settings > {title}"] = settled(qtbot, window)
    assert not any(found.values()), "\n".join(
        f"{at}: {problems}" for at, problems in found.items() if problems
    )
