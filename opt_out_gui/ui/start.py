"""The desktop app's entry point (`opt-out-gui`): the cyclic garbage collector waits until the
main window is shown.

Start-up makes a great many objects (modules, classes, Qt wrappers, the catalogue) and almost
no garbage, so each collection pass then only walks them again: about a tenth of the time to
the first frame (benchmarks/startup.py). ui.app.main turns collection back on once the window
is up, with what start-up made set aside as long-lived (gc.freeze).
"""

from __future__ import annotations

import gc
import sys


def main() -> int:
    gc.disable()  # before the imports: they make most of the objects
    from opt_out_gui.ui.app import main as run_app

    return run_app(sys.argv)
