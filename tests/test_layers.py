"""Architecture rules from the design notes, checked."""

import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import opt_out_gui.core

CORE_MODULES = sorted(
    f"opt_out_gui.core.{m.name}" for m in pkgutil.walk_packages(opt_out_gui.core.__path__) if m.name
)


def test_core_imports_without_qt():
    # A meta-path hook makes any PySide6/shiboken import fail, as on a machine without Qt.
    script = textwrap.dedent(
        f"""
        import importlib, sys
        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is blocked in this test: " + name)
        sys.meta_path.insert(0, BlockQt())
        for name in {CORE_MODULES!r}:
            importlib.import_module(name)
        print("imported", len({CORE_MODULES!r}))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert f"imported {len(CORE_MODULES)}" in result.stdout
    assert len(CORE_MODULES) >= 5


def test_letters_laws_and_the_letters_page_import_without_jinja2_or_babel():
    # Start-up speed: templates and date formatting load only when a letter is rendered.
    script = textwrap.dedent(
        """
        import os, sys
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import opt_out_gui.core.letters, opt_out_gui.core.laws, opt_out_gui.ui.pages.letters
        print(sorted(m for m in ("jinja2", "babel") if m in sys.modules))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_sql_outside_the_store_layer():
    package = Path(opt_out_gui.core.__file__).parent.parent
    offenders = [
        str(path.relative_to(package))
        for folder in ("ui", "cli")
        for path in (package / folder).rglob("*.py")
        if "sqlite3" in path.read_text() or "connection.execute" in path.read_text()
    ]
    assert offenders == []
