"""The user's outgoing mail server: settings, password, and sending one message.

Settings live in the store's settings table; the password never does (it goes to
the OS keyring through `opt_out_gui.core.secrets`). A message travels encrypted
(SSL/TLS from the first byte, or STARTTLS, which is refused when the server does
not offer it); plain SMTP is allowed only to this computer, for local relays.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import socket
import ssl
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.policy import SMTPUTF8 as SMTPUTF8_POLICY
from email.utils import getaddresses

from opt_out_gui.core import secrets
from opt_out_gui.core import settings as settings_registry
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP, UserError
from opt_out_gui.core.store import Store
from opt_out_gui.core.validation import is_international, mail_address

log = logging.getLogger(__name__)

SECURITY_CHOICES = ("ssl", "starttls", "none")
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
TIMEOUT_SECONDS = 30
# The EHLO greeting names this computer; an address literal avoids sending the
# machine's host name (often the owner's name) to the mail server.
EHLO_NAME = "[127.0.0.1]"
PASSWORD_SERVICE = "smtp"

# SmtpSettings field -> the setting that keeps it (core.settings; the password is a secret
# there, kept in the OS keyring under PASSWORD_SERVICE).
_SETTING_KEYS = {
    "host": settings_registry.SMTP_HOST.key,
    "port": settings_registry.SMTP_PORT.key,
    "security": settings_registry.SMTP_SECURITY.key,
    "user": settings_registry.SMTP_USER.key,
    "from_address": settings_registry.SMTP_FROM.key,
}


class DeliveryError(UserError):
    """Sending failed; the message says why in words the user can act on. Nothing was sent."""


class DeliveryCancelled(DeliveryError):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str
    user: str
    from_address: str

    def validated(self) -> SmtpSettings:
        """These settings, normalised; raises UserError naming the field that is wrong."""
        from opt_out_gui.core import validation

        host = validation.single_line("SMTP host", self.host, max_length=253).strip("[]")
        if not host or any(ch.isspace() for ch in host) or "/" in host:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error", "SMTP host {host!r} is not a server name such as smtp.example.org"
                ),
                host=self.host,
            )
        if self.security not in SECURITY_CHOICES:
            raise UserError(
                QT_TRANSLATE_NOOP("Error", "SMTP security {security!r} is not one of: {choices}"),
                security=self.security,
                choices=", ".join(SECURITY_CHOICES),
            )
        if self.security == "none" and host.lower() not in LOCAL_HOSTS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "SMTP security 'none' sends your password and letters unencrypted; it is allowed only "
                    "for a server on this computer ({local_hosts}), not {host!r}: choose ssl or starttls",
                ),
                local_hosts=", ".join(LOCAL_HOSTS),
                host=host,
            )
        return SmtpSettings(
            host=host,
            port=validation.port("SMTP port", self.port),
            security=self.security,
            user=validation.single_line("SMTP user", self.user, max_length=254),
            from_address=validation.email_address("sender address", self.from_address),
        )

    @property
    def password_user(self) -> str:
        """The keyring entry name: the same user on another server has another password."""
        return f"{self.user}@{self.host}"


def parse_port(text: object) -> int:
    from opt_out_gui.core.validation import port

    return port("SMTP port", text)


def load_smtp_settings(store: Store) -> SmtpSettings | None:
    """The saved settings, or None when email sending has not been set up."""
    values = {field: store.get_setting(key) for field, key in _SETTING_KEYS.items()}
    if not values["host"] or not values["from_address"]:
        return None
    return SmtpSettings(
        host=values["host"],
        port=parse_port(values["port"] or DEFAULT_PORTS.get(values["security"] or "", 587)),
        security=values["security"] or settings_registry.SMTP_SECURITY.default or "ssl",
        user=values["user"] or "",
        from_address=values["from_address"],
    )


def save_smtp_settings(store: Store, settings: SmtpSettings) -> SmtpSettings:
    checked = settings.validated()
    store.set_settings(
        {key: str(getattr(checked, field)) for field, key in _SETTING_KEYS.items()},
    )
    return checked


def require_smtp_settings(store: Store) -> SmtpSettings:
    settings = load_smtp_settings(store)
    if settings is None:
        raise UserError(QT_TRANSLATE_NOOP("Error", "email sending is not set up"), code="smtp_not_set_up")
    return settings


def save_smtp_password(
    settings: SmtpSettings, password: str, *, allow_memory: bool = False
) -> secrets.Storage:
    if not settings.user:
        raise UserError(
            QT_TRANSLATE_NOOP("Error", "SMTP user is empty: a password is only needed with a user name")
        )
    return secrets.save_password(
        PASSWORD_SERVICE, settings.password_user, password, allow_memory=allow_memory
    )


def forget_smtp_password(settings: SmtpSettings) -> bool:
    """Remove the saved password (keyring and memory); True if there was one."""
    return bool(settings.user) and secrets.delete_password(PASSWORD_SERVICE, settings.password_user)


def smtp_password(settings: SmtpSettings) -> str | None:
    return secrets.get_password(PASSWORD_SERVICE, settings.password_user) if settings.user else None


def _addresses(message: EmailMessage, *headers: str) -> list[str]:
    return [address for _, address in getaddresses([v for h in headers for v in message.get_all(h, [])])]


def envelope_recipients(message: EmailMessage) -> list[str]:
    return _addresses(message, "To", "Cc")


def send_message(
    settings: SmtpSettings,
    password: str | None,
    message: EmailMessage,
    cancel_event: threading.Event | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> bytes:
    """Send `message` and return the exact bytes the server accepted.

    Raises DeliveryError (nothing accepted) with a message that says what went wrong.
    Cancelling is checked between the steps; once the server is taking the message,
    it completes, because a half-cancelled send would leave the user unsure.
    """
    settings = settings.validated()
    recipients = envelope_recipients(message)
    if not recipients:
        raise DeliveryError(QT_TRANSLATE_NOOP("Error", "the message has no recipient"))
    if settings.user and not password:
        raise DeliveryError(
            QT_TRANSLATE_NOOP("Error", "no password for SMTP user {user}"),
            code="smtp_password_missing",
            user=settings.user,
        )
    sender = mail_address("sender address", settings.from_address).addr_spec
    # A non-ASCII local part can only travel where the server speaks SMTPUTF8.
    international = [address for address in (sender, *recipients) if is_international(address)]
    data = message.as_bytes(policy=SMTPUTF8_POLICY if international else SMTP_POLICY)
    mail_options = ["SMTPUTF8", "BODY=8BITMIME"] if international else []
    context = ssl_context or ssl.create_default_context()

    def check_cancel() -> None:
        if cancel_event is not None and cancel_event.is_set():
            raise DeliveryCancelled(QT_TRANSLATE_NOOP("Error", "sending cancelled; nothing was sent"))

    check_cancel()
    log.info("SMTP: connecting (security %s)", settings.security)
    connection = _client(settings, context)
    server = f"{settings.host}:{settings.port}"
    try:
        with _AbortOnCancel(connection, cancel_event) as abort, connection:
            connection.connect(settings.host, settings.port)
            check_cancel()
            connection.ehlo()
            if settings.security == "starttls":
                if not connection.has_extn("starttls"):
                    raise DeliveryError(
                        QT_TRANSLATE_NOOP(
                            "Error",
                            "{server} does not offer STARTTLS, so your password and letter would travel "
                            "unencrypted; nothing was sent. Use security ssl (usually port 465) or check the "
                            "server settings of your mail provider",
                        ),
                        server=server,
                    )
                connection.starttls(context=context)
                connection.ehlo()
            check_cancel()
            if settings.user:
                if not connection.has_extn("auth"):
                    raise DeliveryError(
                        QT_TRANSLATE_NOOP(
                            "Error",
                            "{server} does not offer login (SMTP AUTH) on this connection; nothing was sent. "
                            "Check the port and security setting",
                        ),
                        server=server,
                    )
                if password is None:
                    raise DeliveryError(
                        QT_TRANSLATE_NOOP("Error", "no password for {user} on {host}; nothing was sent"),
                        user=settings.user,
                        host=settings.host,
                    )
                connection.login(settings.user, password)
            check_cancel()
            if international and not connection.has_extn("smtputf8"):
                raise DeliveryError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "{server} does not accept addresses with non-ASCII letters before the @ (SMTPUTF8), "
                        "as in {address}; nothing was sent. Use an address without them, or a mail server "
                        "that supports them",
                    ),
                    server=server,
                    address=international[0],
                )
            abort.disarm()
            refused = connection.sendmail(sender, recipients, data, mail_options=mail_options)
    except DeliveryError:
        raise
    except (smtplib.SMTPException, OSError) as error:
        check_cancel()  # a connection closed by cancelling reads as "cancelled", not as a server fault
        log.info("SMTP: failed (%s)", type(error).__name__)
        raise explain_failure(error, settings) from None
    primary_refused = {
        address: reply for address, reply in refused.items() if address in _addresses(message, "To")
    }
    if primary_refused:
        # Only a copy (Cc) went out: the company did not get the letter.
        raise DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{server} refused the recipient ({reply}); only the copy to you went out, "
                "the company did not get the letter",
            ),
            server=server,
            reply=_refused_text(primary_refused),
        )
    log.info("SMTP: message accepted")
    return data


def _client(settings: SmtpSettings, context: ssl.SSLContext) -> smtplib.SMTP:
    """An unconnected client, so that a cancel can close its socket while it waits."""
    client: smtplib.SMTP
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(local_hostname=EHLO_NAME, timeout=TIMEOUT_SECONDS, context=context)
    else:
        client = smtplib.SMTP(local_hostname=EHLO_NAME, timeout=TIMEOUT_SECONDS)
    # smtplib takes the name the certificate must match from the constructor's host only.
    client._host = settings.host  # type: ignore[attr-defined]  # private, no public way to set it
    return client


class _AbortOnCancel:
    """Closes the client's socket when `cancel_event` is set, so a wait for a slow server ends now.

    Disarmed before the message is handed over: cutting the line after the server
    may have accepted it would leave the user unsure whether it went out.
    """

    POLL_SECONDS = 0.1

    def __init__(self, connection: smtplib.SMTP, cancel_event: threading.Event | None) -> None:
        self.connection = connection
        self.cancel_event = cancel_event
        self.done = threading.Event()
        self.lock = threading.Lock()

    def __enter__(self) -> _AbortOnCancel:
        if self.cancel_event is not None:
            threading.Thread(
                target=self._watch, args=(self.cancel_event,), name="smtp-cancel", daemon=True
            ).start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.disarm()

    def disarm(self) -> None:
        with self.lock:
            self.done.set()

    def _watch(self, cancel_event: threading.Event) -> None:
        while not self.done.wait(self.POLL_SECONDS):
            if cancel_event.is_set():
                with self.lock:
                    sock = getattr(self.connection, "sock", None)
                    if not self.done.is_set() and sock is not None:
                        with contextlib.suppress(OSError):  # already closed
                            sock.shutdown(socket.SHUT_RDWR)
                return


def explain_failure(error: BaseException, settings: SmtpSettings) -> DeliveryError:
    """The error that says what failed, with the server's own words where it gave some."""
    server = f"{settings.host}:{settings.port}"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{server} refused the user name or password ({reply}); nothing was sent. "
                "Some providers need an app password for mail programs",
            ),
            server=server,
            reply=_server_words(error),
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return DeliveryError(
            QT_TRANSLATE_NOOP("Error", "{server} refused the recipient ({reply}); nothing was sent"),
            server=server,
            reply=_refused_text(error.recipients),
        )
    if isinstance(error, smtplib.SMTPSenderRefused):
        return DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{server} refused the sender address {sender} ({reply}); nothing was sent. "
                "The sender usually has to be the address of your mail account",
            ),
            server=server,
            sender=error.sender,
            reply=_server_words(error),
        )
    if isinstance(error, smtplib.SMTPDataError):
        return DeliveryError(
            QT_TRANSLATE_NOOP("Error", "{server} refused the message ({reply}); nothing was sent"),
            server=server,
            reply=_server_words(error),
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{server} closed the connection before the message was accepted; nothing was sent. "
                "Check the port and security setting (ssl is usually port 465, starttls port 587)",
            ),
            server=server,
        )
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error", "{server} does not support a needed feature ({reason}); nothing was sent"
            ),
            server=server,
            reason=error,
        )
    if isinstance(error, smtplib.SMTPResponseException):
        return DeliveryError(
            QT_TRANSLATE_NOOP("Error", "{server} answered with an error ({reply}); nothing was sent"),
            server=server,
            reply=_server_words(error),
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error",
                "the certificate of {server} could not be verified ({reason}); nothing was sent. "
                "Check the host name",
            ),
            server=server,
            reason=error.verify_message,
        )
    if isinstance(error, ssl.SSLError):
        return DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error",
                "a secure connection to {server} failed ({reason}); nothing was sent. "
                "Check that the security setting matches the port (ssl: 465, starttls: 587)",
            ),
            server=server,
            reason=error.reason or error,
        )
    if isinstance(error, (TimeoutError, socket.timeout)):
        return DeliveryError(
            QT_TRANSLATE_NOOP("Error", "{server} did not answer within {seconds} seconds; nothing was sent"),
            server=server,
            seconds=TIMEOUT_SECONDS,
        )
    if isinstance(error, ConnectionRefusedError):
        return DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error",
                "could not connect to {server}: connection refused (no mail server listens there); "
                "nothing was sent. Check the host and port",
            ),
            server=server,
        )
    if isinstance(error, socket.gaierror):
        return DeliveryError(
            QT_TRANSLATE_NOOP(
                "Error", "the server name {host!r} could not be found; check it and your internet connection"
            ),
            host=settings.host,
        )
    if isinstance(error, OSError):
        return DeliveryError(
            QT_TRANSLATE_NOOP("Error", "could not connect to {server}: {reason}; nothing was sent"),
            server=server,
            reason=error.strerror or error,
        )
    return DeliveryError(
        QT_TRANSLATE_NOOP("Error", "sending through {server} failed: {reason}; nothing was sent"),
        server=server,
        reason=error,
    )


def _refused_text(recipients: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{address}: {code} {_decode(reply)}" for address, (code, reply) in recipients.items())


def _server_words(error: smtplib.SMTPResponseException) -> str:
    return f"{error.smtp_code} {_decode(error.smtp_error)}".strip()


def _decode(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def build_test_message(settings: SmtpSettings) -> EmailMessage:
    from email.policy import default
    from email.utils import formatdate, make_msgid

    address = mail_address("sender address", settings.from_address)
    message = EmailMessage(policy=default.clone(utf8=is_international(address)))
    message["From"] = address
    message["To"] = address
    message["Subject"] = "Opt-Out Assistant: test message"
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=address.domain)
    message.set_content(
        "This test message shows that Opt-Out Assistant can send email through your mail server.\n"
        "You can delete it.\n"
    )
    return message


def send_test_message(
    settings: SmtpSettings,
    password: str | None,
    cancel_event: threading.Event | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> str:
    """Send a short message to the sender address; returns that address."""
    settings = settings.validated()
    send_message(settings, password, build_test_message(settings), cancel_event, ssl_context)
    return settings.from_address
