"""A pseudo-locale: every text 40% longer and in accented letters, and every page still shows
its texts whole at the smallest window size (1024x700).

The pseudo translation is made at test time from the texts lupdate extracts now (so a new
text is covered at once), compiled with lrelease and installed like a real translation. Each
page is then checked widget by widget: a label or button narrower (or, wrapped, lower) than its
text needs is clipped, and two visible widgets side by side in one layout must not overlap.
Screenshots go to $OPT_OUT_PSEUDO_SHOTS when set (for a person to look at).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui import translation
from opt_out_gui.ui.main_window import PAGE_NAMES, MainWindow

ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1024, 700
ACCENTED = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÅáÇçÉéÎíÑñÖóŠšÜúÝýŽž")
# Kept as they are: placeholders, plural counts, mnemonics, tags, entities, file patterns.
PROTECTED = re.compile(r"\{[a-z_]+\}|%n|&\w|<[^>]+>|&[a-z]+;|\(\*[^)]*\)|\*\.\w+|\n")


def _load_script(name: str):
    loader = importlib.machinery.SourceFileLoader(name.replace("-", "_"), str(ROOT / "scripts" / name))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def pseudo(text: str) -> str:
    """The text in accented letters, 40% longer, placeholders and markup kept."""
    if set(text) <= set("dMy. '"):  # a date format (context Date): Qt's format letters
        return text
    parts, last = [], 0
    for match in PROTECTED.finditer(text):
        parts.append(text[last : match.start()].translate(ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(ACCENTED))
    padding = "·" * max(1, round(len(text) * 0.4))
    return "".join(parts) + padding


def test_pseudo_text_keeps_what_the_code_fills_in():
    assert pseudo("Sent to {recipient} on {date}.").startswith("Šéñt tó {recipient} óñ {date}.")
    assert pseudo("&Save") == "&Sávé··"
    assert len(pseudo("a" * 10)) == 14


@pytest.fixture(scope="module")
def pseudo_translator(qapp, tmp_path_factory):
    """The pseudo translation, compiled and installed for this module's tests."""
    update = _load_script("update-translations")
    folder = tmp_path_factory.mktemp("pseudo")
    ts = folder / "opt_out_gui_en.ts"
    update.run(
        [
            update.tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-silent",
            *[str(path) for path in update.SOURCES],
            "-target-language",
            "en",
            "-ts",
            str(ts),
        ]
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        element.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in element.findall("numerusform"):
                form.text = pseudo(source)
        else:
            element.text = pseudo(source)
    tree.write(ts, encoding="utf-8")
    qm = folder / "pseudo.qm"
    update.run([update.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QApplication.instance()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)
    translation.install_translators("en")


def _leaf_widgets(root: QWidget) -> list[QWidget]:
    kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and w.window() is root.window()
    ]


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons on screen whose text does not fit them, or that their parents cut
    at the side (a column wider than the scroll area it is in)."""
    found = []
    for widget in _leaf_widgets(root):
        shown = widget.visibleRegion().boundingRect()
        if not shown.isEmpty() and shown.width() < widget.width() - 2:
            found.append(
                f"{type(widget).__name__} {_name(widget)!r}: "
                f"{shown.width()} of {widget.width()} px wide shown"
            )
        if isinstance(widget, QLabel) and widget.text().strip():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(
                        f"label {widget.text()[:50]!r}: needs {needed} px high, has {widget.height()}"
                    )
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(
                    f"label {widget.text()[:50]!r}: "
                    f"needs {widget.sizeHint().width()} px, has {widget.width()}"
                )
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            needed = widget.sizeHint().width()
            if isinstance(widget, QPushButton):
                # The text's own width: a style gives short push buttons a wider minimum.
                text_width = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
                needed = min(needed, text_width + 12 + (14 if widget.menu() is not None else 0))
            if needed > widget.width() + 1:
                found.append(f"button {widget.text()[:50]!r}: needs {needed} px, has {widget.width()}")
    return found


def overlapping(root: QWidget) -> list[str]:
    """Visible widgets of one parent whose rectangles cross (a layout squeezed below its minimum)."""
    found = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in _leaf_widgets(root):
        by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    for siblings in by_parent.values():
        for index, first in enumerate(siblings):
            for second in siblings[index + 1 :]:
                if (
                    first.geometry().intersected(second.geometry()).width() > 2
                    and first.geometry().intersected(second.geometry()).height() > 2
                ):
                    found.append(
                        f"{type(first).__name__} {_name(first)!r} "
                        f"overlaps {type(second).__name__} {_name(second)!r}"
                    )
    return found


def squeezed_splitters(root: QWidget) -> list[str]:
    """Splitters whose panes need more room than the splitter has (one is drawn over the other)."""
    found = []
    for splitter in root.findChildren(QSplitter):
        if not splitter.isVisible():
            continue
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        needed = sum(
            (pane.minimumSizeHint().width() if horizontal else pane.minimumSizeHint().height())
            if pane.minimumWidth() == 0
            else (pane.minimumWidth() if horizontal else pane.minimumHeight())
            for pane in (splitter.widget(i) for i in range(splitter.count()))
            if pane.isVisible()
        )
        room = splitter.width() if horizontal else splitter.height()
        if needed > room:
            found.append(f"splitter of {_name(splitter.widget(0))!r}: panes need {needed} px, it has {room}")
    return found


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    value = text() if callable(text) else ""
    return (value or widget.accessibleName() or widget.objectName())[:40]


def _settle(qtbot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(10)


def _check(window: QWidget, name: str, qtbot) -> list[str]:
    _settle(qtbot)
    shots = os.environ.get("OPT_OUT_PSEUDO_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(shots) / f"{name}.png"))
    problems = clipped(window) + overlapping(window) + squeezed_splitters(window)
    return [f"{name}: {problem}" for problem in problems]


def test_every_page_shows_its_pseudo_texts_whole_at_the_smallest_size(qtbot, tmp_path, pseudo_translator):
    screenshots = _load_script("take_screenshots.py")
    problems = []

    fresh = open_workspace(str(tmp_path / "fresh"))
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    assert window.width() == WIDTH and window.height() == HEIGHT  # the minimum size allows it
    problems += _check(window, "welcome", qtbot)
    window.close()
    fresh.close()

    workspace = open_workspace(str(tmp_path / "example"))
    workspace.profiles.save(screenshots.EXAMPLE_PROFILE)
    screenshots.example_checklist(workspace)
    screenshots.example_requests(workspace)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    for name in PAGE_NAMES:
        page = window.show_page(name)
        if name == "Checklist":
            page.select_platform("linkedin")
        if name == "Letters":
            page.compose_for("linkedin")
        if name == "Requests":
            page.table.selectRow(0)
        problems += _check(window, name.lower(), qtbot)
        if name == "Settings":
            for tab in ("Law", "Email", "Catalogue", "Data"):
                page.setCurrentWidget(page.tab(tab))
                problems += _check(window, f"settings-{tab.lower()}", qtbot)
    window.close()
    workspace.close()
    assert not problems, "\n".join(problems)
