"""Test helpers for sending: an in-memory keyring and real SMTP servers on 127.0.0.1."""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from opt_out_gui.core.references import new_reference
from opt_out_gui.core.tracker import Draft, Request, TrackerService

COMPANY = "privacy@company.example"
ME = "jan@mail.example"
BODY = (
    "Dear Sir or Madam,\n\nI object to the use of my data (Art. 21 GDPR).\n"
    ".A line starting with a dot.\nGrüße\n"
)


def draft_request(tracker: TrackerService, recipient: str = COMPANY) -> Request:
    """A draft objection to LinkedIn, to be sent by email."""
    reference = new_reference(datetime.date.today())
    return tracker.create(
        Draft(
            reference=reference,
            platform="linkedin",
            type="gdpr-objection-ai",
            law="gdpr",
            language="en",
            recipient=recipient,
            subject=f"Objection to AI training – reference {reference}",
            body=BODY,
            channel="email",
        )
    )


def unregistered(backend_class):
    """Keep a test backend out of keyring's registry, which would offer it to every later test."""
    KeyringBackend._classes.discard(backend_class)
    return backend_class


@unregistered
class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this object: tests never touch the real one."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@contextmanager
def keyring_backend(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    # keyring.get_keyring() would detect (and so probe) the real keyring; read the slot instead.
    previous = keyring.core._keyring_backend
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class RecordingHandler:
    """Accepts every message; refuses the recipients in `reject` with 550."""

    reject: set[str] = field(default_factory=set)
    received: list[Received] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.reject:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted"


@dataclass
class SmtpServer:
    port: int
    handler: RecordingHandler

    @property
    def received(self) -> list[Received]:
        return self.handler.received


def password_checker(user: str, password: str):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        return AuthResult(success=ok, handled=False)

    return authenticate


@contextmanager
def smtp_server(
    *,
    reject: set[str] = frozenset(),
    login: tuple[str, str] | None = None,
    tls_context: ssl.SSLContext | None = None,
    smtputf8: bool = True,
) -> Iterator[SmtpServer]:
    """An aiosmtpd server on a free port of 127.0.0.1.

    `smtputf8`: whether it offers SMTPUTF8 (international addresses), as most servers do.
    `login`: (user, password) it accepts, every other login is refused. `tls_context`:
    the server offers STARTTLS (and requires it before login).
    """
    from aiosmtpd.controller import Controller

    handler = RecordingHandler(reject=set(reject))
    options = {}
    if login is not None:
        options["authenticator"] = password_checker(*login)
        # Login over plain text is only for these loopback tests.
        options["auth_require_tls"] = tls_context is not None
    if tls_context is not None:
        options["tls_context"] = tls_context
    controller = Controller(
        handler, hostname="127.0.0.1", port=free_port(), enable_SMTPUTF8=smtputf8, **options
    )
    controller.start()
    try:
        yield SmtpServer(controller.port, handler)
    finally:
        controller.stop()


@dataclass(frozen=True)
class Certificate:
    server_context: ssl.SSLContext
    client_context: ssl.SSLContext


def self_signed_certificate(directory: Path) -> Certificate:
    """A certificate for 127.0.0.1 and contexts that serve it and trust it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path = directory / "cert.pem"
    key_path = directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert_path, key_path)
    client = ssl.create_default_context(cafile=str(cert_path))
    return Certificate(server, client)


def files_containing(root: Path, secret: str) -> list[Path]:
    """Every file under `root` whose bytes contain `secret` (as UTF-8 or UTF-16)."""
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]


@contextmanager
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers (a stuck server); yields the port."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        yield listener.getsockname()[1]
