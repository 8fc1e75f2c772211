"""The built wheel carries the templates, assets and catalogue."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (path,) = out.glob("*.whl")
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def test_wheel_contains_templates_and_assets(wheel):
    for folder in ("templates", "assets"):
        shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file()}
        assert shipped, f"{folder}/ is empty"
        inside = {
            name.removeprefix("opt_out_gui/") for name in wheel if name.startswith(f"opt_out_gui/{folder}/")
        }
        assert shipped <= inside


def test_wheel_contains_desktop_integration_and_entry_points(wheel):
    names = set(wheel)
    assert "opt_out_gui/assets/org.optoutassistant.OptOutAssistant.desktop" in names
    assert "opt_out_gui/assets/org.optoutassistant.OptOutAssistant.metainfo.xml" in names
    assert "opt_out_gui/assets/icons/org.optoutassistant.OptOutAssistant.svg" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert entry_points


def test_wheel_carries_the_licence_text(wheel):
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in wheel), "LICENSE is not in the wheel"


def test_desktop_file_and_metainfo_agree_on_the_app_id():
    from opt_out_gui import APP_ID

    desktop = (ROOT / "assets" / f"{APP_ID}.desktop").read_text()
    metainfo = (ROOT / "assets" / f"{APP_ID}.metainfo.xml").read_text()
    assert "Exec=opt-out-gui" in desktop and f"Icon={APP_ID}" in desktop
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f"{APP_ID}.desktop</launchable>" in metainfo


def test_readme_apt_line_lists_exactly_the_qt_libraries_ci_installs():
    """CI proves the README's apt line is enough (tests/test_real_display.py) only while the
    two lists agree."""
    import re

    readme = (ROOT / "README.md").read_text()
    apt_line = next(line for line in readme.splitlines() if line.startswith("sudo apt-get install"))
    readme_packages = set(apt_line.split()[4:]) - {"python3-venv"}
    ci = (ROOT / ".ci" / "run").read_text()
    ci_packages = set(re.search(r"QT_LIBS=\(([^)]*)\)", ci).group(1).split())
    assert readme_packages == ci_packages
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= ci_packages


def test_wheel_contains_the_translations(wheel):
    built = {p.relative_to(ROOT).as_posix() for p in (ROOT / "opt_out_gui" / "i18n").glob("*.qm")}
    assert len(built) == 8 and built <= set(wheel)
