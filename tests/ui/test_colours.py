"""Issue 16, themes: no colour written into the pages; error, warning, success and secondary
text derived from the palette with a contrast of at least 4.5:1 on light and dark palettes;
unticked boxes visible on a dark palette; the system's colour scheme followed."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton, QWidget

from opt_out_gui.core.profile import Profile
from opt_out_gui.ui import colours
from opt_out_gui.ui.colours import (
    ERROR,
    KIND_PROPERTY,
    MIN_CONTRAST,
    MUTED,
    SUCCESS,
    WARNING,
    ColourSchemeFollower,
    apply_palette,
    contrast_ratio,
    dark_palette,
    is_dark,
    text_colour,
)
from tests.ui.dialogs import offscreen_dialog

UI = Path(colours.__file__).parent
KINDS = (ERROR, WARNING, SUCCESS, MUTED)


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture
def dark_app(qapp):
    """The whole app on the dark palette for one test, then back to the light one."""
    light = QPalette(qapp.palette())
    apply_palette(qapp, dark_palette())
    yield qapp
    apply_palette(qapp, light)


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_text_reads_on_window_and_base(qapp, name, kind):
    palette = PALETTES[name]()
    colour = text_colour(palette, kind)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        ratio = contrast_ratio(colour, palette.color(role))
        assert ratio >= MIN_CONTRAST, f"{kind} {colour.name()} on {name} {role.name}: {ratio:.2f}:1"


def test_contrast_ratio_is_wcag_s():
    from PySide6.QtGui import QColor

    assert contrast_ratio(QColor("white"), QColor("black")) == pytest.approx(21.0)
    assert contrast_ratio(QColor(118, 118, 118), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_no_colour_is_written_into_the_interface():
    """Colours come from ui/colours.py (the palette, and the dark palette it defines)."""
    written = re.compile(r"""#[0-9a-fA-F]{3,8}\b['"]|QColor\(["']|color:\s*[#a-z]""")
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in UI.rglob("*.py")
        if path.name != "colours.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if written.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []


def test_the_pages_text_colours_read_on_the_dark_palette(qtbot, dark_app, workspace, open_window):
    """Checklist with a control done and one to check again, Requests with an overdue one."""
    workspace.profiles.save(Profile(name="Jan de Vries", email="jan@example.org", country="DE"))
    window = open_window(workspace)
    ctx = window.ctx
    ctx.checklist.set_in_use("linkedin", True)
    control = ctx.checklist.account_checklist("linkedin", "main", ctx.region).items[0].control
    ctx.checklist.mark("linkedin", control.id, "done", "main")
    window.show_page("Checklist").select_platform("linkedin")
    qtbot.wait(1)
    coloured = [w for w in QApplication.allWidgets() if w.property(KIND_PROPERTY) and w.isVisible()]
    kinds = {w.property(KIND_PROPERTY) for w in coloured}
    assert {SUCCESS, MUTED} <= kinds, kinds
    for widget in coloured:
        palette = widget.palette()
        ratio = contrast_ratio(
            palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
        )
        assert ratio >= MIN_CONTRAST, (widget.property(KIND_PROPERTY), ratio)


def indicator_contrast(box: QCheckBox) -> float:
    """The strongest contrast between the unticked box's pixels and the window around it."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    window = box.palette().color(QPalette.ColorRole.Window)
    return max(
        contrast_ratio(image.pixelColor(QPoint(x, y)), window)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


@offscreen_dialog
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_an_unticked_box_is_visible_on_either_palette(qtbot, qapp, dark):
    # Fusion draws the light box's border at 1.65:1 against the window, the dark one at less.
    light = QPalette(qapp.palette())
    apply_palette(qapp, dark_palette() if dark else None)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        box = QCheckBox("Done", holder)
        holder.show()
        # WCAG's 3:1 for the parts of a control that show its state.
        assert indicator_contrast(box) >= 3.0
    finally:
        apply_palette(qapp, light)


def test_the_app_follows_a_dark_scheme_the_theme_does_not_paint(qapp):
    light = QPalette(qapp.palette())
    assert not is_dark(light)  # the offscreen theme's palette is light, whatever the scheme
    follower = ColourSchemeFollower(qapp)
    try:
        follower.follow(Qt.ColorScheme.Dark)  # what QStyleHints.colorSchemeChanged delivers
        assert is_dark(qapp.palette())
        assert isinstance(qapp.style(), colours.VisibleCheckBoxes)
        follower.follow(Qt.ColorScheme.Light)
        assert qapp.palette().color(QPalette.ColorRole.Window) == light.color(QPalette.ColorRole.Window)
    finally:
        follower.deleteLater()
        apply_palette(qapp, light)


def test_the_outlines_are_drawn_only_where_the_style_needs_them(qapp):
    # A Python style costs a little on every drawing: Fusion needs it on either palette, a
    # style whose boxes show on a light window only on a dark one.
    light = QPalette(qapp.palette())
    try:
        qapp.setStyle("windows")
        apply_palette(qapp, light)
        assert not isinstance(qapp.style(), colours.VisibleCheckBoxes)
        apply_palette(qapp, dark_palette())
        assert isinstance(qapp.style(), colours.VisibleCheckBoxes)
        apply_palette(qapp, light)
        assert qapp.style().name() == "windows"
    finally:
        qapp.setStyle("fusion")
        apply_palette(qapp, light)
        assert isinstance(qapp.style(), colours.VisibleCheckBoxes)


def test_an_overdue_request_is_red_on_either_palette(qtbot, qapp, workspace, ctx):
    from opt_out_gui.core.tracker import Draft
    from opt_out_gui.ui.pages.requests import DAYS_LEFT, RequestsPage

    workspace.profiles.save(Profile(name="Jan de Vries", country="DE"))
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
    ctx.tracker.record(request.id, "sent", date.today() - timedelta(days=90), channel="email")
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    index = page.model.index(0, DAYS_LEFT)
    light = QPalette(qapp.palette())
    on_light = index.data(Qt.ItemDataRole.ForegroundRole)
    apply_palette(qapp, dark_palette())
    try:
        on_dark = index.data(Qt.ItemDataRole.ForegroundRole)
    finally:
        apply_palette(qapp, light)
    assert on_light.red() > on_light.green() and on_dark.red() > on_dark.green()
    assert contrast_ratio(on_light, light.color(QPalette.ColorRole.Base)) >= MIN_CONTRAST
    assert contrast_ratio(on_dark, dark_palette().color(QPalette.ColorRole.Base)) >= MIN_CONTRAST


def test_the_sidebar_follows_a_palette_change(qtbot, qapp, workspace, open_window):
    window = open_window(workspace)
    light = QPalette(qapp.palette())
    try:
        apply_palette(qapp, dark_palette())
        dark_window = dark_palette().color(QPalette.ColorRole.Window)
        qtbot.waitUntil(lambda: window.sidebar.palette().color(QPalette.ColorRole.Base) == dark_window)
        sidebar = window.sidebar.palette()
        assert sidebar.color(QPalette.ColorRole.Base) == dark_palette().color(QPalette.ColorRole.Window)
        active = QPalette.ColorGroup.Active  # (on the welcome page the sidebar is disabled)
        ratio = contrast_ratio(
            sidebar.color(active, QPalette.ColorRole.Text), sidebar.color(active, QPalette.ColorRole.Base)
        )
        assert ratio >= MIN_CONTRAST
    finally:
        apply_palette(qapp, light)
    light_window = light.color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: window.sidebar.palette().color(QPalette.ColorRole.Base) == light_window)
