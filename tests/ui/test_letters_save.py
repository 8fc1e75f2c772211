"""Saving a letter from the Letters page: a private file, and a question before replacing one."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from opt_out_gui.core.profile import Profile
from opt_out_gui.ui.main_window import MainWindow


@pytest.fixture
def page(qtbot, workspace):
    workspace.profiles.save(
        Profile(name="Jan de Vries", email="jan@example.nl", address="Damrak 1\nAmsterdam", country="NL")
    )
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    letters = window.show_page("Letters")
    letters.compose_for("adobe", "gdpr-objection-ai")
    yield letters


def answer_the_question(how: str) -> list[str]:
    """Answer the next modal question as a user would: 'replace', 'cancel' or 'escape'."""
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        if how == "escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            button = QMessageBox.StandardButton.Yes if how == "replace" else QMessageBox.StandardButton.Cancel
            box.button(button).click()

    QTimer.singleShot(0, answer)
    return seen


def test_a_saved_letter_is_private(page, tmp_path):
    out = tmp_path / "letter.txt"
    page.save_as("txt", out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Jan de Vries" in out.read_text()


# The offscreen platform cannot pass a dialog's size hints on; nothing to do with the app.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("how, replaced", [("replace", True), ("cancel", False), ("escape", False)])
def test_an_existing_file_is_replaced_only_when_the_user_confirms(page, tmp_path, how, replaced):
    out = tmp_path / "letter.txt"
    out.write_text("my own notes")
    seen = answer_the_question(how)
    page.save_as("txt", out)
    assert seen == [f"letter.txt exists already in {tmp_path}. Replace it with this letter?"]
    assert ("Jan de Vries" in out.read_text()) is replaced
    assert page.status.text() == (f"Saved {out}." if replaced else "Not saved: letter.txt exists already.")
    assert QApplication.activeModalWidget() is None
    if replaced:
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_missing_folder_is_shown_as_one_line(page, tmp_path):
    page.save_as("pdf", tmp_path / "missing" / "letter.pdf")
    assert page.error.isVisibleTo(page)
    assert "folder" in page.error.text() and "does not exist" in page.error.text()
