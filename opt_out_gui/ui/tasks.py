"""Work off the GUI thread, with its result back on it by signal: the one helper every
network and long job uses (catalogue update check, link check, SMTP send and test).

A Task runs `work(task)` on a worker thread. `work` may call `task.report_progress(done,
total)` and should look at `task.cancel_event` between steps. Then exactly one of
`succeeded(result)` and `failed(error)` is emitted, and `finished()` after it, all received
on the GUI thread.

The error contract: `failed` carries the exception. A UserError is an expected refusal whose
words the GUI shows (ui.errors.gui_error_text); any other exception is a bug, logged with
its traceback and shown as an unexpected error, never swallowed.

A task has no Qt parent: it stays alive while it runs even if the page that started it is
closed; the page keeps a reference only to show the outcome or to cancel.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from opt_out_gui.core.errors import UserError

log = logging.getLogger(__name__)

_WORKERS = 4
_executor: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _executor  # one pool for the app, made when the first task starts
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="opt-out-task")
    return _executor


class Task(QObject):
    succeeded = Signal(object)  # the work's result
    failed = Signal(object)  # the exception: a UserError for an expected refusal, anything else a bug
    progress = Signal(int, int)  # (done, total), from report_progress
    finished = Signal()  # after succeeded or failed

    def __init__(self, work: Callable[[Task], object]) -> None:
        super().__init__()
        self._work = work
        self.cancel_event = threading.Event()
        self._future: Future | None = None

    def start(self) -> None:
        self._future = _pool().submit(self._run)

    def cancel(self) -> None:
        """Ask the work to stop at its next step (it decides where it can)."""
        self.cancel_event.set()

    def is_running(self) -> bool:
        return self._future is not None and not self._future.done()

    def wait_until_done(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (on quit); False if it is still running after `timeout`."""
        if self._future is None:
            return True
        try:
            self._future.result(timeout)
        except TimeoutError:
            return False
        return True

    def report_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def _run(self) -> None:
        try:
            result = self._work(self)
        except UserError as error:
            self.failed.emit(error)
        except Exception as error:  # shown, not swallowed: the traceback goes to the log
            log.exception("background task failed")
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()
