"""A damaged database at start: the app offers the newest kept copy, a backup file, or quitting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from opt_out_gui.core.backup import write_backup
from opt_out_gui.core.store import DB_FILE_NAME
from opt_out_gui.core.workspace import open_workspace
from opt_out_gui.ui.damaged_data import recover_damaged_data
from tests.cli.helpers import run
from tests.core.test_damaged_data import damage, make_data

offscreen_dialog = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def damaged(tmp_path, capsys):
    """A data directory whose database is damaged, with a copy kept by an earlier restore."""
    source = tmp_path / "first.json"
    source.write_text(make_data(tmp_path / "first", "From The Copy"))
    data_dir = tmp_path / "data"
    make_data(data_dir, "Damaged One")
    assert run(capsys, "--data-dir", str(data_dir), "restore", "--force", str(source))[0] == 0
    workspace = open_workspace(str(data_dir))
    workspace.profiles.save(workspace.profiles.load().__class__(name="Latest"))
    workspace.close()
    damage(data_dir / DB_FILE_NAME)
    return data_dir


def answer(button_text: str | None, seen: list) -> None:
    """Click the button with this text in the next message box; None presses Escape."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append((box.text(), box.informativeText(), box.textFormat()))
        if button_text is None:
            QTest.keyClick(box, Qt.Key.Key_Escape)
            return
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


def damaged_error(data_dir):
    from opt_out_gui.core.store import DamagedDatabase

    with pytest.raises(DamagedDatabase) as refused:
        open_workspace(str(data_dir))
    return refused.value


@offscreen_dialog
def test_restoring_the_kept_copy_opens_it(qtbot, damaged):
    seen = []
    answer("Restore that copy", seen)
    workspace = recover_damaged_data(damaged_error(damaged))
    ((text, informative, text_format),) = seen
    assert text.startswith(f"Your data cannot be opened: {damaged / DB_FILE_NAME} is damaged (")
    assert text_format == Qt.TextFormat.PlainText
    assert "A copy of your data from " in informative and str(damaged / "backups") in informative
    assert workspace.profiles.load().name == "Damaged One"  # the copy kept before the first restore
    workspace.close()
    assert any(p.name.endswith("before-restore-damaged") for p in (damaged / "backups").iterdir())


@offscreen_dialog
@pytest.mark.parametrize("how", ["Quit", None])
def test_quitting_changes_nothing(qtbot, damaged, how):
    before = (damaged / DB_FILE_NAME).read_bytes(), sorted(p.name for p in (damaged / "backups").iterdir())
    seen = []
    answer(how, seen)
    assert recover_damaged_data(damaged_error(damaged)) is None
    assert len(seen) == 1
    assert (
        (damaged / DB_FILE_NAME).read_bytes(),
        sorted(p.name for p in (damaged / "backups").iterdir()),
    ) == before


@offscreen_dialog
@pytest.mark.parametrize("chosen", [True, False])
def test_a_backup_file_can_be_chosen_instead(qtbot, damaged, monkeypatch, tmp_path, chosen):
    other = open_workspace(str(tmp_path / "other"))
    other.profiles.save(other.profiles.load().__class__(name="From A File"))
    backup = write_backup(other.store, tmp_path / "chosen.json")
    other.close()
    before = (damaged / DB_FILE_NAME).read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(backup) if chosen else "", ""))
    answer("Restore a backup file…", [])
    workspace = recover_damaged_data(damaged_error(damaged))
    if not chosen:
        assert workspace is None and (damaged / DB_FILE_NAME).read_bytes() == before
        return
    assert workspace.profiles.load().name == "From A File"
    workspace.close()


# The app's start, in its own process: once a Qt event loop has run and quit in a
# process, later dialogs there return at once, so main() is run fresh each time.
START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from opt_out_gui.ui import app

def click():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, click)
        return
    print("asked:", box.text().splitlines()[0], flush=True)
    next(b for b in box.buttons() if b.text() == sys.argv[2]).click()

application = QApplication(["opt-out-gui"])
QTimer.singleShot(0, click)
sys.exit(app.main(["opt-out-gui", "--data-dir", sys.argv[1]]))
"""


@pytest.mark.parametrize("button, code", [("Restore that copy", 0), ("Quit", 2)])
def test_the_app_asks_at_start(damaged, button, code):
    from tests.ui.launch import run_app_script

    done = run_app_script(START, str(damaged), button)
    assert done.returncode == code, done.stderr
    assert done.stdout.startswith(f"asked: Your data cannot be opened: {damaged / DB_FILE_NAME} is damaged")
    workspace = open_workspace(str(damaged)) if code == 0 else None
    if workspace:
        assert workspace.profiles.load().name == "Damaged One"
        workspace.close()
