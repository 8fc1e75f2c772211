"""The window icon comes from PNG renders of the SVG icon (ui/window_icon.py): in step with
the SVG, and set without loading QtSvg at start-up."""

import pytest
from PySide6.QtGui import QImage

from opt_out_gui.ui.window_icon import WINDOW_ICON_SIZES, render_icon, window_icon_files
from tests.ui.launch import REPO, run_app_script


def largest_channel_difference(first: QImage, second: QImage) -> int:
    first = first.convertToFormat(QImage.Format.Format_ARGB32)
    second = second.convertToFormat(QImage.Format.Format_ARGB32)
    return max(abs(a - b) for a, b in zip(bytes(first.constBits()), bytes(second.constBits()), strict=True))


@pytest.mark.parametrize("size", WINDOW_ICON_SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size):
    path = dict(zip(WINDOW_ICON_SIZES, window_icon_files(REPO / "assets"), strict=True))[size]
    shipped = QImage(str(path))
    assert not shipped.isNull(), f"{path} is missing or unreadable: run scripts/render-icons"
    assert (shipped.width(), shipped.height()) == (size, size)
    fresh = render_icon(size, REPO / "assets")
    assert fresh.pixelColor(size // 2, size // 2).alpha() == 255  # the shield's middle is drawn
    # Anti-aliasing may differ by a step between Qt versions; a changed drawing differs by far more.
    assert largest_channel_difference(shipped, fresh) <= 8, f"{path} is out of step: run scripts/render-icons"


def test_the_app_sets_every_size_without_loading_qtsvg(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from opt_out_gui.ui.start import main\n"
        "sys.argv = ['opt-out-gui', '--data-dir', sys.argv[1]]\n"
        "status = main()\n"
        "sizes = [s.width() for s in QApplication.windowIcon().availableSizes()]\n"
        "print(status, 'PySide6.QtSvg' in sys.modules, *sizes)\n"
    )
    done = run_app_script(script, str(tmp_path / "data"))
    assert done.stdout.split() == ["0", "False", *map(str, WINDOW_ICON_SIZES)], done.stderr
