"""Catalogue loading against the app's start-up wall time, and filtering as you type.

In one run: (a) `opt-out-gui` start-up wall time (quitting when the main window
shows, a returning user's data directory), (b) loading the whole catalogue the
way the app does (with its parse cache warm, and cold), each in a fresh process
so the catalogue module's own import counts. Prints (b)/(a) as a share of start-up; budget < 5 %.
Also times the Checklist page's filter for each prefix of a search word.

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/catalog.py [RUNS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _env import child_environment

# What the app has imported by the time the Checklist or Dashboard needs the
# catalogue is loaded first; the timing covers the catalogue module and the load.
LOAD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "import opt_out_gui.ui.app, opt_out_gui.ui.main_window, opt_out_gui.core.workspace\n"
    "t = time.perf_counter()\n"
    "from opt_out_gui.core.catalog import load_catalog\n"
    "load_catalog(cache_dir=Path(sys.argv[1]) if sys.argv[1] != '-' else None)\n"
    "print(time.perf_counter() - t)\n"
)
APP = "import sys\nfrom opt_out_gui.ui.app import main\nsys.exit(main(sys.argv))\n"


def wall(code: str, env: dict[str, str], *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def in_process(code: str, env: dict[str, str], *args: str) -> float:
    output = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    ).stdout
    return float(output.strip())


def filter_timing() -> float:
    from PySide6.QtWidgets import QApplication

    from opt_out_gui.core.workspace import open_workspace
    from opt_out_gui.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        workspace = open_workspace(tmp)
        workspace.profiles.save(workspace.profiles.load().__class__(name="B", country="DE"))
        window = MainWindow(workspace)
        page = window.show_page("Checklist")
        timings = []
        for _ in range(20):
            for prefix in ("m", "mi", "mic", "micr", "micro", ""):
                start = time.perf_counter()
                page.search.setText(prefix)
                app.processEvents()
                timings.append(time.perf_counter() - start)
        window.close()
        workspace.close()
    return statistics.median(timings)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    env = child_environment()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "opt_out_gui.cli",
                "--data-dir",
                str(data),
                "profile",
                "set",
                "--name",
                "Bench",
                "--country",
                "DE",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        app_env = dict(env, OPT_OUT_DATA_DIR=str(data), OPT_OUT_QUIT_WHEN_SHOWN="1")
        cache = str(Path(tmp) / "cache")
        in_process(LOAD, env, cache)  # fill the cache
        startup, warm, cold = [], [], []
        for _ in range(runs):
            startup.append(wall(APP, app_env))
            warm.append(in_process(LOAD, env, cache))
            cold.append(in_process(LOAD, env, "-"))
    app_time = statistics.median(startup)
    for label, samples in (("catalogue load, cache warm", warm), ("catalogue load, no cache", cold)):
        share = statistics.median(samples) / app_time
        print(
            f"{label:<28} {statistics.median(samples) * 1000:6.1f} ms = {share:6.1%} of start-up "
            f"({app_time * 1000:.0f} ms)"
        )
    print(f"checklist filter per keystroke  {filter_timing() * 1000:6.2f} ms (median)")
    print("budget: warm catalogue load < 5 % of start-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
