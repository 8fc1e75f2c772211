"""Personal data never reaches the log file."""

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


def test_a_user_mistake_in_the_gui_is_shown_but_not_logged(qtbot, data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from opt_out_gui.core.errors import UserError
    from opt_out_gui.core.workspace import open_workspace
    from opt_out_gui.ui import app as app_module

    workspace = open_workspace(str(data_dir))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr("sys.excepthook", None)
    app_module.install_exception_hook(workspace.log_path)
    import sys

    try:
        raise UserError("email 'zelda@private' is not a valid email address")
    except UserError:
        sys.excepthook(*sys.exc_info())
    assert shown == ["<p>email 'zelda@private' is not a valid email address</p>"]  # escaped: shown as text
    assert "zelda@private" not in workspace.log_path.read_text()
    workspace.close()
