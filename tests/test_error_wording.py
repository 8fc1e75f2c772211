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
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import Draft, TrackerService
from opt_out_gui.wording.errors import error_text
from tests.error_helpers import raised


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


def _error_classes(trees: dict[Path, ast.Module]) -> dict[str, ast.ClassDef]:
    """UserError and every class in `trees` deriving from it, by name."""
    classes = {
        node.name: node
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    family = {"UserError"}
    grew = True
    while grew:
        grew = False
        for name, node in classes.items():
            bases = {
                base.id if isinstance(base, ast.Name) else getattr(base, "attr", "") for base in node.bases
            }
            if name not in family and bases & family:
                family.add(name)
                grew = True
    return {name: classes[name] for name in family}


def _template_position(error_class: ast.ClassDef | None) -> int | None:
    """Where the class takes its template among the call's positional arguments, or None
    where the class words its message itself (its own __init__ without a template)."""
    if error_class is None:
        return 0
    for node in error_class.body:
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            names = [argument.arg for argument in node.args.args[1:]]
            return names.index("template") if "template" in names else None
    return 0


def _marked_texts(node: ast.expr, function: ast.AST | None) -> list[str] | None:
    """The literal texts a template argument can hold: QT_TRANSLATE_NOOP("Error", "...") given
    directly, or a local name only ever assigned such calls; None for anything else."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and [type(argument) for argument in node.args] == [ast.Constant, ast.Constant]
        and node.args[0].value == "Error"
    ):
        return [node.args[1].value]
    if isinstance(node, ast.Name) and function is not None:
        assigned = [
            statement.value
            for statement in ast.walk(function)
            if isinstance(statement, ast.Assign)
            and any(isinstance(target, ast.Name) and target.id == node.id for target in statement.targets)
        ]
        texts = [_marked_texts(value, None) for value in assigned]
        if assigned and all(text is not None for text in texts):
            return [text for found in texts for text in found]
    return None


def _placeholders(template: str) -> set[str]:
    import string

    return {
        name.split(".")[0].split("[")[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name is not None
    }


def test_every_core_error_is_a_marked_template_with_its_fields():
    # The GUI translates an error's template (wording/errors.py); pyside6-lupdate finds only
    # texts marked QT_TRANSLATE_NOOP, and a placeholder without its field would raise KeyError.
    package = Path(opt_out_gui.__file__).parent
    paths = [*sorted((package / "core").rglob("*.py")), package / "pdf.py"]
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    family = _error_classes(trees)
    problems = []
    for path, tree in trees.items():
        functions = [
            node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        ]
        for function in functions:
            for call in ast.walk(function):
                if not isinstance(call, ast.Call):
                    continue
                called = call.func
                if isinstance(called, ast.Name) and called.id in family:
                    position = _template_position(family[called.id])
                elif (
                    isinstance(called, ast.Attribute)
                    and called.attr == "__init__"
                    and isinstance(called.value, ast.Call)
                    and getattr(called.value.func, "id", "") == "super"
                    # An __init__ that takes a template (UserError's, InvalidValue's) hands it
                    # on: the calls of its class are checked instead.
                    and "template" not in {a.arg for a in function.args.args + function.args.kwonlyargs}
                ):
                    position = 0
                else:
                    continue
                if position is None:
                    continue
                where = f"{path.relative_to(package)}:{call.lineno}"
                given = {keyword.arg for keyword in call.keywords}
                template = next((k.value for k in call.keywords if k.arg == "template"), None)
                if template is None and position < len(call.args):
                    template = call.args[position]
                if template is None:
                    problems.append(f"{where}: no template")
                    continue
                texts = _marked_texts(template, function)
                if texts is None:
                    problems.append(f'{where}: the template is not QT_TRANSLATE_NOOP("Error", "...")')
                    continue
                if None in given:  # **fields: checked where they are built
                    continue
                for text in texts:
                    missing = _placeholders(text) - given
                    if missing:
                        problems.append(f"{where}: no field for {sorted(missing)} in {text!r}")
    assert problems == [], "\n".join(problems)
