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


def disk_full_message(path: Path, action: str = "write") -> str:
    return f"disk full: cannot {action} {path}; free some space and try again (nothing was changed)"


def describe_os_error(error: OSError, path: Path, action: str = "write") -> str:
    """One sentence about a failed file operation, naming the path."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT) or (error.errno == errno.EIO and disk_is_full(path)):
        return disk_full_message(path, action)
    if error.errno == errno.EROFS:
        return f"cannot {action} {path}: it is on a read-only file system"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"cannot {action} {path}: permission denied"
    if error.errno == errno.ENAMETOOLONG:
        return f"cannot {action} {str(path)[:80]}...: the file name is too long"
    return f"cannot {action} {path}: {error.strerror or error}"


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
        raise UserError(describe_os_error(error, target)) from None
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
        raise UserError(describe_os_error(error, target)) from None
    return target


def _check_target(target: Path, replace: bool) -> None:
    folder = target.parent
    if not folder.exists():
        raise UserError(f"cannot write {target}: folder {folder} does not exist")
    if not folder.is_dir():
        raise UserError(f"cannot write {target}: {folder} is not a folder")
    if target.is_dir():
        raise UserError(f"cannot write {target}: it is a folder; give a file name")
    if target.exists() or target.is_symlink():
        if not target.is_file():
            raise UserError(f"cannot write {target}: it is not a regular file")
        if not replace:
            raise TargetExists(target)
