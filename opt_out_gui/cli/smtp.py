"""`opt-out smtp set|show|test`: the mail server that sends your requests."""

from __future__ import annotations

import argparse
import sys

from opt_out_gui.cli.common import command_group, workspace_of
from opt_out_gui.core.delivery.smtp import (
    DEFAULT_PORTS,
    SECURITY_CHOICES,
    SmtpSettings,
    load_smtp_settings,
    parse_port,
    require_smtp_settings,
    save_smtp_password,
    save_smtp_settings,
    send_test_message,
    smtp_password,
)
from opt_out_gui.core.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = command_group(
        subparsers,
        "smtp",
        help="set up the mail server that sends your requests",
        description="Your outgoing mail server (SMTP). The password is kept in the OS keyring, "
        "never in the data folder.",
    )

    edit = actions.add_parser(
        "set",
        help="save the server settings (and the password with --password-stdin)",
        description="Save the mail server settings. Security 'none' (unencrypted) is only allowed for a "
        "server on this computer.",
    )
    edit.add_argument("--host", required=True, help="server name, e.g. smtp.example.org")
    edit.add_argument("--port", help="port (default: 465 for ssl, 587 for starttls, 25 for none)")
    edit.add_argument("--security", choices=SECURITY_CHOICES, default="ssl", help="encryption (default: ssl)")
    edit.add_argument("--user", default="", help="login name (often your email address)")
    edit.add_argument("--from", dest="from_address", required=True, metavar="ADDRESS", help="sender address")
    edit.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input and save it in the OS keyring",
    )
    edit.set_defaults(handler=_set)

    show = actions.add_parser(
        "show", help="print the settings", description="Print the mail server settings."
    )
    show.set_defaults(handler=_show)

    test = actions.add_parser(
        "test",
        help="send a test message to your sender address",
        description="Send a short test message to your own sender address through the server.",
    )
    add_password_stdin(test)
    test.set_defaults(handler=_test)


def add_password_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input for this run (when it is not in the OS keyring)",
    )


def read_password_stdin() -> str:
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UserError("--password-stdin: standard input gave no password")
    return password


def password_for(args: argparse.Namespace, settings: SmtpSettings) -> str | None:
    return read_password_stdin() if args.password_stdin else smtp_password(settings)


def _set(args: argparse.Namespace) -> int:
    settings = SmtpSettings(
        host=args.host,
        port=parse_port(args.port) if args.port is not None else DEFAULT_PORTS[args.security],
        security=args.security,
        user=args.user,
        from_address=args.from_address,
    ).validated()
    workspace = workspace_of(args)
    workspace.store.require_writable()
    if args.password_stdin:
        # The password first: when there is no keyring nothing is saved at all.
        save_smtp_password(settings, read_password_stdin())
    save_smtp_settings(workspace.store, settings)
    print(f"Mail server saved: {_describe(settings)}.")
    if args.password_stdin:
        print("Password saved in the OS keyring.")
    elif settings.user and smtp_password(settings) is None:
        print("No password is saved: add --password-stdin, or give it to each `send` and `smtp test`.")
    return 0


def _show(args: argparse.Namespace) -> int:
    settings = load_smtp_settings(workspace_of(args).store)
    if settings is None:
        print("Email sending is not set up. Use `opt-out smtp set --host ... --from ...`.")
        return 0
    print(_describe(settings))
    if settings.user:
        saved = smtp_password(settings) is not None
        print(f"Password: {'saved in the OS keyring' if saved else 'not saved'}")
    return 0


def _test(args: argparse.Namespace) -> int:
    settings = require_smtp_settings(workspace_of(args).store)
    address = send_test_message(settings, password_for(args, settings))
    print(f"Test message sent to {address} through {settings.host}:{settings.port}.")
    return 0


def _describe(settings: SmtpSettings) -> str:
    user = f", user {settings.user}" if settings.user else ", no login"
    return f"{settings.host}:{settings.port} ({settings.security}{user}), sender {settings.from_address}"
