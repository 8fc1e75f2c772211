"""Network work off the GUI thread: a cancellable task whose result comes back by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from opt_out_gui.core.errors import UserError

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(str)  # a message for the user
    finished = Signal()


class NetworkTask(QRunnable):
    """Runs `work(cancel_event)` on the thread pool; exactly one of succeeded/failed, then finished.

    Keep a reference to the task while it runs: its signals live on it.
    """

    def __init__(self, work: Callable[[threading.Event], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.cancel_event = threading.Event()
        self.signals = TaskSignals()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self.work(self.cancel_event)
        except UserError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # shown, not swallowed: the traceback goes to the log
            log.exception("background task failed")
            self.signals.failed.emit(f"unexpected error: {type(error).__name__}; details are in the log file")
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()
