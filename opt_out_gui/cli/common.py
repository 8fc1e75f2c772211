"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from opt_out_gui.core.catalog import UPDATES_DIR_NAME, Catalog
from opt_out_gui.core.catalog_source import active_catalog
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import Profile

if TYPE_CHECKING:
    from opt_out_gui.core.workspace import Workspace


def catalog_from_args(args: argparse.Namespace) -> Catalog:
    """The catalogue in use (core.catalog_source.active_catalog); skipped files are reported on stderr."""
    from opt_out_gui.core.datadir import resolve_data_dir

    override = Path(args.catalog) if getattr(args, "catalog", None) else None
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    catalog = active_catalog(data_dir, override)
    for problem in catalog.problems:
        print(f"opt-out: warning: skipped catalogue file {problem}", file=sys.stderr)
    if override is None:
        warn_about_refused_update(data_dir)
    return catalog


def warn_about_refused_update(data_dir: Path) -> None:
    """Say on stderr when an installed catalogue update was refused and the shipped one is used."""
    if not (data_dir / UPDATES_DIR_NAME).is_dir():
        return  # no update was ever installed
    from opt_out_gui.core.updates import update_problem

    problem = update_problem(data_dir)
    if problem:
        print(
            f"opt-out: warning: the installed catalogue update is not used ({problem}); "
            "using the catalogue shipped with the app. `opt-out catalog update` installs a good copy",
            file=sys.stderr,
        )


def workspace_of(args: argparse.Namespace) -> Workspace:
    """The command's data directory, opened once however many parts of the command need it;
    main() closes it when the command ends (a clean close lets the next command skip the full
    database check)."""
    workspace = getattr(args, "open_workspace", None)
    if workspace is None:
        from opt_out_gui.core.workspace import open_workspace

        workspace = open_workspace(args.data_dir)
        args.open_workspace = workspace
    return workspace


def close_workspace(args: argparse.Namespace) -> None:
    workspace = getattr(args, "open_workspace", None)
    if workspace is not None:
        args.open_workspace = None
        workspace.close()


def stored_profile(args: argparse.Namespace) -> Profile:
    """The stored profile, or an empty one when there is no data directory yet.

    Reading the profile never creates a data directory: listing things stays side-effect free.
    """
    from opt_out_gui.core.datadir import resolve_data_dir
    from opt_out_gui.core.store import DB_FILE_NAME

    if not (resolve_data_dir(getattr(args, "data_dir", None)) / DB_FILE_NAME).exists():
        return Profile()
    return workspace_of(args).profiles.load()


def profile_region(args: argparse.Namespace) -> str | None:
    """The region of the stored profile, or None when there is no data directory or no country."""
    return stored_profile(args).region


def command_group(subparsers: argparse._SubParsersAction, name: str, **parser_options):
    """A command with actions (`opt-out NAME ACTION`); NAME alone prints its help, exit 2."""
    parser = subparsers.add_parser(name, **parser_options)
    parser.set_defaults(handler=lambda args: (parser.print_help(), 2)[1])
    return parser.add_subparsers(title="actions", metavar="ACTION")


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))


def parse_date(value: str, field: str = "date") -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{field} {value!r} is not a date in the form YYYY-MM-DD") from None
