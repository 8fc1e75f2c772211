"""`opt-out send ID` and `opt-out requests import-reply FILE`: email a request, record a reply."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from opt_out_gui.cli.common import catalog_from_args, workspace_of
from opt_out_gui.cli.smtp import add_password_stdin, password_for
from opt_out_gui.core.delivery.outgoing import request_letter, send_request
from opt_out_gui.core.delivery.replies import (
    OUTCOMES,
    ImportedReply,
    OutcomeGuess,
    import_reply,
    record_outcome,
)
from opt_out_gui.core.delivery.smtp import require_smtp_settings
from opt_out_gui.core.errors import UserError
from opt_out_gui.core.tracker import REFUSAL_REASONS, TrackerService
from opt_out_gui.wording.labels import label_of, labels_of


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
    parser.add_argument(
        "--outcome",
        choices=OUTCOMES,
        metavar="O",
        help=f"what the reply says: {', '.join(OUTCOMES)}. Without it the command shows a guess from "
        "the reply's text and, in a terminal, asks",
    )
    parser.add_argument(
        "--reason",
        choices=REFUSAL_REASONS,
        metavar="R",
        help="why it was refused (with --outcome refused): " + ", ".join(REFUSAL_REASONS),
    )
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
    if args.reason and args.outcome != "refused":
        raise UserError("--reason goes with --outcome refused")
    if args.outcome == "refused" and not args.reason:
        raise UserError(f"give the reason for the refusal with --reason: one of {', '.join(REFUSAL_REASONS)}")
    workspace = workspace_of(args)
    tracker = TrackerService(workspace.store, catalog_from_args(args))
    request_id = tracker.find(args.request).id if args.request else None
    imported = import_reply(tracker, args.file, request_id, today=date.today())
    how = " (matched by the reference in the subject)" if imported.matched_by_reference else ""
    print(f"Reply of {imported.received.isoformat()} recorded on {imported.request.reference}{how}.")
    outcome = OutcomeGuess(args.outcome, args.reason) if args.outcome else _ask_outcome(imported)
    if outcome is None:
        return 0
    try:
        request = record_outcome(
            tracker, imported.request.id, outcome.outcome, imported.received, outcome.reason
        )
    except UserError as error:
        raise UserError(f"the reply is recorded, but not what it says: {error}") from None
    print(f"Recorded what it says: {_outcome_words(outcome)}. Status: {label_of('status', request.status)}.")
    return 0


def _outcome_words(outcome: OutcomeGuess) -> str:
    words = label_of("event", outcome.outcome).lower()
    if outcome.reason:
        words += f" ({label_of('refusal_reason', outcome.reason).lower()})"
    return words


def _ask_outcome(imported: ImportedReply) -> OutcomeGuess | None:
    """What the reply says: asked in a terminal (the guess from its text is the default);
    elsewhere the guess and the command that records it are printed, and nothing is recorded."""
    guess = imported.guess()
    reference = imported.request.reference
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        if guess:
            reason = f" --reason {guess.reason}" if guess.reason else ""
            print(
                f"It reads like: {_outcome_words(guess)}. If so, record it: opt-out requests update "
                f"{reference} --status {guess.outcome}{reason} --date {imported.received.isoformat()}"
            )
        else:
            print(f"Record what it says with: opt-out requests update {reference} --status OUTCOME")
        return None
    print("What does the reply say?")
    for number, outcome in enumerate(OUTCOMES, 1):
        print(f"  {number}  {label_of('event', outcome)}")
    default = f"the guess from its text, {_outcome_words(guess)}" if guess else "record nothing more now"
    while True:
        answer = input(f"Number, or Enter for {default} (0: nothing more now): ").strip()
        if not answer:
            chosen = guess
            break
        if answer == "0":
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(OUTCOMES):
            chosen = OutcomeGuess(OUTCOMES[int(answer) - 1])
            break
        print(f"Please type a number from 0 to {len(OUTCOMES)}.")
    if chosen is None or chosen.outcome != "refused" or chosen.reason:
        return chosen
    reasons = labels_of("refusal_reason")
    for number, words in enumerate(reasons.values(), 1):
        print(f"  {number}  {words}")
    while True:
        answer = input("Why was it refused? Number: ").strip()
        if answer.isdigit() and 1 <= int(answer) <= len(reasons):
            return OutcomeGuess("refused", list(reasons)[int(answer) - 1])
        print(f"Please type a number from 1 to {len(reasons)}.")
