"""Core errors carry a code and fields; each front words them: the CLI with its flags and
commands, the GUI with the place in the app. Core's own messages name neither."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

import opt_out_gui.core
from opt_out_gui.cli.errors import cli_error_text
from opt_out_gui.core.catalog import load_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.wording.errors import _TEXTS, error_text


def raised(action) -> UserError:
    with pytest.raises(UserError) as caught:
        action()
    return caught.value


@pytest.fixture
def errors(workspace, tmp_path):
    """One real error for each coded case, raised by the core code that raises it in use."""
    from opt_out_gui.core import letters
    from opt_out_gui.core.authorities import complaint_route
    from opt_out_gui.core.backup import backup_json, read_backup, restore_backup
    from opt_out_gui.core.delivery.smtp import require_smtp_settings
    from opt_out_gui.core.files import save_user_file
    from opt_out_gui.core.laws import get_law
    from opt_out_gui.core.letter_files import letter_bytes
    from opt_out_gui.core.store import Store

    catalog = load_catalog()
    tracker = TrackerService(workspace.store, catalog)
    draft = Draft("2026-AAAAAAA", "adobe", "gdpr-objection-ai", "gdpr", "en", "to", "subject", "body")
    tracker.create(draft)
    existing = tmp_path / "exists.txt"
    existing.write_text("mine")
    from opt_out_gui.core.datadir import DB_FILE_NAME

    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / DB_FILE_NAME).write_bytes(b"not a database at all")
    backup = tmp_path / "backup.json"
    backup.write_text(backup_json(workspace.store))
    letter = letters.compose_letter(
        catalog.get("adobe"),
        "gdpr-objection-ai",
        "gdpr",
        "en",
        Profile(name="Jan", address="Damrak 1", country="NL"),
        reference="2026-BBBBBBB",
        today=date(2026, 3, 2),
    )
    return {
        "request_not_found": [
            raised(lambda: tracker.get(4711)),
            raised(lambda: tracker.find("2026-ZZZZZZZ")),
        ],
        "sender_field_missing": [
            raised(lambda: letters.check_sender(Profile(), "pdf")),
            raised(lambda: letters.letter_to_eml(letter)),
        ],
        "smtp_not_set_up": [raised(lambda: require_smtp_settings(workspace.store))],
        "platform_unknown": [raised(lambda: catalog.find("zzzz-no-such-thing"))],
        "file_exists": [raised(lambda: save_user_file(existing, b"new"))],
        "not_a_database": [raised(lambda: Store.open(junk))],
        "restore_target_holds_data": [
            raised(lambda: restore_backup(workspace.data_dir, read_backup(backup)))
        ],
        "reference_exists": [raised(lambda: tracker.create(draft))],
        "pdf_unavailable": [raised(lambda: letter_bytes(letter, "pdf"))],
        "deadline_not_passed": [
            raised(
                lambda: letters.compose_letter(
                    catalog.get("adobe"),
                    "gdpr-reminder",
                    "gdpr",
                    "en",
                    Profile(name="Jan", address="Damrak 1", country="NL"),
                    reference="2026-CCCCCCC",
                    today=date(2026, 3, 2),
                    options=letters.LetterOptions(earlier_date=date(2026, 2, 20)),
                )
            )
        ],
        "land_required": [
            raised(lambda: complaint_route(get_law("gdpr"), "DE", "", catalog.get("linkedin")))
        ],
    }


def test_each_coded_error_keeps_its_code_and_its_words_equal_cores_message(errors):
    for code, cases in errors.items():
        for error in cases:
            assert error.code == code
            assert error_text(error) == str(error), code  # the translatable text is core's message


def test_the_cli_adds_its_flag_or_command_and_the_gui_the_place_in_the_app(errors):
    assert "give --name or set it with `opt-out profile set --name ...`" in cli_error_text(
        errors["sender_field_missing"][0]
    )
    assert cli_error_text(errors["request_not_found"][0]).endswith("`opt-out requests list` shows the ids")
    assert "`opt-out smtp set" in cli_error_text(errors["smtp_not_set_up"][0])
    assert cli_error_text(errors["file_exists"][0]).endswith("exists already; pass --force to replace it")
    assert "pass --force to replace it" in cli_error_text(errors["restore_target_holds_data"][0])
    assert cli_error_text(errors["land_required"][0]).endswith("(for example --state Berlin)")


def test_the_gui_never_shows_a_flag_or_a_command(errors, qapp):
    from opt_out_gui.ui.errors import gui_error_text

    assert gui_error_text(errors["sender_field_missing"][0]).endswith("add it in Settings > Profile")
    assert gui_error_text(errors["smtp_not_set_up"][0]).endswith("enter your mail server in Settings > Email")
    assert gui_error_text(errors["land_required"][0]).endswith("(Settings > Profile, Land)")
    for cases in errors.values():
        for error in cases:
            text = gui_error_text(error)
            assert not re.search(r"(^|\s)--[a-z]", text) and "opt-out " not in text, text


def test_every_text_for_a_code_is_checked_against_a_real_error(errors):
    # A code worded without a real error behind it could drift from what core says.
    untested = (
        set(_TEXTS) - set(errors) - {"smtp_password_missing", "law_unknown_for_country", "changed_meanwhile"}
    )
    assert untested == set()


def test_core_messages_name_no_flag_and_no_command():
    # Any string in core other than a docstring may reach a user, in either front.
    flag_or_command = re.compile(r"`opt-out [a-z]|(^|[\s(])--[a-z]")
    offenders = []
    for path in Path(opt_out_gui.core.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        offenders += [
            f"{path.name}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and flag_or_command.search(node.value)
        ]
    assert offenders == []
