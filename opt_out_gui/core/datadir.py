"""The user's data directory: where it is, and making it safe to use."""

from __future__ import annotations

import os
from pathlib import Path

from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError

ENV_VAR = "OPT_OUT_DATA_DIR"
APP_DIR_NAME = "opt-out-assistant"
# What lives in a data directory: the database, the files attached to requests, and
# copies of both kept before upgrades and restores.
DB_FILE_NAME = "opt-out.sqlite3"
ATTACHMENTS_DIR = "attachments"
BACKUP_DIR_NAME = "backups"
# What only saves time and is made again when missing: parsed catalogue files, holiday tables.
CACHE_DIR_NAME = "cache"


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """--data-dir wins, then $OPT_OUT_DATA_DIR, then the platform's user data folder."""
    chosen = cli_value or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def prepare_data_dir(path: Path) -> Path:
    """Create the folder (mode 0700) if needed and check that it is usable.

    Raises UserError without creating anything when the path is a file, or when
    the folder cannot be created or read. A folder that exists but cannot be
    written is returned: the store opens it read-only.
    """
    path = path.expanduser()
    if path.exists() and not path.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Error", "data directory {path} is not a folder"), path=path)
    if not path.exists():
        try:
            path.mkdir(mode=0o700, parents=True)
            # mkdir's mode is filtered by the umask; set it explicitly.
            path.chmod(0o700)
        except OSError as error:
            from opt_out_gui.core.files import file_problem

            raise file_problem(error, path, "create data directory") from None
    if not os.access(path, os.R_OK | os.X_OK):
        raise UserError(QT_TRANSLATE_NOOP("Error", "data directory {path} cannot be read"), path=path)
    return path
