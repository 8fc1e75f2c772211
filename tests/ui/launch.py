"""Start the app in a fresh Python process, for what only a whole start shows (the launcher's
garbage collection, what start-up imports, the question asked before the window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from opt_out_gui.ui.app import QUIT_WHEN_SHOWN_ENV

REPO = Path(__file__).resolve().parents[2]


def run_app_script(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `script` (python -c) with `args` on Qt's offscreen platform; the app quits on the
    first event-loop turn after its main window shows."""
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    env[QUIT_WHEN_SHOWN_ENV] = "1"
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, timeout=60
    )
