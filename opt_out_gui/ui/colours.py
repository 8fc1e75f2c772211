"""Colours from the palette: error, warning, success and secondary text, readable on light and
dark palettes alike; and the system's colour scheme followed where Qt reports it.

No colour is written into a page: a page names what its text means (ERROR, WARNING...), and
the colour is derived here from the palette in use, its lightness moved until the text has a
contrast of at least 4.5:1 (WCAG 2, normal text) on both the window and the base colour.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

ERROR, WARNING, SUCCESS, MUTED = "error", "warning", "success", "muted"
MIN_CONTRAST = 4.5  # WCAG 2 AA for normal text
# The hue (HSL degrees) and saturation of each kind; MUTED is grey.
_HUES = {ERROR: (4, 0.70), WARNING: (34, 0.95), SUCCESS: (140, 0.55), MUTED: (0, 0.0)}
# The widget property that says a widget's text colour was derived (set_text_colour), so it
# is derived again when the palette changes.
KIND_PROPERTY = "textColourKind"


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def text_colour(palette: QPalette, kind: str) -> QColor:
    """The colour for text of `kind` on this palette: its hue, as light (on a dark palette) or
    as dark (on a light one) as it must be to reach MIN_CONTRAST on Window and Base."""
    hue, saturation = _HUES[kind]
    backgrounds = (palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base))
    dark = is_dark(palette)
    # Start near the background's side, a recognisable colour; move away until readable.
    lightness = 0.62 if dark else 0.42
    step = 0.02 if dark else -0.02
    colour = QColor.fromHslF(hue / 360, saturation, lightness)
    while not all(contrast_ratio(colour, b) >= MIN_CONTRAST for b in backgrounds):
        lightness += step
        if not 0.0 <= lightness <= 1.0:  # an odd palette: the text colour itself, always readable
            return palette.color(QPalette.ColorRole.WindowText)
        colour = QColor.fromHslF(hue / 360, saturation, lightness)
    return colour


def set_text_colour(widget: QWidget, kind: str = MUTED) -> QWidget:
    """Colour a widget's text by what it means; derived again if the palette changes."""
    widget.setProperty(KIND_PROPERTY, kind)
    _apply_kind(widget, QApplication.palette(widget))
    return widget


def _apply_kind(widget: QWidget, palette: QPalette) -> None:
    own = widget.palette()
    colour = text_colour(palette, widget.property(KIND_PROPERTY))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        own.setColor(QPalette.ColorGroup.Active, role, colour)
        own.setColor(QPalette.ColorGroup.Inactive, role, colour)
    widget.setPalette(own)


def dark_palette() -> QPalette:
    """A dark palette for when the system asks for a dark scheme and Qt's theme gives a light
    one (Linux without a desktop theme). Window and base stay distinct from the outlines."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, rgb in (
        (roles.Window, (45, 45, 48)),
        (roles.WindowText, (232, 232, 232)),
        (roles.Base, (30, 30, 32)),
        (roles.AlternateBase, (40, 40, 43)),
        (roles.Text, (232, 232, 232)),
        (roles.Button, (56, 56, 60)),
        (roles.ButtonText, (232, 232, 232)),
        (roles.BrightText, (255, 255, 255)),
        (roles.Highlight, (64, 140, 220)),
        (roles.HighlightedText, (255, 255, 255)),
        (roles.PlaceholderText, (160, 160, 160)),
        (roles.Link, (128, 180, 255)),
        (roles.LinkVisited, (190, 160, 255)),
        (roles.ToolTipBase, (45, 45, 48)),
        (roles.ToolTipText, (232, 232, 232)),
        (roles.Light, (90, 90, 95)),
        (roles.Midlight, (70, 70, 74)),
        (roles.Mid, (40, 40, 42)),
        (roles.Dark, (25, 25, 27)),
        (roles.Shadow, (10, 10, 10)),
    ):
        palette.setColor(role, QColor(*rgb))
    disabled = QColor(130, 130, 130)
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


class VisibleCheckBoxes(QProxyStyle):
    """An unticked box gets an outline in the text colour: the styles draw it darker than the
    window, which on a dark window hides it, and Fusion's light grey one reaches only 1.65:1
    on a light window (WCAG asks 3:1 for what shows a control's state). Installed only where
    needed, on a dark palette or over Fusion (a style written in Python costs a little on
    every drawing)."""

    _INDICATORS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt API)
        super().drawPrimitive(element, option, painter, widget)
        if element in self._INDICATORS:
            painter.save()
            outline = QColor(option.palette.color(QPalette.ColorRole.Text))
            outline.setAlphaF(0.7)
            painter.setPen(outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            side = min(option.rect.width(), option.rect.height()) - 1
            box = QRect(0, 0, side, side)
            box.moveCenter(option.rect.center())
            painter.drawRect(box)
            painter.restore()


def apply_palette(app: QApplication, palette: QPalette | None) -> None:
    """Use `palette` for the whole app (None: keep the one the theme set): the check box
    outlines that a dark one needs, and every derived text colour again."""
    if palette is not None:
        app.setPalette(palette)
    palette = app.palette()
    style = app.style()
    base = style.baseStyle() if isinstance(style, VisibleCheckBoxes) else style
    outlined = is_dark(palette) or base.name() == "fusion"
    if outlined and not isinstance(style, VisibleCheckBoxes):
        app.setStyle(VisibleCheckBoxes(style.name()))
    elif not outlined and isinstance(style, VisibleCheckBoxes):
        app.setStyle(base.name())
    for widget in app.allWidgets():
        if widget.property(KIND_PROPERTY):
            _apply_kind(widget, palette)


class ColourSchemeFollower(QObject):
    """Follows the system's light or dark scheme where Qt reports one (QStyleHints.colorScheme).
    Where the theme's palette already follows it, only the derived colours are worked out
    again; where the scheme is dark but the theme's palette light (Linux without a desktop
    theme), the app uses dark_palette(), and the theme's own again when the scheme turns light."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._theme_palette = QPalette(app.palette())  # what the platform theme gave
        self._replaced = False
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.follow)
        if hints.colorScheme() == Qt.ColorScheme.Dark or is_dark(app.palette()):
            self.follow(hints.colorScheme())
        else:
            apply_palette(app, None)  # Fusion's light check boxes need their outline too

    def follow(self, scheme: Qt.ColorScheme) -> None:
        if not self._replaced:
            self._theme_palette = QPalette(self._app.palette())
        if scheme == Qt.ColorScheme.Dark and not is_dark(self._theme_palette):
            self._replaced = True
            apply_palette(self._app, dark_palette())
        elif self._replaced:
            self._replaced = False
            apply_palette(self._app, self._theme_palette)
        else:
            apply_palette(self._app, None)
