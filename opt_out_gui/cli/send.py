"""`opt-out send ID` and `opt-out requests import-reply FILE`: email a request, record a reply."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from opt_out_gui.cli.common import catalog_from_args, workspace_of
from opt_out_gui.cli.smtp import add_password_stdin, password_for
from opt_out_gui.core.delivery.outgoing import request_letter, send_request
from opt_out_gui.core.delivery.replies import import_reply
from opt_out_gui.core.delivery.smtp import require_smtp_settings
from opt_out_gui.core.tracker import TrackerService


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "send",
        help="email a request to the company through your mail server",
        description="Send a draft request by email to the company's privacy address. Only when the "
        "server accepts it is the request marked sent, with the exact message kept as evidence.",
    )
    parser.add_argument("id", metavar="REQUEST_ID", help="request id or reference")
    parser.add_argument("--attach-pdf", action="store_true", help="attach the letter as a PDF")
    parser.add_argument("--cc-me", action="store_true", help="send a copy to your sender address")
    add_password_stdin(parser)
    parser.set_defaults(handler=_send)


def register_import_reply(requests_actions: argparse._SubParsersAction) -> None:
    """Add `import-reply` to the `requests` command (called from opt_out_gui.cli.requests)."""
    parser = requests_actions.add_parser(
        "import-reply",
        help="record a reply from an .eml file",
        description="Record a company's reply (an .eml file saved from your mail program) on its "
        "request's timeline, keeping the file as evidence. The request is found by the reference in "
        "the subject unless --request is given.",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the reply (.eml or text)")
    parser.add_argument("--request", metavar="ID", help="request id or reference it answers")
    parser.set_defaults(handler=_import_reply)


def _send(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    tracker = TrackerService(workspace.store, catalog_from_args(args))
    request = tracker.find(args.id)
    settings = require_smtp_settings(workspace.store)
    profile = workspace.profiles.load()
    pdf = None
    if args.attach_pdf:
        from opt_out_gui.pdf import letter_pdf_bytes

        pdf = letter_pdf_bytes(request_letter(request, profile, tracker.catalog))
    sent = send_request(
        tracker,
        settings,
        password_for(args, settings),
        profile,
        request.id,
        pdf=pdf,
        cc_sender=args.cc_me,
    )
    sent_event = sent.last_event("sent")
    assert sent_event is not None and sent.sent_at is not None  # send_request recorded it
    evidence = sent_event.attachments[0]
    print(f"Sent {sent.reference} to {sent.recipient} on {sent.sent_at.isoformat()}.")
    if sent.deadline:
        print(f"Deadline: {sent.deadline.isoformat()}.")
    print(f"Evidence: {evidence.stored_path} (SHA-256 {evidence.sha256}).")
    return 0


def _import_reply(args: argparse.Namespace) -> int:
    workspace = workspace_of(args)
    tracker = TrackerService(workspace.store, catalog_from_args(args))
    request_id = tracker.find(args.request).id if args.request else None
    imported = import_reply(tracker, args.file, request_id, today=date.today())
    how = " (matched by the reference in the subject)" if imported.matched_by_reference else ""
    print(f"Reply of {imported.received.isoformat()} recorded on {imported.request.reference}{how}.")
    return 0
