"""Child process of startup.py: start a window, print when its first frame is painted, quit.

    python _first_paint.py app     the real app (opt-out-gui), as launched from a desktop menu
    python _first_paint.py bare    one empty PySide6 window of the same size

Prints `FIRST_PAINT <seconds>` on CLOCK_MONOTONIC (the parent reads the same clock before it
starts this process) once the first frame of the main window has been painted: when the
window's first paint event arrives (Qt paints a window before the widgets in it, all in one
frame), one zero-delay timer lets the rest of that frame paint and reach the backing store,
then the time is taken and the app quits.

Both modes watch the same way, by overriding the window's own paintEvent: one Python call per
paint of the window, the same in both. An application-wide event filter would have seen every
event of every widget, which charged the app (hundreds of widgets, thousands of events before
the first frame) about 35 ms the bare window (one widget) did not pay.
"""

from __future__ import annotations

import sys
import time


def reporting_first_paint(window_class):
    """A subclass of `window_class` that reports its first painted frame and quits."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def report() -> None:
        print(f"FIRST_PAINT {time.clock_gettime(time.CLOCK_MONOTONIC):.6f}", flush=True)
        QApplication.quit()

    class FirstPaintReporter(window_class):
        first_paint_seen = False

        def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
            # Queued before the window's own paintEvent runs: the app queues its after-start-up
            # work (ui.main_window._after_first_frame) there, and that is not start-up.
            if not FirstPaintReporter.first_paint_seen:
                FirstPaintReporter.first_paint_seen = True
                QTimer.singleShot(0, report)
            super().paintEvent(event)

    return FirstPaintReporter


def run_app() -> int:
    # The real entry point (ui.start) holds garbage collection back until the window is up, and
    # imports ui.app (core modules, then PySide6) first: both are part of what is measured.
    import gc

    gc.disable()
    from opt_out_gui.ui import app as app_module

    class ReportingApplication(app_module.QApplication):
        """Swaps in the reporting main window once the app exists, where main() would first
        import its module (after it has started the catalogue preload): the order of start-up
        stays the app's own."""

        def __init__(self, argv) -> None:
            super().__init__(argv)
            from opt_out_gui.ui import main_window

            main_window.MainWindow = reporting_first_paint(main_window.MainWindow)

    app_module.QApplication = ReportingApplication
    return app_module.main(["opt-out-gui"])


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv)
    window = reporting_first_paint(QWidget)()
    window.resize(1180, 780)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit({"app": run_app, "bare": run_bare}[sys.argv[1]]())
