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
from opt_out_gui.core.files import TargetExists
from opt_out_gui.core.store import DamagedDatabase

# Order here is the order in `opt-out --help`.
COMMAND_MODULES = (
    "profile",
    "platforms",
    "checklist",
    "letter",
    "requests",
    "send",
    "smtp",
    "backup",
    "catalog",
    "laws",
)


def build_parser() -> argparse.ArgumentParser:
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
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for number, argument in enumerate(argv, 1):
        if not _is_text(argument):
            shown = argument.encode("utf-8", "surrogateescape")
            print(f"opt-out: error: argument {number} ({shown!r}) is not valid UTF-8 text", file=sys.stderr)
            return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except DamagedDatabase as error:
        print(f"opt-out: error: {error}", file=sys.stderr)
        print(f"opt-out: {_restore_hint(error)}", file=sys.stderr)
        return 2
    except TargetExists as error:
        print(f"opt-out: error: {error.path} exists already; pass --force to replace it", file=sys.stderr)
        return 2
    except UserError as error:
        print(f"opt-out: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`opt-out platforms | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _is_text(argument: str) -> bool:
    """False for bytes that are not UTF-8 (Python hands them over as lone surrogates)."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _restore_hint(error: DamagedDatabase) -> str:
    """The command that restores the newest kept copy (or a backup file) over the damaged database."""
    from shlex import quote

    command = f"opt-out --data-dir {quote(str(error.path.parent))} restore --force"
    if error.newest_backup is None:
        return f"no copy is kept in its backups folder; if you have a backup file, run: {command} FILE"
    return f"to restore the newest kept copy, run: {command} {quote(str(error.newest_backup))}"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
