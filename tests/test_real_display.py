"""`opt-out-gui` starts on a real X display (Qt's xcb platform plugin), not only offscreen.

Issue 11: the README's apt line lacked libraries the xcb plugin loads, so the app did not
start on a desktop while every offscreen test passed. Here Xvfb (a real X server) runs,
the installed `opt-out-gui` starts on it with a fresh data directory, and after 10 s the
process must be alive and the X server's own framebuffer (Xvfb -fbdir, an XWD image of
the screen) must show a drawn window, not an empty screen.

Needs Xvfb (`apt-get install xvfb`); .ci/run installs it, so CI never skips this.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

ALIVE_FOR = 10  # seconds
SCREEN = (1280, 800)


def xvfb_or_skip() -> str:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing in CI: .ci/run must install the xvfb package")
        pytest.skip("Xvfb is not installed (apt-get install xvfb); .ci/run installs it for CI")
    return xvfb


def start_xvfb(xvfb: str, framebuffer_dir: Path) -> tuple[subprocess.Popen, str]:
    """A fresh X server on a free display number, writing its screen to framebuffer_dir."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{SCREEN[0]}x{SCREEN[1]}x24",
            "-fbdir",
            str(framebuffer_dir),
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(write_end)
    with os.fdopen(read_end) as display_number:
        number = display_number.readline().strip()  # written once the server accepts clients
    if not number:
        server.kill()
        raise AssertionError(f"Xvfb did not start: {server.communicate()[1].decode(errors='replace')}")
    return server, f":{number}"


def screen_pixels(xwd: bytes) -> list[bytes]:
    """The pixels of an XWD image (what Xvfb -fbdir writes), one bytes value each."""
    header = struct.unpack(">25I", xwd[:100])
    header_size, _version, pixmap_format, depth, width, height = header[:6]
    bits_per_pixel, bytes_per_line, ncolors = header[11], header[12], header[19]
    assert pixmap_format == 2 and depth == 24, "expected a 24-bit ZPixmap screen"
    start = header_size + ncolors * 12
    step = bits_per_pixel // 8
    pixels = []
    for row in range(height):
        line = xwd[start + row * bytes_per_line : start + row * bytes_per_line + width * step]
        pixels += [line[i : i + step] for i in range(0, len(line), step)]
    return pixels


def test_the_app_draws_its_window_on_a_real_x_display_and_keeps_running(tmp_path):
    xvfb = xvfb_or_skip()
    launcher = Path(sys.executable).with_name("opt-out-gui")
    assert launcher.exists(), f"install the package first: {launcher} is missing"
    framebuffer_dir = tmp_path / "framebuffer"
    framebuffer_dir.mkdir()
    server, display = start_xvfb(xvfb, framebuffer_dir)
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "WAYLAND"))}
    environment.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", OPT_OUT_DATA_DIR=str(tmp_path / "data"))
    app = subprocess.Popen([str(launcher)], env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        time.sleep(ALIVE_FOR)
        status = app.poll()
        output = "" if status is None else app.communicate()[0].decode(errors="replace")
        assert status is None, f"opt-out-gui exited with status {status} on xcb:\n{output[-3000:]}"
        pixels = screen_pixels((framebuffer_dir / "Xvfb_screen0").read_bytes())
    finally:
        app.kill()
        app.wait()
        server.kill()
        server.wait()
    assert len(pixels) == SCREEN[0] * SCREEN[1]
    colours = Counter(pixels)
    # Drawn: text, frames and buttons in many colours over most of the screen (Xvfb's empty
    # screen is black; the window covers about 90% of it).
    assert len(colours) > 20, f"only {len(colours)} colours on the screen: the window is not drawn"
    black = sum(count for pixel, count in colours.items() if not pixel.strip(b"\0"))
    assert black < len(pixels) / 2, "most of the screen is empty"
    assert colours.most_common(1)[0][1] < len(pixels) * 0.95, "the screen is almost one colour"
