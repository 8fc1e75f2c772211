"""`opt-out requests add|list|show|update|export`: track the letters you send."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from opt_out_gui.cli.common import catalog_from_args, command_group, parse_date, print_json, workspace_of
from opt_out_gui.cli.send import register_import_reply
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.law_names import type_title
from opt_out_gui.core.tracker import CHANNELS, EVENT_KINDS, REFUSAL_REASONS, STATUSES, Request, TrackerService
from opt_out_gui.wording.advice import advice_text
from opt_out_gui.wording.deadlines import deadline_text
from opt_out_gui.wording.labels import label_of


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers,
        "requests",
        help="track your requests: deadlines, replies, next steps, exports",
        description="Keep each request you send with its legal deadline and its timeline of replies.",
    )

    add = actions.add_parser(
        "add",
        help="write a letter from your profile and keep it as a request",
        description="Render the letter for PLATFORM and TYPE from your stored profile and keep it as a "
        "request (a draft, or sent on --sent DATE, which starts the legal deadline).",
    )
    add.add_argument("--platform", required=True, metavar="ID", help="platform id, e.g. linkedin")
    add.add_argument(
        "--type",
        required=True,
        metavar="TYPE",
        help="request type id, e.g. gdpr-objection-ai (`opt-out laws` lists them)",
    )
    add.add_argument("--law", metavar="LAW", help="law to cite (default: the one for your country)")
    add.add_argument("--sent", metavar="DATE", help="date you sent it (YYYY-MM-DD); omit to keep a draft")
    add.add_argument("--channel", choices=CHANNELS, help="how you sent it or will send it")
    add.add_argument(
        "--received",
        metavar="DATE",
        help="with --sent: the day the company received it, which the deadline counts from "
        "(default: the send date for email and web forms, an estimate for post)",
    )
    add.add_argument("--json", action="store_true", help="print the request as JSON")
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list requests", description="List requests, newest first.")
    listing.add_argument("--status", choices=STATUSES, help="only requests with this status")
    listing.add_argument("--overdue", action="store_true", help="only requests past their deadline")
    listing.add_argument(
        "--due-within", type=int, metavar="DAYS", help="only deadlines in the next DAYS days"
    )
    listing.add_argument("--json", action="store_true", help="print JSON with stable keys")
    listing.set_defaults(handler=_list)

    show = actions.add_parser(
        "show", help="show one request", description="Show a request: timeline, letter and next step."
    )
    show.add_argument("id", metavar="ID", help="request id or reference")
    show.add_argument("--json", action="store_true", help="print JSON with stable keys")
    show.set_defaults(handler=_show)

    update = actions.add_parser(
        "update",
        help="record what happened (sent, reply, refusal, ...) or when the company received it",
        description="Record an event on the request's timeline; it changes the status where it is one. "
        "With --received alone, correct the day the company received a sent request: its deadline "
        "counts from that day.",
    )
    update.add_argument("id", metavar="ID", help="request id or reference")
    update.add_argument(
        "--status",
        choices=EVENT_KINDS,
        metavar="S",
        help=f"the new status or event: {', '.join(EVENT_KINDS)}",
    )
    update.add_argument(
        "--received",
        metavar="DATE",
        help="the day the company received the request (with --status sent, or alone to correct it)",
    )
    update.add_argument(
        "--reason",
        choices=REFUSAL_REASONS,
        metavar="R",
        help="why it was refused: " + ", ".join(REFUSAL_REASONS),
    )
    update.add_argument("--note", default="", metavar="TEXT", help="what happened, in your words")
    update.add_argument("--date", metavar="DATE", help="when it happened (YYYY-MM-DD, default today)")
    update.add_argument(
        "--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)"
    )
    update.set_defaults(handler=_update)

    export = actions.add_parser(
        "export",
        help="export requests as CSV, JSON or a calendar of deadlines",
        description="Export all requests with their events (csv, json), or their deadlines as an "
        "iCalendar file with a reminder before each (ics).",
    )
    export.add_argument("--format", required=True, choices=("csv", "json", "ics"))
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.set_defaults(handler=_export)

    register_import_reply(actions)


def _service(args: argparse.Namespace) -> TrackerService:
    """The tracker over the active catalogue, which is loaded only if a command needs it."""
    workspace = workspace_of(args)
    return TrackerService(workspace.store, lambda: catalog_from_args(args))


def _add(args: argparse.Namespace) -> int:
    from opt_out_gui.core.letters import compose_letter, draft_from_letter
    from opt_out_gui.core.profile import missing_fields
    from opt_out_gui.core.references import new_reference

    workspace = workspace_of(args)
    catalog = catalog_from_args(args)
    platform = catalog.find(args.platform)
    profile = workspace.profiles.load()
    missing = missing_fields(profile)
    if missing:
        raise UserError(
            f"your profile is missing {', '.join(missing)}, which the letter needs; "
            "set them with `opt-out profile set`"
        )
    today = date.today()
    sent = parse_date(args.sent, "--sent") if args.sent else None
    received = parse_date(args.received, "--received") if args.received else None
    if received and not sent:
        raise UserError("--received needs --sent: a draft has not reached the company yet")
    if received and sent:  # received without sent was refused above
        from opt_out_gui.core.receipt import entered_receipt

        entered_receipt(sent, received, today)  # refuse a bad date before anything is stored
    letter = compose_letter(
        platform,
        args.type,
        args.law,
        profile.language,
        profile,
        reference=new_reference(sent or today),
        today=sent or today,
        channel=args.channel,
    )
    service = TrackerService(workspace.store, catalog)
    request = service.create(draft_from_letter(letter), sent_on=sent, received=received, today=today)
    if args.json:
        print_json(request.to_json(today, include_letter=True))
    else:
        print(f"Request {request.id} ({request.reference}) saved as {request.status}.")
        print(f"Next step: {advice_text(service.next_step(request, today, profile))}")
    return 0


def _list(args: argparse.Namespace) -> int:
    today = date.today()
    service = _service(args)
    if args.json:
        # Streamed: each request is written as it is read (the filters run in SQL).
        requests = service.list_json(
            today, status=args.status, overdue=args.overdue, due_within=args.due_within
        )
        write = sys.stdout.write
        written = 0
        write("[")
        for request in requests:
            write(",\n" if written else "\n")
            write(json.dumps(request, ensure_ascii=False, indent=2))
            written += 1
        write("\n]\n" if written else "]\n")
        return 0
    rows = service.list(today, status=args.status, overdue=args.overdue, due_within=args.due_within)
    if not rows:
        print(
            "No requests match."
            if (args.status or args.overdue or args.due_within is not None)
            else "No requests yet. Add one with `opt-out requests add --platform ID --type TYPE`."
        )
        return 0
    header = (
        f"{'ID':>5}  {'Reference':<13} {'Platform':<16} {'Type':<32} {'Status':<19} "
        f"{'Sent':<10}  {'Deadline':<10}  Days left"
    )
    print(header)
    for row in rows:
        status = label_of("status", row.status)
        print(
            f"{row.id:>5}  {row.reference:<13} {row.platform[:16]:<16} {_fit(type_title(row.type), 32)} "
            f"{status:<19} {_iso(row.sent_at):<10}  {_iso(row.deadline):<10}  "
            f"{'' if row.days_left is None else deadline_text(row.days_left, row.overdue)}"
        )
    return 0


def _fit(text: str, width: int) -> str:
    """The text in a column of `width`, shortened with an ellipsis where it is longer."""
    return f"{text[: width - 1]}…" if len(text) > width else f"{text:<{width}}"


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _show(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    service = TrackerService(workspace.store, catalog_from_args(args))
    request = service.find(args.id)
    today = date.today()
    step = service.next_step(request, today, workspace.profiles.load())
    if args.json:
        next_step = step.to_json() | {"text": advice_text(step)}
        print_json(request.to_json(today, include_letter=True) | {"next_step": next_step})
        return 0
    rows = [
        ("Request", f"{request.id} ({request.reference})"),
        ("Platform", request.platform),
        ("Type / law", f"{request.type} / {request.law}"),
        ("Status", request.status + (f" ({request.refusal_reason})" if request.refusal_reason else "")),
        ("Sent", f"{request.sent_at} by {request.channel}" if request.sent_at else "not yet"),
    ]
    if request.received_at:
        rows.append(("Received", received_text(request)))
    if request.deadline and request.received_at:
        rows.append(("Deadline", f"{request.deadline} (counted from receipt on {request.received_at})"))
    else:
        rows.append(("Deadline", str(request.deadline or "starts when sent")))
    if request.extended_deadline:
        rows.append(("Extended to", str(request.extended_deadline)))
    if request.acknowledge_by:
        rows.append(("Confirm receipt by", str(request.acknowledge_by)))
    rows.append(("Recipient", request.recipient.replace("\n", ", ")))
    for label, value in rows:
        print(f"{label + ':':<20}{value}")
    print(f"\nNext step: {advice_text(step)}\n\nTimeline:")
    print(f"  {request.created_at[:10]}  saved as draft")
    for event in request.events:
        print(f"  {event.date}  {event.kind}" + (f": {event.note}" if event.note else ""))
        for attachment in event.attachments:
            print(
                f"      attached {attachment.file_name} ({attachment.size} bytes, sha256 {attachment.sha256})"
            )
    print(f"\nLetter:\nSubject: {request.subject}\n\n{request.body}")
    return 0


def received_text(request: Request) -> str:
    """'2026-03-09 (estimated; ...)': the day the deadline counts from, and how it is known."""
    basis = request.received_basis
    how = label_of("receipt_basis", basis) if basis else "unknown"
    if basis == "estimated":
        how += "; correct it with `opt-out requests update ID --received DATE`"
    return f"{request.received_at} ({how})"


def _update(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    service = TrackerService(workspace.store, catalog_from_args(args))
    request = service.find(args.id)
    received = parse_date(args.received, "--received") if args.received else None
    if args.status is None:
        if received is None:
            raise UserError("give --status S (what happened) or --received DATE (when the company got it)")
        updated = service.set_received(request.id, received)
        print(
            f"Request {updated.id} ({updated.reference}): received {received}; "
            f"deadline {_iso(updated.effective_deadline)}."
        )
    else:
        on = parse_date(args.date, "--date") if args.date else date.today()
        updated = service.record(
            request.id,
            args.status,
            on,
            note=args.note,
            reason=args.reason,
            attachments=[Path(p) for p in args.attach],
            received=received,
        )
        print(
            f"Request {updated.id} ({updated.reference}): recorded {args.status} on {on}; "
            f"status {updated.status}."
        )
    print(f"Next step: {advice_text(service.next_step(updated, date.today(), workspace.profiles.load()))}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from opt_out_gui.core.exports import export_requests

    service = _service(args)
    names = {}
    if args.format == "ics":
        names = {platform.id: platform.name for platform in catalog_from_args(args).platforms}
    content = export_requests(service.all(), args.format, date.today(), names)
    if args.out:
        from opt_out_gui.core.files import save_user_file

        target = save_user_file(Path(args.out), content, replace=args.force)
        print(f"Wrote {target}.", file=sys.stderr)
    else:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    return 0
