"""The log file in the data directory, rotated at start-up.

Only technical events are logged (start-up, migrations, errors with their
traceback). Personal data (names, emails, addresses, letter text, passwords)
never goes into a log message.
"""

from __future__ import annotations

import logging
import os
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
    for existing in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


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
