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
import sys
from pathlib import Path

from tests.xdisplay import assert_window_drawn, screen_of_running_app


def test_the_app_draws_its_window_on_a_real_x_display_and_keeps_running(tmp_path):
    launcher = Path(sys.executable).with_name("opt-out-gui")
    assert launcher.exists(), f"install the package first: {launcher} is missing"
    framebuffer_dir = tmp_path / "framebuffer"
    framebuffer_dir.mkdir()
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "WAYLAND"))}
    environment["OPT_OUT_DATA_DIR"] = str(tmp_path / "data")
    assert_window_drawn(screen_of_running_app([str(launcher)], environment, framebuffer_dir))
