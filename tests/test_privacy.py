"""Personal data never reaches the log file."""

import pytest

from opt_out_gui.cli import main
from opt_out_gui.core.logsetup import LOG_FILE_NAME


def test_profile_letters_and_requests_leave_no_personal_data_in_the_log(capsys, data_dir):
    name, email, street = "Zelda Quirinus", "zelda.quirinus@example.org", "Geheimweg 99"
    assert (
        main(
            [
                "profile",
                "set",
                "--name",
                name,
                "--email",
                email,
                "--address",
                f"{street}\\n10115 Berlin",
                "--country",
                "DE",
            ]
        )
        == 0
    )
    assert main(["profile", "set", "--email", "not-an-address"]) == 2  # a user mistake
    assert (
        main(
            [
                "requests",
                "add",
                "--platform",
                "linkedin",
                "--type",
                "gdpr-objection-ai",
                "--sent",
                "2026-11-02",
                "--channel",
                "post",
            ]
        )
        == 0
    )
    assert (
        main(["checklist", "linkedin", "--done", "generative-ai-improvement", "--note", f"done for {name}"])
        == 0
    )
    capsys.readouterr()
    log = (data_dir / LOG_FILE_NAME).read_text()
    assert "opened data directory" in log  # the log is written at all
    for secret in (name, email, street, "not-an-address"):
        assert secret not in log


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_user_mistake_in_the_gui_is_shown_but_not_logged(qtbot, data_dir, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from opt_out_gui.core.errors import UserError
    from opt_out_gui.core.workspace import open_workspace
    from opt_out_gui.ui.crash import ExceptionHook

    workspace = open_workspace(str(data_dir))
    monkeypatch.setattr("sys.excepthook", None)
    hook = ExceptionHook(workspace.log_path).install()
    try:
        raise UserError("email 'zelda@private' is not a valid email address")
    except UserError as error:
        hook(type(error), error, error.__traceback__)
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert box.text() == "email 'zelda@private' is not a valid email address"
    assert box.textFormat() == Qt.TextFormat.PlainText  # what the user typed is never rendered as HTML
    assert box.icon() == QMessageBox.Icon.Warning and not box.isModal()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QApplication.topLevelWidgets()))
    assert "zelda@private" not in workspace.log_path.read_text()
    workspace.close()


def test_a_logged_traceback_leaves_every_exception_message_out(data_dir):
    import logging

    from opt_out_gui.core.logsetup import setup_logging

    data_dir.mkdir()
    path = setup_logging(data_dir)
    # The log shows the lines that raise, so the personal data is not written in them.
    email, name = "zelda@private", "Zelda Quirinus"
    try:
        try:
            raise KeyError(email)
        except KeyError as cause:
            raise RuntimeError(f"while writing to {name}") from cause
    except RuntimeError:
        logging.getLogger("opt_out_gui.test").exception("uncaught exception")
    log = path.read_text()
    assert "KeyError" in log and "RuntimeError" in log and "test_privacy.py" in log
    assert email not in log and name not in log
