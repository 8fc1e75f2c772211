"""Start-up cost of opt-out-gui against a bare PySide6 window, measured in the same run.

Alternates (a) a bare PySide6 script that shows one empty window and quits on
the first event-loop turn and (b) `opt-out-gui` quitting as soon as its main
window is shown (OPT_OUT_QUIT_WHEN_SHOWN=1), with a temporary data directory.
Prints the median ratio b/a of wall time and peak memory (max RSS) for a
returning user (profile stored) and for the first start (welcome page).

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [PAIRS]
Budget: wall ratio <= 1.5, memory ratio <= 1.5.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _env import child_environment

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv)\n"
    "w = QWidget(); w.resize(1180, 780); w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)
APP = "import sys\nfrom opt_out_gui.ui.app import main\nsys.exit(main(sys.argv))\n"


def run(code: str, env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code], env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"child failed with status {status}")
    return elapsed, usage.ru_maxrss


def measure(pairs: int, data_dir: Path, label: str, fresh_each_time: bool) -> tuple[float, float]:
    env = child_environment()
    wall, memory = [], []
    for index in range(pairs):
        directory = data_dir / f"run{index}" if fresh_each_time else data_dir
        app_env = dict(env, OPT_OUT_DATA_DIR=str(directory), OPT_OUT_QUIT_WHEN_SHOWN="1")
        bare_wall, bare_rss = run(BARE, env)
        app_wall, app_rss = run(APP, app_env)
        wall.append(app_wall / bare_wall)
        memory.append(app_rss / bare_rss)
    wall_ratio, memory_ratio = statistics.median(wall), statistics.median(memory)
    print(f"{label:<22} wall ratio {wall_ratio:.2f}   memory ratio {memory_ratio:.2f}   ({pairs} pairs)")
    return wall_ratio, memory_ratio


def main() -> int:
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    with tempfile.TemporaryDirectory() as tmp:
        returning = Path(tmp) / "returning"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "opt_out_gui.cli",
                "--data-dir",
                str(returning),
                "profile",
                "set",
                "--name",
                "Bench Mark",
                "--email",
                "bench@example.org",
                "--country",
                "DE",
                "--address",
                "Street 1\\n10115 Berlin",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        run(
            APP, dict(child_environment(), OPT_OUT_DATA_DIR=str(returning), OPT_OUT_QUIT_WHEN_SHOWN="1")
        )  # warm-up
        results = [
            measure(pairs, returning, "returning user", fresh_each_time=False),
            measure(pairs, Path(tmp) / "first", "first start (welcome)", fresh_each_time=True),
        ]
    verdict = "within" if all(w <= 1.5 and m <= 1.5 for w, m in results) else "OVER"
    print(f"budget: wall <= 1.5, memory <= 1.5 for both -> {verdict} budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
