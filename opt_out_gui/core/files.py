"""Writing files that hold personal data: private (0600), complete or absent, and never a surprise.

A file appears under its name only once it is complete and on disk. An existing
file is replaced only when the caller says the user agreed. Every failure is a
UserError that names the path and says what is wrong ("disk full", "folder does
not exist"); no half-written file is left behind.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Literal

from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError

# Free space under which a failed write is reported as a full disk.
_FULL_DISK_BYTES = 256 * 1024


class TargetExists(UserError):
    """The chosen file exists and the user has not agreed to replace it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Error", "{path} exists already; choose another file name or agree to replace it"
            ),
            code="file_exists",
            path=path,
        )
        self.path = path


def _link_without_replacing(temporary: Path, target: Path) -> None:
    """Give the complete file its name unless that name exists (FileExistsError then)."""
    try:
        # A hard link never replaces: a file created meanwhile is not overwritten.
        os.link(temporary, target)
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        # No hard links on this file system (FAT, some network drives): check, then rename.
        if target.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        os.replace(temporary, target)
        return
    temporary.unlink()


def disk_is_full(path: Path) -> bool:
    """True when the file system holding `path` (or its nearest existing parent) is (nearly) full."""
    for candidate in (Path(path), *Path(path).parents):
        try:
            status = os.statvfs(candidate)
        except OSError:
            continue
        return status.f_bavail * status.f_frsize < _FULL_DISK_BYTES
    return False


# What a failed file operation was doing: each has its own sentences, for the translators.
FileAction = Literal["write", "create", "open", "create data directory"]


def disk_full_problem(path: Path, action: FileAction = "write") -> UserError:
    """The error for a full disk while doing `action` on `path`."""
    if action == "create":
        template = QT_TRANSLATE_NOOP(
            "Error", "disk full: cannot create {path}; free some space and try again (nothing was changed)"
        )
    elif action == "open":
        template = QT_TRANSLATE_NOOP(
            "Error", "disk full: cannot open {path}; free some space and try again (nothing was changed)"
        )
    elif action == "create data directory":
        template = QT_TRANSLATE_NOOP(
            "Error",
            "disk full: cannot create data directory {path}; free some space and try again "
            "(nothing was changed)",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Error", "disk full: cannot write {path}; free some space and try again (nothing was changed)"
        )
    return UserError(template, path=path)


def file_problem(error: OSError, path: Path, action: FileAction = "write") -> UserError:
    """The error for a failed file operation, naming the path and what went wrong."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT) or (error.errno == errno.EIO and disk_is_full(path)):
        return disk_full_problem(path, action)
    shown: object = path
    reason: object
    if error.errno == errno.EROFS:
        reason = UserError(QT_TRANSLATE_NOOP("Error", "it is on a read-only file system"))
    elif error.errno in (errno.EACCES, errno.EPERM):
        reason = UserError(QT_TRANSLATE_NOOP("Error", "permission denied"))
    elif error.errno == errno.ENAMETOOLONG:
        shown = f"{str(path)[:80]}..."
        reason = UserError(QT_TRANSLATE_NOOP("Error", "the file name is too long"))
    else:
        reason = error.strerror or error
    if action == "create":
        template = QT_TRANSLATE_NOOP("Error", "cannot create {path}: {reason}")
    elif action == "open":
        template = QT_TRANSLATE_NOOP("Error", "cannot open {path}: {reason}")
    elif action == "create data directory":
        template = QT_TRANSLATE_NOOP("Error", "cannot create data directory {path}: {reason}")
    else:
        template = QT_TRANSLATE_NOOP("Error", "cannot write {path}: {reason}")
    return UserError(template, path=shown, reason=reason)


def write_private_file(target: Path, data: bytes) -> None:
    """Create `target` (mode 0600, never overwriting) and make it durable before returning.

    Raises OSError (FileExistsError when it exists); a failed write leaves no file.
    """
    descriptor = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    fsync_directory(target.parent)


def fsync_directory(path: Path) -> None:
    """Make renames and new names in a directory durable (POSIX; Windows cannot open a directory)."""
    if os.name != "posix":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def save_user_file(target: Path, data: bytes, *, replace: bool = False) -> Path:
    """Write a file the user chose (a letter, an export, a backup): mode 0600, all or nothing.

    An existing file is refused with TargetExists unless `replace`; a folder, a device
    or a missing folder is refused with a UserError that names it.
    """
    target = Path(target)
    try:
        _check_target(target, replace)
    except OSError as error:  # a name too long, a folder that cannot be searched
        raise file_problem(error, target) from None
    folder = target.parent
    temporary = folder / f".{target.name[:100]}.{os.urandom(4).hex()}.tmp"
    try:
        write_private_file(temporary, data)
        if replace:
            os.replace(temporary, target)
        else:
            _link_without_replacing(temporary, target)
        fsync_directory(folder)
    except FileExistsError:
        temporary.unlink(missing_ok=True)
        raise TargetExists(target) from None
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise file_problem(error, target) from None
    return target


def _check_target(target: Path, replace: bool) -> None:
    folder = target.parent
    if not folder.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot write {path}: folder {folder} does not exist"),
            path=target,
            folder=folder,
        )
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot write {path}: {folder} is not a folder"),
            path=target,
            folder=folder,
        )
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "cannot write {path}: it is a folder; give a file name"), path=target
        )
    if target.exists() or target.is_symlink():
        if not target.is_file():
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "cannot write {path}: it is not a regular file"), path=target
            )
        if not replace:
            raise TargetExists(target)
