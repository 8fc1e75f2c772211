"""`opt-out-gui --install-desktop-entry`: a menu entry under the user's XDG data folder.

The real launcher runs with XDG_DATA_HOME pointing at a temporary folder, and the files
it writes are checked with the freedesktop validators (Debian packages desktop-file-utils
and appstream; .ci/run installs them, so CI never skips these checks).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from opt_out_gui import APP_ID, __version__
from opt_out_gui.desktop_entry import exec_argument, install_desktop_entry

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_ICON = ROOT / "assets" / "icons" / f"{APP_ID}.svg"
METAINFO = ROOT / "assets" / f"{APP_ID}.metainfo.xml"
LAUNCHER = Path(sys.executable).with_name("opt-out-gui")


def tool_or_skip(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing in CI: .ci/run must install it")
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return found


def run_launcher(data_home: Path, *options: str) -> subprocess.CompletedProcess:
    environment = os.environ | {"XDG_DATA_HOME": str(data_home)}
    return subprocess.run(
        [str(LAUNCHER), *options], env=environment, capture_output=True, text=True, timeout=60, check=False
    )


def desktop_file(data_home: Path) -> Path:
    return data_home / "applications" / f"{APP_ID}.desktop"


def icon_file(data_home: Path) -> Path:
    return data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def validate_desktop_file(path: Path) -> None:
    result = subprocess.run(
        [tool_or_skip("desktop-file-validate"), str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout + result.stderr
    # Hints are advice, but the shipped file should not need any.
    assert result.stdout.strip() == "", result.stdout


def test_install_writes_a_valid_entry_that_starts_this_installation(tmp_path):
    result = run_launcher(tmp_path, "--install-desktop-entry")
    assert result.returncode == 0, result.stderr
    entry = desktop_file(tmp_path)
    assert str(entry) in result.stdout and str(icon_file(tmp_path)) in result.stdout
    validate_desktop_file(entry)
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f"Exec={LAUNCHER}" in lines
    assert f"TryExec={LAUNCHER}" in lines
    assert f"Icon={APP_ID}" in lines
    assert icon_file(tmp_path).read_bytes() == SHIPPED_ICON.read_bytes()
    # Installing again replaces the entry instead of failing or duplicating it.
    again = run_launcher(tmp_path, "--install-desktop-entry")
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in entry.parent.glob("*.desktop")) == [entry.name]


def test_uninstall_removes_both_files_and_says_when_nothing_was_installed(tmp_path):
    assert run_launcher(tmp_path, "--install-desktop-entry").returncode == 0
    removed = run_launcher(tmp_path, "--uninstall-desktop-entry")
    assert removed.returncode == 0, removed.stderr
    assert "Removed" in removed.stdout
    assert not desktop_file(tmp_path).exists() and not icon_file(tmp_path).exists()
    nothing = run_launcher(tmp_path, "--uninstall-desktop-entry")
    assert nothing.returncode == 0, nothing.stderr
    assert "No menu entry" in nothing.stdout and str(tmp_path / "applications") in nothing.stdout


def test_an_unwritable_data_folder_is_named_and_nothing_is_written(tmp_path):
    blocker = tmp_path / "applications"
    blocker.write_text("a file where the applications folder should be")
    result = run_launcher(tmp_path, "--install-desktop-entry")
    assert result.returncode == 2
    assert "cannot write the menu entry" in result.stderr and str(blocker) in result.stderr
    assert "Traceback" not in result.stderr
    assert not icon_file(tmp_path).exists(), "no icon left behind without its menu entry"
    assert blocker.read_text() == "a file where the applications folder should be"


@pytest.mark.parametrize(
    ("path", "written"),
    [
        ("/opt/opt-out/opt-out-gui", "/opt/opt-out/opt-out-gui"),
        ("/home/ana/My Apps/opt-out-gui", '"/home/ana/My Apps/opt-out-gui"'),
        ("/srv/$apps/100%/opt-out-gui", '"/srv/\\\\$apps/100%%/opt-out-gui"'),
        ('/srv/a"b\\c/opt-out-gui', '"/srv/a\\\\"b\\\\\\\\c/opt-out-gui"'),
    ],
)
def test_exec_argument_quotes_as_the_desktop_entry_spec_asks(path, written):
    assert exec_argument(path) == written


def test_an_entry_for_a_path_with_spaces_and_dollars_validates(tmp_path):
    launcher = tmp_path / "My $Apps" / "opt-out-gui"
    result = install_desktop_entry(launcher, data_home=tmp_path / "share")
    validate_desktop_file(result.paths.desktop_file)
    assert f"Exec={exec_argument(str(launcher))}" in result.paths.desktop_file.read_text(encoding="utf-8")


def test_an_existing_icon_cache_is_refreshed_and_none_is_created(tmp_path):
    tool_or_skip("gtk-update-icon-cache")
    fresh = install_desktop_entry(LAUNCHER, data_home=tmp_path / "fresh")
    assert "gtk-update-icon-cache" not in fresh.caches_refreshed
    assert not (tmp_path / "fresh" / "icons" / "hicolor" / "icon-theme.cache").exists()

    cache = tmp_path / "cached" / "icons" / "hicolor" / "icon-theme.cache"
    other_icon = cache.parent / "scalable" / "apps" / "org.example.Other.svg"
    other_icon.parent.mkdir(parents=True)
    shutil.copyfile(SHIPPED_ICON, other_icon)  # a cache of another app's icon, as a desktop leaves it
    subprocess.run(["gtk-update-icon-cache", "-q", "-t", "-f", str(cache.parent)], check=True)
    before = cache.read_bytes()
    assert APP_ID.encode() not in before
    cached = install_desktop_entry(LAUNCHER, data_home=tmp_path / "cached")
    assert "gtk-update-icon-cache" in cached.caches_refreshed, cached.warnings
    assert APP_ID.encode() in cache.read_bytes() and cache.read_bytes() != before


def test_metainfo_validates_and_names_this_release():
    result = subprocess.run(
        [tool_or_skip("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    releases = re.findall(r'<release version="([^"]+)" date="([^"]+)"', METAINFO.read_text(encoding="utf-8"))
    assert releases[0][0] == __version__, "the newest <release> must be this version"
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## \[?([0-9][^\] ]*)\]? - (\d{4}-\d{2}-\d{2})", changelog, re.MULTILINE)
    assert newest and (newest.group(1), newest.group(2)) == releases[0]
