"""A menu entry for freedesktop desktops (GNOME, KDE, Xfce...): `opt-out-gui --install-desktop-entry`.

`pip install` creates no menu entry, and a bundle unpacked in a folder has none either,
so the app writes its .desktop file and icon under the user's XDG data folder
(~/.local/share, or $XDG_DATA_HOME) with an Exec line that points at this installation.
No Qt here: it runs before any window exists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from opt_out_gui import APP_ID
from opt_out_gui.core.errors import UserError
from opt_out_gui.resources import assets_dir

LAUNCHER_NAME = "opt-out-gui"
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
ICON_FILE_NAME = f"{APP_ID}.svg"
# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


@dataclass(frozen=True)
class DesktopEntryPaths:
    desktop_file: Path
    icon: Path


@dataclass
class DesktopEntryResult:
    paths: DesktopEntryPaths
    changed: list[Path]  # files written or removed
    caches_refreshed: list[str] = field(default_factory=list)  # the tools that ran
    warnings: list[str] = field(default_factory=list)


def entry_paths(data_home: Path | None = None) -> DesktopEntryPaths:
    """Where the menu entry goes: the user's XDG data folder, without the app's own name."""
    if data_home is None:
        import platformdirs

        data_home = platformdirs.user_data_path()
    return DesktopEntryPaths(
        desktop_file=data_home / "applications" / DESKTOP_FILE_NAME,
        icon=data_home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE_NAME,
    )


def installed_launcher() -> Path:
    """The `opt-out-gui` program of this installation: the bundle's, the venv's, or pip --user's."""
    if getattr(sys, "frozen", False):
        candidates = [Path(sys.executable).with_name(LAUNCHER_NAME)]
    else:
        # Not resolved: a venv's python is a symlink to the base interpreter, its scripts are not.
        candidates = [
            Path(sys.executable).with_name(LAUNCHER_NAME),
            Path(sysconfig.get_path("scripts", f"{os.name}_user")) / LAUNCHER_NAME,
        ]
        found = shutil.which(LAUNCHER_NAME)
        if found:
            candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.absolute()
    tried = ", ".join(str(c) for c in candidates)
    raise UserError(f"cannot find the {LAUNCHER_NAME} program of this installation (looked at {tried})")


def exec_argument(argument: str) -> str:
    """One argument of an Exec line, quoted and escaped as the Desktop Entry spec asks."""
    argument = argument.replace("%", "%%")  # % starts a field code
    if any(char in _RESERVED for char in argument):
        argument = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument) + '"'
    # Exec is also a string value, whose own escaping doubles every backslash.
    return argument.replace("\\", "\\\\")


def desktop_entry_text(launcher: Path) -> str:
    """The shipped .desktop file with Exec and TryExec pointing at `launcher`."""
    template = (assets_dir() / DESKTOP_FILE_NAME).read_text(encoding="utf-8")
    lines = template.splitlines()
    exec_lines = [i for i, line in enumerate(lines) if line.startswith("Exec=")]
    if len(exec_lines) != 1:
        raise UserError(f"{assets_dir() / DESKTOP_FILE_NAME} must have exactly one Exec= line")
    lines[exec_lines[0]] = f"Exec={exec_argument(str(launcher))}"
    # TryExec hides the entry once this installation is gone, instead of leaving a broken one.
    lines.insert(exec_lines[0], "TryExec=" + str(launcher).replace("\\", "\\\\"))
    return "\n".join(lines) + "\n"


def _check_freedesktop() -> None:
    if sys.platform in ("win32", "darwin"):
        raise UserError(
            "a menu entry (.desktop file) is for Linux and other freedesktop systems; "
            "on Windows and macOS use the shortcut or application bundle instead"
        )


def _write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename: a reader never sees half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.chmod(0o644)
    os.replace(temporary, path)


def install_desktop_entry(launcher: Path | None = None, data_home: Path | None = None) -> DesktopEntryResult:
    """Write the .desktop file and the icon; an existing entry of this app is replaced."""
    _check_freedesktop()
    launcher = launcher or installed_launcher()
    paths = entry_paths(data_home)
    text = desktop_entry_text(launcher)
    icon = (assets_dir() / "icons" / ICON_FILE_NAME).read_bytes()
    written = []
    try:
        for path, data in ((paths.icon, icon), (paths.desktop_file, text.encode("utf-8"))):
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, data)
            written.append(path)
    except OSError as error:
        for path in written:  # no half-installed entry: a menu item without its icon
            path.unlink(missing_ok=True)
        where = error.filename or paths.desktop_file.parent
        raise UserError(f"cannot write the menu entry to {where}: {error.strerror or error}") from None
    result = DesktopEntryResult(paths, written)
    _refresh_caches(paths, result)
    return result


def uninstall_desktop_entry(data_home: Path | None = None) -> DesktopEntryResult:
    """Remove the .desktop file and the icon that install_desktop_entry wrote (if present)."""
    _check_freedesktop()
    paths = entry_paths(data_home)
    removed = []
    for path in (paths.desktop_file, paths.icon):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise UserError(f"cannot remove {path}: {error.strerror or error}") from None
        removed.append(path)
    result = DesktopEntryResult(paths, removed)
    if removed:
        _refresh_caches(paths, result)
    return result


def _refresh_caches(paths: DesktopEntryPaths, result: DesktopEntryResult) -> None:
    """Tell the desktop about the change, with the tools that are installed.

    The icon cache is refreshed only where one exists already: a stale cache hides a
    new icon, but creating one in a folder that had none is not this app's business.
    """
    hicolor = paths.icon.parents[2]
    commands = []
    if shutil.which("update-desktop-database"):
        commands.append(["update-desktop-database", "-q", str(paths.desktop_file.parent)])
    if shutil.which("gtk-update-icon-cache") and (hicolor / "icon-theme.cache").exists():
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)])
    for command in commands:
        try:
            finished = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            result.warnings.append(f"{command[0]} did not run: {error}")
            continue
        if finished.returncode == 0:
            result.caches_refreshed.append(command[0])
        else:
            result.warnings.append(f"{command[0]} failed: {finished.stderr.strip() or finished.returncode}")
