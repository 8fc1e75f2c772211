"""`opt-out checklist`: your progress on each platform's AI-training controls."""

from __future__ import annotations

import argparse
import sys

from opt_out_gui.cli.common import catalog_from_args, parse_date, print_json, workspace_of
from opt_out_gui.core.checklist import (
    CHECK_AGAIN,
    DEFAULT_ACCOUNT,
    DONE,
    OPEN,
    SKIPPED,
    ChecklistService,
    check_note,
)
from opt_out_gui.core.errors import UserError
from opt_out_gui.wording.checklist import progress_text, recheck_text
from opt_out_gui.wording.labels import region_name

_MARKS = {DONE: "[x]", SKIPPED: "[-]", CHECK_AGAIN: "[!]"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "checklist",
        help="show or change your progress on the platforms you use",
        description="Show your progress on the AI-training controls of the platforms you use "
        "(those with an account), or change one control. Marking a control of a platform you "
        "have not added yet adds it.",
        epilog="examples:\n  opt-out checklist\n  opt-out checklist linkedin --done "
        "generative-ai-improvement\n  opt-out checklist linkedin --account work --undo "
        "generative-ai-improvement",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("id", nargs="?", metavar="ID", help="platform id, e.g. linkedin")
    parser.add_argument(
        "--account", metavar="NAME", help=f"which of your accounts (default: {DEFAULT_ACCOUNT!r})"
    )
    change = parser.add_mutually_exclusive_group()
    change.add_argument("--done", metavar="CONTROL", help="mark a control done")
    change.add_argument("--undo", metavar="CONTROL", help="mark a control not done")
    change.add_argument("--skip", metavar="CONTROL", help="skip a control (it stays out of your count)")
    change.add_argument("--add", action="store_true", help="add the platform (or --account) to your list")
    change.add_argument("--remove", action="store_true", help="remove the account (default: all accounts)")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="when you did it (with --done; default today)")
    parser.add_argument(
        "--note", metavar="TEXT", help="keep a note on the control (with --done/--undo/--skip)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON with stable keys")
    parser.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    changing = args.done or args.undo or args.skip or args.add or args.remove
    if changing and not args.id:
        raise UserError("give the platform ID to change, e.g. opt-out checklist linkedin --done CONTROL")
    if args.date and not args.done:
        raise UserError("--date goes with --done")
    if args.note is not None and not (args.done or args.undo or args.skip):
        raise UserError("--note goes with --done, --undo or --skip")
    workspace = workspace_of(args)
    service = ChecklistService(workspace.store, catalog_from_args(args))
    region = workspace.profiles.load().region
    account = args.account or DEFAULT_ACCOUNT
    if args.id:
        args.id = service.catalog.find(args.id).id  # names and aliases work too ("chatgpt")
    if args.add:
        service.add_account(args.id, account)
    elif args.remove:
        if args.account:
            service.remove_account(args.id, args.account)
        else:
            service.set_in_use(args.id, False)
    elif args.done or args.undo or args.skip:
        control = args.done or args.undo or args.skip
        state = DONE if args.done else SKIPPED if args.skip else OPEN
        when = parse_date(args.date) if args.date else None
        if args.note is not None:
            check_note(args.note)  # before the mark: both change, or neither
        service.mark(args.id, control, state, account, when)
        if args.note is not None:
            service.set_note(args.id, control, args.note, account)
    overview = service.overview(region, args.id)
    if args.account:
        overview = type(overview)(region, tuple(a for a in overview.accounts if a.account == args.account))
    if args.json:
        print_json(_overview_json(overview))
        return 0
    if args.id and not overview.accounts:
        # Not in the list yet: show what there is to do anyway, and how to start tracking it.
        preview = service.account_checklist(args.id, account, region)
        _print(type(overview)(region, (preview,)), True)
        print(
            f"\n{preview.platform.name} is not in your list yet; track your progress with: "
            f"opt-out checklist {args.id} --add"
        )
        return 0
    _print(overview, bool(args.id))
    return 0


def _overview_json(overview) -> dict:
    """The overview as JSON; a control to check again also says why in words ("reason")."""
    data = overview.to_json()
    for account, shown in zip(overview.accounts, data["accounts"], strict=True):
        for item, control in zip(account.items, shown["controls"], strict=True):
            control["reason"] = recheck_text(item.recheck) if item.recheck else ""
    return data


def _print(overview, one_platform: bool) -> None:
    if overview.region is None:
        print(
            "Your profile has no country yet, so every region's controls are listed, each with where it "
            "exists (opt-out profile set --country CC).",
            file=sys.stderr,
        )
    if not overview.accounts:
        print(
            "No platforms in your list yet. Add one with: opt-out checklist ID --add "
            "(opt-out platforms lists the ids)."
        )
        return
    where = f" ({region_name(overview.region)})" if overview.region else ""
    print(f"{progress_text(overview.done, overview.total, due=len(overview.check_again))}{where}\n")
    for account in overview.accounts:
        label = account.platform.name
        if account.account != DEFAULT_ACCOUNT:
            label += f" [{account.account}]"
        if account.platform.says_no_training(overview.region):
            print(
                f"{label}: no action needed: {account.platform.name} states it does not train AI on your data"
            )
            if not account.items:
                continue
        elif account.needs_letter:
            print(f"{label}: no opt-out control where you live; a request letter is the way to object")
            continue
        print(f"{label}: {progress_text(account.done, account.total, due=account.due)}")
        for item in account.items:
            mark = _MARKS.get(item.status, "[ ]")
            print(f"  {mark} {item.control.id:<34} {item.control.title}")
            if overview.region is None and item.control.regions:  # no country: where it exists
                print(f"        exists in: {', '.join(region_name(r) for r in item.control.regions)}")
            if item.recheck:
                print(f"        check again: {recheck_text(item.recheck)}")
            elif item.next_check:
                print(f"        done {item.done_at}; check again on {item.next_check}")
            if item.note:
                print(f"        note: {item.note}")
            if one_platform and item.status != DONE:
                for number, step in enumerate(item.control.steps, 1):
                    print(f"        {number}. {step}")
                if item.control.url:
                    print(f"        {item.control.url}")
