import argparse
import json
import subprocess
import sys

import pytest

from opt_out_gui import __version__
from opt_out_gui.cli import COMMANDS, build_parser, main
from tests.cli.helpers import run


def test_set_then_show_json(capsys):
    code, out, _ = run(
        capsys,
        "profile",
        "set",
        "--name",
        "Ana Pérez",
        "--email",
        "ana@example.org",
        "--address",
        r"Calle Mayor 1\n28013 Madrid",
        "--country",
        "es",
        "--lang",
        "es",
    )
    assert code == 0 and "Profile updated" in out
    code, out, _ = run(capsys, "profile", "show", "--json")
    data = json.loads(out)
    assert data == {
        "name": "Ana Pérez",
        "email": "ana@example.org",
        "address": "Calle Mayor 1\n28013 Madrid",
        "country": "ES",
        "state": "",
        "language": "es",
        "region": "eu",
        "missing": [],
    }


def test_show_lists_what_letters_still_need(capsys):
    run(capsys, "profile", "set", "--name", "Bo")
    code, out, _ = run(capsys, "profile", "show")
    assert code == 0
    assert "Name:            Bo" in out
    assert "Letters need: email, address, country" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--email", "bo@"], "email 'bo@' is not a valid email address"),
        (["--country", "Atlantis"], "country 'Atlantis' is not a country the app knows"),
        (["--country", "US"], "state is required for the United States"),
    ],
)
def test_bad_value_is_one_line_exit_2_and_changes_nothing(capsys, args, message):
    run(capsys, "profile", "set", "--name", "Kept")
    code, out, err = run(capsys, "profile", "set", *args)
    assert code == 2
    assert err.startswith("opt-out: error: ") and message in err
    assert len(err.strip().splitlines()) == 1
    _, out, _ = run(capsys, "profile", "show", "--json")
    assert json.loads(out)["name"] == "Kept"
    assert json.loads(out)["country"] == ""


def test_bad_data_dir_is_exit_2(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(blocker), "profile", "show")
    assert code == 2
    assert f"data directory {blocker} is not a folder" in err


def test_database_that_is_not_sqlite_is_exit_2(capsys, data_dir):
    data_dir.mkdir()
    (data_dir / "opt-out.sqlite3").write_text("hello")
    code, _, err = run(capsys, "profile", "show")
    assert code == 2 and "is not an SQLite database" in err
    assert (data_dir / "opt-out.sqlite3").read_text() == "hello"


def _all_parsers(parser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from _all_parsers(child)


def test_help_exists_on_every_level(capsys):
    parsers = [
        nested
        for command in COMMANDS
        for nested in _all_parsers(build_parser(command)._subparsers._group_actions[0].choices[command])
    ]
    assert len(parsers) >= len(COMMANDS) + 10
    for parser in parsers:
        argv = parser.prog.split()[1:] + ["--help"]
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("usage: " + parser.prog)


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"opt-out {__version__}"


def test_installed_console_script_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "opt_out_gui.cli", "--data-dir", str(tmp_path / "d"), "profile", "show"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Letters need: name, email, address, country" in result.stdout


def test_the_command_table_matches_what_each_module_registers():
    # `opt-out --help` lists commands from COMMANDS without importing their modules.
    for command, (_modules, help_text) in COMMANDS.items():
        subparsers = build_parser(command)._subparsers._group_actions[0]
        registered = {action.dest: action.help for action in subparsers._choices_actions}
        assert registered[command] == help_text, command
        assert subparsers.choices[command].add_help, f"{command} is not registered by its modules"


def test_help_and_each_command_import_only_what_they_need():
    code = (
        "import sys; from opt_out_gui.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('opt_out_gui.cli.')))"
    )
    for argv, expected in (
        (["--help"], []),
        (["deadline", "--help"], ["opt_out_gui.cli.common", "opt_out_gui.cli.laws"]),
    ):
        result = subprocess.run(
            [sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip().splitlines()[-1] == repr(expected), argv


def test_a_mistyped_command_gets_a_suggestion(capsys):
    assert main(["platfroms"]) == 2
    assert "unknown command 'platfroms'; did you mean platforms?" in capsys.readouterr().err
    assert main(["--data-dir", "platforms", "zzz"]) == 2  # the value of --data-dir is not the command
    assert "unknown command 'zzz'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("country", "state", "stored"),
    [
        ("USA", "California", ("US", "CA")),
        ("United States", "california", ("US", "CA")),
        ("us", "US-CA", ("US", "CA")),
        ("UK", None, ("GB", "")),
        ("Germany", "Bayern", ("DE", "BY")),
    ],
)
def test_country_and_state_by_name_or_common_code(capsys, country, state, stored):
    """`--country USA`, `--country "United States"`, `--state California` are what people type."""
    argv = ["profile", "set", "--country", country] + (["--state", state] if state else [])
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    _, out, _ = run(capsys, "profile", "show", "--json")
    data = json.loads(out)
    assert (data["country"], data["state"]) == stored


def test_unknown_country_names_close_ones(capsys):
    code, _, err = run(capsys, "profile", "set", "--country", "Russia")
    assert code == 2
    assert "did you mean Russian Federation" in err


def test_same_country_by_name_keeps_the_state(capsys):
    run(capsys, "profile", "set", "--country", "US", "--state", "CA")
    run(capsys, "profile", "set", "--country", "United States")
    _, out, _ = run(capsys, "profile", "show", "--json")
    assert json.loads(out)["state"] == "CA"
