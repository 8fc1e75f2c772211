"""`opt-out letter PLATFORM --type TYPE ...` and `opt-out letter --list-types`: request letters."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from opt_out_gui.cli.errors import cli_error_text
from opt_out_gui.core.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    from opt_out_gui.core.letters import CHANNELS, EARLIER_OUTCOMES, ERASURE_SCOPES
    from opt_out_gui.wording.labels import label_of, labels_of

    parser = subparsers.add_parser(
        "letter",
        help="write a request letter (objection, access, erasure, opt-out...) to a platform",
        description="Write a request letter from your profile and the catalogue. Without --out the "
        "letter goes to standard output (txt and html only). With several platforms, --out-dir "
        "writes one letter per platform. --name, --email and --address override the stored "
        "profile for these letters only.",
    )
    parser.add_argument(
        "platform", nargs="*", metavar="PLATFORM", help="platform id, or several (see `opt-out platforms`)"
    )
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
    parser.add_argument(
        "--out-dir",
        metavar="DIR",
        help="write one letter per platform into DIR, named PLATFORM-TYPE-REFERENCE.FORMAT "
        "(an existing file is never replaced)",
    )
    parser.add_argument(
        "--save-request",
        action="store_true",
        help="also keep each letter as a draft request (`opt-out requests` tracks its deadline)",
    )
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
        choices=ERASURE_SCOPES,
        help="erasure: " + "; ".join(f"{key} = {words}" for key, words in labels_of("erasure_scope").items()),
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
        "--earlier-outcome",
        default="",
        choices=[outcome for outcome in EARLIER_OUTCOMES if outcome],
        help="complaints: what the earlier request got (default: "
        + label_of("earlier_outcome", "")
        + "); "
        + "; ".join(
            key if words == key else f"{key} = {words}"
            for key, words in labels_of("earlier_outcome").items()
            if key
        ),
    )
    parser.add_argument(
        "--earlier-outcome-date",
        metavar="YYYY-MM-DD",
        help="the day of that refusal, partial answer or demand",
    )
    parser.add_argument(
        "--earlier-request",
        metavar="ID",
        help="follow up this tracked request (id or reference): its date, reference, deadline, type and "
        "outcome fill the earlier-request options; flags given as well take precedence",
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
    from opt_out_gui.cli.common import catalog_from_args, workspace_of
    from opt_out_gui.core import letters

    if not args.platform:
        raise UserError("platform is required (or use --list-types); see `opt-out platforms` for ids")
    if not args.type_id:
        raise UserError(f"--type is required; valid types: {', '.join(letters.available_types())}")
    if args.out and args.out_dir:
        raise UserError("give --out FILE for one letter or --out-dir DIR for one per platform, not both")
    if len(args.platform) > 1 and not args.out_dir:
        raise UserError("several platforms need --out-dir DIR: one letter per platform is written there")
    if args.output_format in ("pdf", "eml") and not (args.out or args.out_dir):
        raise UserError(f"--out or --out-dir is required for --format {args.output_format}")
    catalog = catalog_from_args(args)
    platforms = [catalog.get(platform_id) for platform_id in args.platform]
    workspace = workspace_of(args)
    try:
        return _write(args, platforms, workspace, catalog)
    finally:
        workspace.close()


def _write(args: argparse.Namespace, platforms, workspace, catalog) -> int:
    from opt_out_gui.core import letters
    from opt_out_gui.core.letter_files import LetterChoice, compose, save_letter, write_letters
    from opt_out_gui.core.profile import Profile, validate

    overrides = {
        name: value
        for name, value in (
            ("name", args.name),
            ("email", args.email),
            ("address", args.address.replace("\\n", "\n") if args.address is not None else None),
        )
        if value is not None
    }
    # The stored profile was checked when it was saved: only the values given here are checked
    # (which spares loading the email validator when nothing is overridden).
    checked = validate(replace(Profile(), **overrides))
    profile = replace(workspace.profiles.load(), **{name: getattr(checked, name) for name in overrides})
    today = date.today()
    options = letters.LetterOptions(
        grounds=tuple(args.ground),
        grounds_text=args.grounds_text,
        data_scope=args.data,
        correction=args.correction,
        erasure_scope=args.erasure_scope,
        agent=args.agent,
    )
    law_id, language, account = args.law, args.lang, args.account
    tracker = None
    if args.save_request or args.earlier_request:
        from opt_out_gui.core.tracker import TrackerService

        tracker = TrackerService(workspace.store, catalog)
    if args.earlier_request:
        earlier = _earlier_request(tracker, args.earlier_request, platforms)
        options = letters.follow_up_options(earlier, options)
        # The follow-up continues the tracked request: its law, language and account unless given.
        law_id = law_id or earlier.law
        language = language or earlier.language
        account = account or earlier.account
    choice = LetterChoice(
        type_id=args.type_id,
        law_id=law_id,
        language=language or profile.language,
        profile=profile,
        account=account,
        options=_with_earlier_flags(options, args),
        channel=args.channel,
    )
    if not args.save_request:
        tracker = None
    pdf_writer = _pdf_writer if args.output_format == "pdf" else None
    if args.out_dir:
        batch = write_letters(
            platforms,
            choice,
            Path(args.out_dir),
            args.output_format,
            today=today,
            pdf_writer=pdf_writer,
            tracker=tracker,
        )
        for path in batch.written:
            print(f"Wrote {path}.")
        _print_tracked(batch.tracked)
        for platform, error in batch.problems:
            print(f"opt-out: error: {platform.id}: {cli_error_text(error)}", file=sys.stderr)
        return 2 if batch.problems else 0
    letter = compose(platforms[0], choice, today=today)
    letters.check_sender(profile, args.output_format)
    if args.out is None:
        sys.stdout.write(letter.full_text() if args.output_format == "txt" else letter.html)
    else:
        save_letter(letter, args.output_format, Path(args.out), replace=args.force, pdf_writer=pdf_writer)
        due = f", answer due {letter.answer_due.isoformat()}" if letter.answer_due else ""
        print(f"Wrote {args.out} (reference {letter.reference}{due}).")
    if tracker is not None:
        _print_tracked([tracker.create(letters.draft_from_letter(letter))], sys.stderr)
    # Only once the letter is out: a failure stays a single line.
    print(_how_to_send(letter), file=sys.stderr)
    return 0


def _earlier_request(tracker, id_or_reference: str, platforms):
    """The tracked request a follow-up refers to: sent, and about the letter's platform."""
    earlier = tracker.find(id_or_reference)
    if earlier.sent_at is None:
        raise UserError(
            f"request {earlier.id} ({earlier.reference}) is still a draft; record when you sent it first"
        )
    if [platform.id for platform in platforms] != [earlier.platform]:
        raise UserError(
            f"request {earlier.id} ({earlier.reference}) is about {earlier.platform}: "
            f"give that one platform for a letter that follows it up"
        )
    return earlier


def _with_earlier_flags(options, args: argparse.Namespace):
    """The options with the earlier-request flags given, over what a tracked request filled in."""
    changes: dict[str, object] = {}
    if args.earlier_date is not None:
        changes["earlier_date"] = _parse_date("--earlier-date", args.earlier_date)
        changes["earlier_deadline"] = None  # a tracked deadline belongs to the tracked date
    if args.earlier_reference:
        changes["earlier_reference"] = args.earlier_reference
    if args.earlier_type:
        changes["earlier_type"] = args.earlier_type
    if args.earlier_outcome and args.earlier_outcome != options.earlier_outcome:
        changes["earlier_outcome"] = args.earlier_outcome
        changes["earlier_outcome_date"] = None  # a tracked date belongs to the tracked outcome
    if args.earlier_outcome_date is not None:
        changes["earlier_outcome_date"] = _parse_date("--earlier-outcome-date", args.earlier_outcome_date)
    return replace(options, **changes)


def _pdf_writer(letter) -> bytes:
    """The letter drawn as a PDF (with Qt, which is loaded only for this format)."""
    from opt_out_gui.pdf import letter_pdf_bytes

    return letter_pdf_bytes(letter)


def _print_tracked(requests, stream=None) -> None:
    for request in requests:
        print(
            f"Saved as request {request.id} ({request.reference}), a draft: record it as sent with "
            f"`opt-out requests update {request.id} --status sent`.",
            file=stream or sys.stdout,
        )


def _how_to_send(letter) -> str:
    """One line on stderr (the letter itself may go to stdout): where to send it, and why."""
    from opt_out_gui.wording.labels import label_of

    recipient = letter.recipient
    to = {
        "email": f" to {recipient.email}",
        "web_form": f" at {recipient.web_form}",
        "post": " to " + ", ".join(recipient.address),
        "in_app": "",
    }[letter.channel]
    where = label_of("send_by", letter.channel) + to
    note = ""
    if recipient.kind == "controller" and not recipient.email:
        note = f" ({recipient.entity} publishes no privacy email"
        offer_post = recipient.address and letter.channel != "post"
        note += "; --channel post writes it for posting)" if offer_post else ")"
    return f"Send it {where}{note}."


def _list_types(as_json: bool) -> int:
    from opt_out_gui.core import laws, letters
    from opt_out_gui.wording.labels import labels_of

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
        grounds = labels_of("objection_ground")
        print(json.dumps({"types": rows, "grounds": grounds}, ensure_ascii=False, indent=2))
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
