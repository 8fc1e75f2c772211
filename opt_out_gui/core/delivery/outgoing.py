"""A tracked request as an email: building it, sending it, and recording it as sent.

The request is marked sent only after the server accepted the message, and the
exact bytes it accepted are kept as an .eml attachment (with their SHA-256) on the
`sent` event: the evidence a complaint needs. The three steps are separate so the
GUI can run the network part in a worker thread and record the result on the GUI
thread, where the database connection lives.
"""

from __future__ import annotations

import email.policy
import tempfile
import threading
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from opt_out_gui.core.delivery.smtp import (
    SmtpSettings,
    send_message,
)
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.profile import Profile
from opt_out_gui.core.tracker import ALLOWED_EVENTS, Request, TrackerService
from opt_out_gui.core.validation import is_international, mail_address


def sender_address(settings: SmtpSettings, profile: Profile) -> Address:
    """The From address: the mail account's address, with the user's name when the profile has one."""
    return mail_address("sender address", settings.from_address, profile.name.strip())


def subject_with_reference(request: Request) -> str:
    """The subject carries the reference, so replies can be matched to the request."""
    if request.reference.casefold() in request.subject.casefold():
        return request.subject
    return f"{request.subject} ({request.reference})"


def build_request_message(
    request: Request,
    sender: Address | str,
    *,
    pdf: bytes | None = None,
    cc_sender: bool = False,
    now: datetime | None = None,
) -> EmailMessage:
    """The email for a request: To the controller's privacy address, the letter as UTF-8 text.

    `pdf` is attached as ``<reference>.pdf`` when given; `cc_sender` sends a copy to the sender.
    """
    to = request.recipient_email
    if to is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "request {reference} has no recipient email address; "
                "send it by post or through the company's web form instead",
            ),
            reference=request.reference,
        )
    sender = sender if isinstance(sender, Address) else mail_address("sender address", sender)
    recipient = mail_address("recipient email", to)
    # An address with a non-ASCII local part travels as UTF-8 (SMTPUTF8, RFC 6531/6532).
    international = is_international(sender) or is_international(recipient)
    message = EmailMessage(policy=email.policy.default.clone(utf8=international))
    message["From"] = sender
    message["To"] = recipient
    if cc_sender:
        message["Cc"] = sender
    message["Subject"] = subject_with_reference(request)
    message["Date"] = format_datetime((now or datetime.now()).astimezone())
    message["Message-ID"] = make_msgid(idstring=request.reference, domain=sender.domain or None)
    message.set_content(request.body, charset="utf-8", cte="quoted-printable")
    if pdf is not None:
        message.add_attachment(
            pdf, maintype="application", subtype="pdf", filename=f"{request.reference}.pdf"
        )
    return message


@dataclass(frozen=True)
class Outgoing:
    """A request's message, ready to send."""

    request_id: int
    reference: str
    recipient: str
    message: EmailMessage


def prepare_request(
    tracker: TrackerService,
    settings: SmtpSettings,
    profile: Profile,
    request_id: int,
    *,
    pdf: bytes | None = None,
    cc_sender: bool = False,
) -> Outgoing:
    """Check that the request can be sent now and build its message (no network)."""
    request = tracker.get(request_id)
    if "sent" not in ALLOWED_EVENTS[request.status]:
        if request.sent_at:
            template = QT_TRANSLATE_NOOP(
                "Error", "request {reference} is {status} on {date}; only a draft can be sent"
            )
        else:
            template = QT_TRANSLATE_NOOP("Error", "request {reference} is {status}; only a draft can be sent")
        raise UserError(
            template,
            reference=request.reference,
            status=request.status,
            date=request.sent_at.isoformat() if request.sent_at else "",
        )
    message = build_request_message(request, sender_address(settings, profile), pdf=pdf, cc_sender=cc_sender)
    return Outgoing(request.id, request.reference, str(message["To"]), message)


def record_sent(tracker: TrackerService, outgoing: Outgoing, sent_bytes: bytes, on: date) -> Request:
    """Mark the request sent by email on `on`, keeping `sent_bytes` as the evidence .eml."""
    try:
        return record_with_file(
            tracker,
            outgoing.request_id,
            "sent",
            on,
            f"{outgoing.reference}-sent.eml",
            sent_bytes,
            note=f"Sent by email to {outgoing.recipient}.",
            channel="email",
        )
    except UserError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Error",
                "the message was sent to {recipient}, but request {reference} could not be marked sent "
                "({problem}); record it by hand with the date {date}",
            ),
            recipient=outgoing.recipient,
            reference=outgoing.reference,
            problem=error,
            date=on.isoformat(),
        ) from None


def send_request(
    tracker: TrackerService,
    settings: SmtpSettings,
    password: str | None,
    profile: Profile,
    request_id: int,
    *,
    pdf: bytes | None = None,
    cc_sender: bool = False,
    cancel_event: threading.Event | None = None,
    on: date | None = None,
) -> Request:
    """Send a request over SMTP and, only when the server accepted it, mark it sent.

    Raises DeliveryError (request unchanged) or UserError. The CLI uses this; the GUI runs
    the same three steps with `send_message` in a worker thread.
    """
    outgoing = prepare_request(tracker, settings, profile, request_id, pdf=pdf, cc_sender=cc_sender)
    sent_bytes = send_message(settings, password, outgoing.message, cancel_event)
    return record_sent(tracker, outgoing, sent_bytes, on or date.today())


def record_with_file(
    tracker: TrackerService,
    request_id: int,
    kind: str,
    on: date,
    file_name: str,
    data: bytes,
    *,
    note: str = "",
    channel: str | None = None,
) -> Request:
    """Record an event with `data` attached as `file_name` (the tracker copies it and hashes it).

    The staging copy stays inside the private data directory and is removed afterwards.
    """
    with tempfile.TemporaryDirectory(dir=tracker.data_dir, prefix="staging-") as folder:
        staged = Path(folder) / file_name
        staged.write_bytes(data)
        return tracker.record(request_id, kind, on, note=note, attachments=[staged], channel=channel)


def request_letter(request: Request, profile: Profile, catalog):
    """The stored request as a `Letter`, for the PDF and the mail-client hand-off.

    The body is the one tracked (possibly edited); the recipient's name and postal
    address come from the catalogue controller with that email, when there is one.
    """
    from opt_out_gui.core.letters import Letter, Recipient, render_html

    email = request.recipient_email
    recipient = Recipient(entity=request.platform, address=(), email=email, web_form=None)
    try:
        platform = catalog.get(request.platform)
    except UserError:
        platform = None
    if platform is not None:
        controller = next(
            (c for c in platform.controllers if c.email and email and c.email.casefold() == email.casefold()),
            None,
        )
        recipient = (
            Recipient(controller.entity, tuple(controller.address), controller.email, controller.web_form)
            if controller
            else replace(recipient, entity=platform.company)
        )
    letter = Letter(
        platform_id=request.platform,
        type_id=request.type,
        law_id=request.law,
        language=request.language,
        reference=request.reference,
        date=request.sent_at or date.fromisoformat(request.created_at[:10]),
        subject=request.subject,
        body=request.body,
        html="",
        recipient=recipient,
        controller=recipient,
        sender=profile,
        account=request.account,
        deadline=None,
    )
    return replace(letter, html=render_html(letter))
