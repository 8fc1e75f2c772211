"""`opt-out`: the command-line front end.

Each module listed in COMMAND_MODULES exposes ``register(subparsers)``, adds its
subcommands and sets ``handler=function(args) -> int`` on each parser. Handlers
call services in ``opt_out_gui.core``; they never run SQL or render templates.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from opt_out_gui import __version__
from opt_out_gui.core.errors import UserError

# Every command with the modules that register it and its one-line help, in `opt-out --help`
# order. Only the modules of the command being run are imported (a test keeps this table and
# the modules' own help in step), so `opt-out --help` and each command start fast.
COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "profile": (("profile",), "show or edit your profile (name, email, address, country, letter language)"),
    "platforms": (("platforms",), "list the platforms in the catalogue and how to opt out on each"),
    "checklist": (("checklist",), "show or change your progress on the platforms you use"),
    "letter": (("letter",), "write a request letter (objection, access, erasure, opt-out...) to a platform"),
    "requests": (("requests",), "track your requests: deadlines, replies, next steps, exports"),
    "send": (("send",), "email a request to the company through your mail server"),
    "smtp": (("smtp",), "set up the mail server that sends your requests"),
    "backup": (
        ("backup",),
        "save all your data (profile, checklist, requests, attachments) to one JSON file",
    ),
    "restore": (("backup",), "restore a backup into an empty data directory"),
    "catalog": (("catalog",), "catalogue version, signed updates, link check"),
    "deadline": (("laws",), "when must a company answer a request received on a given day"),
    "laws": (("laws",), "list the privacy laws and the requests you can make under each"),
    "authorities": (("laws",), "list data protection authorities and regulators to complain to"),
}
# Global options that take a value: the token after them is not the command.
_OPTIONS_WITH_VALUE = ("--data-dir", "--catalog")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with `command` fully registered and the others by name and help only."""
    parser = argparse.ArgumentParser(
        prog="opt-out",
        description=(
            "Opt-Out Assistant: switch off AI training on the platforms you use, "
            "write GDPR/CCPA request letters and track their deadlines."
        ),
    )
    parser.add_argument("--version", action="version", version=f"opt-out {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for your profile, requests and log "
        "(default: $OPT_OUT_DATA_DIR, else the platform's user data folder)",
    )
    parser.add_argument(
        "--catalog",
        metavar="DIR",
        help="load platform files from DIR instead of the shipped catalogue (for contributors)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS[command][0] if command else ():
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    # The others are listed by name and help only; they are never parsed in this run.
    for name, (_modules, help_text) in COMMANDS.items():
        if name not in subparsers.choices:
            subparsers.add_parser(name, help=help_text, add_help=False)
    return parser


def command_in(argv: list[str]) -> str | None:
    """The command word of a command line (skipping global options and their values)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _OPTIONS_WITH_VALUE:
            skip = True
        elif token == "--":
            continue
        elif not token.startswith("-"):
            return token
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for number, argument in enumerate(argv, 1):
        if not _is_text(argument):
            shown = argument.encode("utf-8", "surrogateescape")
            print(f"opt-out: error: argument {number} ({shown!r}) is not valid UTF-8 text", file=sys.stderr)
            return 2
    command = command_in(argv)
    if command is not None and command not in COMMANDS:
        import difflib

        close = difflib.get_close_matches(command, COMMANDS, n=3)
        hint = f"; did you mean {' or '.join(close)}?" if close else "; `opt-out --help` lists the commands"
        print(f"opt-out: error: unknown command {command!r}{hint}", file=sys.stderr)
        return 2
    parser = build_parser(command)
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except UserError as error:
        from opt_out_gui.cli.errors import cli_error_text

        print(f"opt-out: error: {cli_error_text(error)}", file=sys.stderr)
        from opt_out_gui.core.store import DamagedDatabase

        if isinstance(error, DamagedDatabase):
            print(f"opt-out: {_restore_hint(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`opt-out platforms | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    finally:
        if getattr(args, "open_workspace", None) is not None:
            from opt_out_gui.cli.common import close_workspace

            close_workspace(args)


def _is_text(argument: str) -> bool:
    """False for bytes that are not UTF-8 (Python hands them over as lone surrogates)."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _restore_hint(error) -> str:
    """The command that restores the newest kept copy (or a backup file) over the damaged database."""
    from shlex import quote

    command = f"opt-out --data-dir {quote(str(error.path.parent))} restore --force"
    if error.newest_backup is None:
        return f"no copy is kept in its backups folder; if you have a backup file, run: {command} FILE"
    return f"to restore the newest kept copy, run: {command} {quote(str(error.newest_backup))}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
