"""Copies of the user data kept in <data dir>/backups/, and the switch a restore makes.

The user data is the database and the attachments folder, and they change together.
A restore builds the new pair in a staging folder inside the data directory (same
file system, so renames are atomic), then switches:

1. `restore-switch.json` is written (fsynced, renamed into place): from here on the
   switch is committed and will be finished, even after a crash;
2. the old database (with any -wal/-shm) and attachments folder are renamed into a
   snapshot folder in backups/;
3. the staged database and attachments folder are renamed into the data directory;
4. the switch file and the staging folder are removed.

`recover` runs whenever the store is opened: with a switch file it finishes steps
2-4 (each step can be repeated safely), without one it removes a staging folder that
never committed. A crash therefore leaves the old data or the new data, never a mix.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import datetime
from pathlib import Path

from opt_out_gui.core import settings, validation
from opt_out_gui.core.datadir import ATTACHMENTS_DIR, BACKUP_DIR_NAME, DB_FILE_NAME
from opt_out_gui.core.files import fsync_directory

STAGE_DIR_NAME = ".restore-stage"
SWITCH_FILE_NAME = "restore-switch.json"
KEEP_SETTING = settings.BACKUPS_KEEP.key
DEFAULT_KEEP = int(settings.BACKUPS_KEEP.default or 0)
MAX_KEEP = 100
# Snapshots are named opt-out-<YYYYmmdd-HHMMSS-ffffff>-<reason>[.sqlite3]; the stamp sorts by time.
_SNAPSHOT_NAME = re.compile(r"^opt-out-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+?)(\.sqlite3)?$")
RESTORE_REASON = "before-restore"
DAMAGED_REASON = "before-restore-damaged"
# What moves in a switch, sidecars before the database they belong to: a -wal left
# next to another database would be read as part of it.
_DB_FILES = (f"{DB_FILE_NAME}-wal", f"{DB_FILE_NAME}-shm", DB_FILE_NAME)


def check_keep(value: object) -> int:
    """How many copies to keep: a number from 1 to MAX_KEEP."""
    return validation.whole_number("copies to keep", value, minimum=1, maximum=MAX_KEEP)


def snapshot_name(reason: str, now: datetime | None = None, suffix: str = "") -> str:
    return f"opt-out-{(now or datetime.now()):%Y%m%d-%H%M%S-%f}-{reason}{suffix}"


def snapshot_time(path: Path) -> datetime | None:
    """When a kept copy was made (from its name), or None for another name."""
    match = _SNAPSHOT_NAME.match(Path(path).name)
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f") if match else None


def snapshots(data_dir: Path) -> list[Path]:
    """Copies in backups/ (folders from restores, database files from migrations), newest first."""
    folder = Path(data_dir) / BACKUP_DIR_NAME
    if not folder.is_dir():
        return []
    found = [
        (match.group(1), path) for path in folder.iterdir() if (match := _SNAPSHOT_NAME.match(path.name))
    ]
    return [path for _, path in sorted(found, reverse=True)]


def newest_restorable(data_dir: Path) -> Path | None:
    """The newest copy that can be restored (not one set aside because it was damaged)."""
    for path in snapshots(data_dir):
        named = _SNAPSHOT_NAME.match(path.name)
        reason = named.group(2) if named else None
        if reason != DAMAGED_REASON and (path.is_file() or (path / DB_FILE_NAME).is_file()):
            return path
    return None


def prune(data_dir: Path, keep: int) -> list[Path]:
    """Remove all but the `keep` newest copies; returns what was removed."""
    removed = []
    for path in snapshots(data_dir)[keep:]:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def fresh_stage(data_dir: Path) -> Path:
    """An empty staging folder (private) with an empty attachments folder in it."""
    stage = Path(data_dir) / STAGE_DIR_NAME
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(mode=0o700)
    (stage / ATTACHMENTS_DIR).mkdir(mode=0o700)
    return stage


def switch_to_stage(data_dir: Path, keep_old_as: str | None) -> Path | None:
    """Replace the data with the staged data. The old data goes to backups/<keep_old_as>, or away.

    Returns the folder holding the old data, or None when it was not kept.
    """
    data_dir = Path(data_dir)
    stage = data_dir / STAGE_DIR_NAME
    for path in (stage, stage / ATTACHMENTS_DIR):
        fsync_directory(path)
    old = None
    if keep_old_as is not None:
        backups = data_dir / BACKUP_DIR_NAME
        backups.mkdir(mode=0o700, exist_ok=True)
        old = backups / keep_old_as
        old.mkdir(mode=0o700)
        fsync_directory(backups)
    switch = {"old": str(old.relative_to(data_dir)) if old else None}
    temporary = data_dir / f".{SWITCH_FILE_NAME}.tmp"
    temporary.write_text(json.dumps(switch), encoding="utf-8")
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, data_dir / SWITCH_FILE_NAME)
    fsync_directory(data_dir)
    _finish_switch(data_dir, switch)
    return old


def recover(data_dir: Path) -> None:
    """Finish a committed switch, or drop a staging folder that never committed."""
    data_dir = Path(data_dir)
    switch_file = data_dir / SWITCH_FILE_NAME
    if switch_file.exists():
        try:
            switch = json.loads(switch_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # Written whole and renamed into place, so unreadable means damaged by
            # something else: finish the switch, keeping the old data in a new snapshot.
            switch = {"old": f"{BACKUP_DIR_NAME}/{snapshot_name(RESTORE_REASON)}"}
        _finish_switch(data_dir, switch)
        return
    (data_dir / f".{SWITCH_FILE_NAME}.tmp").unlink(missing_ok=True)
    if (data_dir / STAGE_DIR_NAME).exists():
        shutil.rmtree(data_dir / STAGE_DIR_NAME, ignore_errors=True)


def _finish_switch(data_dir: Path, switch: dict) -> None:
    """Steps 2-4 of the switch; safe to repeat after a crash at any point."""
    stage = data_dir / STAGE_DIR_NAME
    old = data_dir / switch["old"] if switch.get("old") else stage / "replaced"
    old.mkdir(mode=0o700, parents=True, exist_ok=True)
    if (stage / DB_FILE_NAME).exists():
        # The new database is not in place yet, so whatever database is there is the old one.
        for name in _DB_FILES:
            if (data_dir / name).exists():
                os.replace(data_dir / name, old / name)
        fsync_directory(old)
        os.replace(stage / DB_FILE_NAME, data_dir / DB_FILE_NAME)
    if (stage / ATTACHMENTS_DIR).exists():
        if (data_dir / ATTACHMENTS_DIR).exists():
            os.replace(data_dir / ATTACHMENTS_DIR, old / ATTACHMENTS_DIR)
            fsync_directory(old)
        os.replace(stage / ATTACHMENTS_DIR, data_dir / ATTACHMENTS_DIR)
    fsync_directory(data_dir)
    (data_dir / SWITCH_FILE_NAME).unlink(missing_ok=True)
    fsync_directory(data_dir)
    shutil.rmtree(stage, ignore_errors=True)
