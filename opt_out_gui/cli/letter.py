"""`opt-out letter PLATFORM --type TYPE ...` and `opt-out letter --list-types`: request letters."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from opt_out_gui.core.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    from opt_out_gui.core.letters import CHANNELS, ERASURE_SCOPES

    parser = subparsers.add_parser(
        "letter",
        help="write a request letter (objection, access, erasure, opt-out...) to a platform",
        description="Write a request letter from your profile and the catalogue. Without --out the "
        "letter goes to standard output (txt and html only). --name, --email and --address "
        "override the stored profile for this letter only.",
    )
    parser.add_argument("platform", nargs="?", help="platform id (see `opt-out platforms`)")
    parser.add_argument("--type", dest="type_id", metavar="TYPE", help="request type, e.g. gdpr-objection-ai")
    parser.add_argument("--law", help="law id (default: the law of your profile's country and state)")
    parser.add_argument("--lang", help="letter language (default: your profile's language)")
    parser.add_argument(
        "--account", default="", metavar="ID", help="account identifier (email, profile URL...)"
    )
    parser.add_argument(
        "--format", dest="output_format", default="txt", choices=("txt", "html", "pdf", "eml")
    )
    parser.add_argument("--out", metavar="FILE", help="write the letter to FILE (readable only by you)")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument("--name", help="sender name")
    parser.add_argument("--email", help="sender email")
    parser.add_argument("--address", help="sender postal address; separate lines with \\n")
    parser.add_argument(
        "--ground", action="append", default=[], metavar="ID", help="objection ground (repeatable)"
    )
    parser.add_argument("--grounds-text", default="", metavar="TEXT", help="your own words on your situation")
    parser.add_argument("--data", default="", metavar="TEXT", help="which data or content the request covers")
    parser.add_argument(
        "--earlier-date", metavar="YYYY-MM-DD", help="date of the earlier request (reminders, complaints)"
    )
    parser.add_argument(
        "--earlier-reference", default="", metavar="REF", help="reference of the earlier request"
    )
    parser.add_argument(
        "--correction", default="", metavar="TEXT", help="what is wrong and what is right (correct)"
    )
    parser.add_argument(
        "--erasure-scope",
        default="training-data",
        choices=tuple(ERASURE_SCOPES),
        help="erasure: " + "; ".join(f"{key} = {label}" for key, label in ERASURE_SCOPES.items()),
    )
    parser.add_argument(
        "--channel",
        choices=CHANNELS,
        help="how you will send it (default: the recipient's email, else its web form, else post); "
        "a posted letter does not claim to be electronic",
    )
    parser.add_argument(
        "--earlier-type",
        default="",
        metavar="TYPE",
        help="reminders, complaints, ID replies: type of the earlier request, whose period is cited",
    )
    parser.add_argument(
        "--agent", default="", metavar="TEXT", help="ccpa-agent: name and contact of your authorized agent"
    )
    parser.add_argument("--list-types", action="store_true", help="list request types and their languages")
    parser.add_argument("--json", action="store_true", help="with --list-types: print JSON")
    parser.set_defaults(handler=_letter)


def _letter(args: argparse.Namespace) -> int:
    if args.list_types:
        return _list_types(args.json)
    from opt_out_gui.core import letters
    from opt_out_gui.core.catalog import load_catalog
    from opt_out_gui.core.profile import validate
    from opt_out_gui.core.references import new_reference
    from opt_out_gui.core.workspace import open_workspace

    if not args.platform:
        raise UserError("platform is required (or use --list-types); see `opt-out platforms` for ids")
    if not args.type_id:
        raise UserError(f"--type is required; valid types: {', '.join(letters.available_types())}")
    if args.output_format in ("pdf", "eml") and not args.out:
        raise UserError(f"--out is required for --format {args.output_format}")
    platform = load_catalog(Path(args.catalog) if args.catalog else None).get(args.platform)
    workspace = open_workspace(args.data_dir)
    try:
        stored = workspace.profiles.load()
    finally:
        workspace.close()
    overrides = {
        name: value
        for name, value in (
            ("name", args.name),
            ("email", args.email),
            ("address", args.address.replace("\\n", "\n") if args.address is not None else None),
        )
        if value is not None
    }
    profile = validate(replace(stored, **overrides))
    today = date.today()
    options = letters.LetterOptions(
        grounds=tuple(args.ground),
        grounds_text=args.grounds_text,
        data_scope=args.data,
        earlier_date=_parse_date("--earlier-date", args.earlier_date),
        earlier_reference=args.earlier_reference,
        correction=args.correction,
        erasure_scope=args.erasure_scope,
        earlier_type=args.earlier_type,
        agent=args.agent,
    )
    letter = letters.compose_letter(
        platform,
        args.type_id,
        args.law,
        args.lang or profile.language,
        profile,
        account=args.account,
        reference=new_reference(today),
        today=today,
        options=options,
        channel=args.channel,
    )
    letters.check_sender(profile, args.output_format)
    if args.out is None:
        sys.stdout.write(letter.full_text() if args.output_format == "txt" else letter.html)
    else:
        from opt_out_gui.letter_files import save_letter

        save_letter(letter, args.output_format, Path(args.out), replace=args.force)
        print(
            f"Wrote {args.out} (reference {letter.reference}, "
            f"answer due {letter.deadline.deadline.isoformat()})."
        )
    # Only once the letter is out: a failure stays a single line.
    print(_how_to_send(letter), file=sys.stderr)
    return 0


def _how_to_send(letter) -> str:
    """One line on stderr (the letter itself may go to stdout): where to send it, and why."""
    recipient = letter.recipient
    where = {
        "email": f"by email to {recipient.email}",
        "web_form": f"through the web form {recipient.web_form}",
        "post": "by post to " + ", ".join(recipient.address),
        "in_app": "through the platform's app",
    }[letter.channel]
    note = ""
    if recipient.kind == "controller" and not recipient.email:
        note = f" ({recipient.entity} publishes no privacy email"
        offer_post = recipient.address and letter.channel != "post"
        note += "; --channel post writes it for posting)" if offer_post else ")"
    return f"Send it {where}{note}."


def _list_types(as_json: bool) -> int:
    from opt_out_gui.core import laws, letters

    rows = []
    for type_id in letters.available_types():
        request_type = laws.get_request_type(type_id)
        rows.append(
            {
                "id": type_id,
                "title": request_type.title,
                "laws": list(letters.laws_for_type(type_id)),
                "languages": list(letters.languages_for(type_id)),
                # A law with templates of its own (the Swiss FADP) has its own languages.
                "languages_by_law": {
                    law: list(letters.languages_for(type_id, law_id=law))
                    for law in letters.laws_for_type(type_id)
                },
                "options": list(letters.fields_for(type_id)),
            }
        )
    if as_json:
        print(json.dumps({"types": rows, "grounds": letters.GROUNDS}, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(f"{row['id']:<24}{row['title']}  [{', '.join(row['languages'])}]")
    print("\nObjection grounds (--ground): " + ", ".join(letters.GROUNDS))
    return 0


def _parse_date(flag: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{flag} {value!r} is not a date like 2026-05-31") from None
