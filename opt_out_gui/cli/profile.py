"""`opt-out profile show|set`: the sender of every letter."""

from __future__ import annotations

import argparse
import json

from opt_out_gui.cli.common import command_group, workspace_of
from opt_out_gui.core import countries
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.profile import LANGUAGES, missing_fields


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers,
        "profile",
        help="show or edit your profile (name, email, address, country, letter language)",
        description="Your profile fills the sender block of every letter; "
        "your country decides which laws and controls apply.",
    )

    show = actions.add_parser("show", help="print the profile", description="Print the profile.")
    show.add_argument("--json", action="store_true", help="print JSON with stable keys")
    show.set_defaults(handler=_show)

    edit = actions.add_parser(
        "set",
        help="change profile fields",
        description="Change the given fields; the others keep their values. "
        "Changing the country clears the state unless --state is given too.",
    )
    edit.add_argument("--name", help="full name as it should appear on letters")
    edit.add_argument("--email", help="email address for replies")
    edit.add_argument("--address", help="postal address; separate lines with \\n or a newline")
    edit.add_argument(
        "--country",
        metavar="COUNTRY",
        help='your country: its ISO code or English name, e.g. DE, USA, UK, "United States"',
    )
    edit.add_argument(
        "--state",
        metavar="STATE",
        help="state or Land: its code or name, e.g. CA or California, BY or Bayern",
    )
    edit.add_argument("--lang", choices=list(LANGUAGES), help="preferred letter language")
    edit.set_defaults(handler=_set)


def _show(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    profile = workspace.profiles.load()
    if args.json:
        data = profile.to_json() | {"region": profile.region, "missing": missing_fields(profile)}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    country = countries.country_names().get(profile.country, "") if profile.country else ""
    rows = [
        ("Name", profile.name),
        ("Email", profile.email),
        ("Address", profile.address.replace("\n", ", ")),
        ("Country", f"{country} ({profile.country})" if profile.country else ""),
        ("State", profile.state),
        ("Letter language", LANGUAGES[profile.language]),
    ]
    for label, value in rows:
        print(f"{label + ':':<17}{value or '(not set)'}")
    missing = missing_fields(profile)
    if missing:
        print(f"\nLetters need: {', '.join(missing)}. Set them with `opt-out profile set`.")
    return 0


def _set(args: argparse.Namespace) -> int:
    changes = {
        field: value.replace("\\n", "\n") if field == "address" else value
        for field, value in (
            ("name", args.name),
            ("email", args.email),
            ("address", args.address),
            ("country", args.country),
            ("state", args.state),
            ("language", args.lang),
        )
        if value is not None
    }
    if not changes:
        raise UserError(
            "nothing to change: give at least one of --name, --email, --address, --country, --state, --lang"
        )
    workspace = workspace_of(args)
    workspace.profiles.update(**changes)
    print(f"Profile updated: {', '.join(sorted(changes))}.")
    return 0
