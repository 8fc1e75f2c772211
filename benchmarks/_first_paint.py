"""Child process of startup.py: start a window, print when its first frame is painted, quit.

    python _first_paint.py app     the real app (opt-out-gui), as launched from a desktop menu
    python _first_paint.py bare    one empty PySide6 window of the same size

Prints `FIRST_PAINT <seconds>` on CLOCK_MONOTONIC (the parent reads the same clock before it
starts this process) once the first frame of the main window has been painted: after the
first Paint event reaches the window or any widget in it, one zero-delay timer lets the rest
of that frame paint and reach the backing store, then the time is taken and the app quits.
Both modes watch with the same event filter, so its cost is in both.
"""

from __future__ import annotations

import sys
import time


def watch_first_paint(application_class, is_target):
    """A QApplication subclass that quits after the first painted frame of a target window."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    paint = QEvent.Type.Paint

    class FirstPaintWatcher(QObject):
        def __init__(self, app) -> None:
            super().__init__(app)
            self.app = app
            self.seen = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
            if not self.seen and event.type() == paint and is_target(watched):
                self.seen = True
                QTimer.singleShot(0, self.painted)
            return False

        def painted(self) -> None:
            print(f"FIRST_PAINT {time.clock_gettime(time.CLOCK_MONOTONIC):.6f}", flush=True)
            self.app.quit()

    class PaintWatchingApplication(application_class):
        def __init__(self, argv) -> None:
            super().__init__(argv)
            self.first_paint_watcher = FirstPaintWatcher(self)
            self.installEventFilter(self.first_paint_watcher)

    return PaintWatchingApplication


def run_app() -> int:
    # The real entry point (ui.start) holds garbage collection back until the window is up, and
    # its import order (core modules before PySide6) is kept: both are part of what is measured.
    import gc

    gc.disable()
    from PySide6.QtWidgets import QMainWindow, QWidget

    from opt_out_gui.ui import app as app_module

    def in_main_window(watched) -> bool:
        return isinstance(watched, QWidget) and isinstance(watched.window(), QMainWindow)

    # main() creates the QApplication itself (after starting the catalogue preload); give it
    # the watching subclass so the order of its start-up is unchanged.
    app_module.QApplication = watch_first_paint(app_module.QApplication, in_main_window)
    return app_module.main(["opt-out-gui"])


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    def in_window(watched) -> bool:
        return isinstance(watched, QWidget)

    app = watch_first_paint(QApplication, in_window)(sys.argv)
    window = QWidget()
    window.resize(1180, 780)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit({"app": run_app, "bare": run_bare}[sys.argv[1]]())
