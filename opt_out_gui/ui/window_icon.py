"""The window icon, from PNG renders of the app's SVG icon.

Qt decodes PNG itself; an icon made from the SVG loads Qt's SVG icon plugin and QtSvg at
start-up, about 1.8 MiB and 2 ms before the first frame (benchmarks/startup.py), for a picture
that never changes. scripts/render-icons writes the PNGs; tests/test_window_icon.py keeps them
in step with the SVG, which menus and launchers still use (desktop_entry.py installs it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QImage

from opt_out_gui import APP_ID
from opt_out_gui.resources import assets_dir

# Sizes window managers and taskbars ask for, up to a high-DPI dock's.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_svg(assets: Path | None = None) -> Path:
    return (assets or assets_dir()) / "icons" / f"{APP_ID}.svg"


def window_icon_files(assets: Path | None = None) -> list[Path]:
    folder = (assets or assets_dir()) / "icons"
    return [folder / f"{APP_ID}-{size}.png" for size in WINDOW_ICON_SIZES]


def window_icon() -> QIcon:
    icon = QIcon()
    for path in window_icon_files():
        icon.addFile(str(path))
    return icon


def render_icon(size: int, assets: Path | None = None) -> QImage:
    """The SVG drawn at size x size on a transparent background (for scripts/render-icons)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(icon_svg(assets))).render(painter)
    painter.end()
    return image
