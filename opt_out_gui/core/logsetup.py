"""The log file in the data directory, rotated at start-up.

Only technical events are logged (start-up, migrations, errors with their
traceback). Personal data (names, emails, addresses, letter text, passwords)
never goes into a log message, and a logged traceback leaves out the exception's
message, which can quote any of those.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

LOG_FILE_NAME = "opt-out.log"
MAX_BYTES = 1_000_000
KEEP = 3
_HANDLER_NAME = "opt-out-file"


class _QuietFileHandler(logging.FileHandler):
    """A log line that cannot be written (full disk) is dropped: logging never disturbs the user."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass


def setup_logging(data_dir: Path) -> Path | None:
    """Log to <data_dir>/opt-out.log; None when the folder cannot be written (read-only, full)."""
    path = data_dir / LOG_FILE_NAME
    root = logging.getLogger()
    ours = [h for h in root.handlers if h.get_name() == _HANDLER_NAME and isinstance(h, logging.FileHandler)]
    for existing in ours:
        if Path(existing.baseFilename) == path:
            return path
        # Another data directory was opened in this process (tests do this): move the log.
        root.removeHandler(existing)
        existing.close()
    try:
        _rotate(path)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = _QuietFileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(WithoutExceptionMessages("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class WithoutExceptionMessages(logging.Formatter):
    """Logs where an error happened, not what it said: see redacted_traceback."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback, message included, on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:  # noqa: N802 (logging API)
        return redacted_traceback(ei[1])


def redacted_traceback(error: BaseException) -> str:
    """The stack and the exception types of an error and its causes, without their messages.

    A message can quote personal data (a typed address, a server's reply naming the
    user, a letter); the stack and the types are enough to find the bug.
    """
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts = []
    for number, exception in enumerate(reversed(chain)):
        if number:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(exception.__traceback__))
        kind = type(exception)
        parts.append(f"{kind.__module__}.{kind.__qualname__} (message left out of the log)\n")
    return "".join(parts).rstrip("\n")


def _rotate(path: Path) -> None:
    """opt-out.log -> .1 -> .2 -> .3 once it passes MAX_BYTES.

    Rotating once per start keeps logging.handlers (and its socket and pickle
    imports) off the start-up path; one session never writes a megabyte.
    """
    if not path.exists() or path.stat().st_size < MAX_BYTES:
        return
    for index in range(KEEP - 1, 0, -1):
        older = path.with_name(f"{path.name}.{index}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{index + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
