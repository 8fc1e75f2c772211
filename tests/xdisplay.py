"""A real X display for tests: Xvfb, a program running on it, and its screen's pixels.

Xvfb writes its screen to a file (-fbdir, an XWD image), so a test reads what a person
would see without any screenshot tool. Needs Xvfb (`apt-get install xvfb`); .ci/run
installs it, so CI fails rather than skips without it.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
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


def screen_of_running_app(
    command: list[str], environment: dict[str, str], framebuffer_dir: Path, alive_for: float = ALIVE_FOR
) -> list[bytes]:
    """Run `command` on a fresh Xvfb with Qt's xcb plugin; after `alive_for` seconds it must
    still run, and the screen's pixels are returned. The program and the server are ended."""
    server, display = start_xvfb(xvfb_or_skip(), framebuffer_dir)
    environment = {**environment, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    app = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        time.sleep(alive_for)
        status = app.poll()
        output = "" if status is None else app.communicate()[0].decode(errors="replace")
        assert status is None, f"{command[-1]} exited with status {status} on xcb:\n{output[-3000:]}"
        return screen_pixels((framebuffer_dir / "Xvfb_screen0").read_bytes())
    finally:
        app.kill()
        app.wait()
        server.kill()
        server.wait()


def assert_window_drawn(pixels: list[bytes]) -> None:
    """The screen shows a drawn window, not Xvfb's empty black screen."""
    assert len(pixels) == SCREEN[0] * SCREEN[1]
    colours = Counter(pixels)
    # Drawn: text, frames and buttons in many colours over most of the screen (Xvfb's empty
    # screen is black; the window covers about 90% of it).
    assert len(colours) > 20, f"only {len(colours)} colours on the screen: the window is not drawn"
    black = sum(count for pixel, count in colours.items() if not pixel.strip(b"\0"))
    assert black < len(pixels) / 2, "most of the screen is empty"
    assert colours.most_common(1)[0][1] < len(pixels) * 0.95, "the screen is almost one colour"
