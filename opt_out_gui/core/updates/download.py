"""Fetching a catalogue update over HTTPS: only when the user asks for it.

The bundle lives at a configurable URL; its signature at the same URL with
".sig" appended to the path. Plain HTTP is refused except to this machine
(localhost, for tests and local mirrors), and every redirect target is
checked before it is followed.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import socket
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

from opt_out_gui import __version__
from opt_out_gui.core.catalog_source import active_catalog
from opt_out_gui.core.errors import QT_TRANSLATE_NOOP
from opt_out_gui.core.updates.bundle import (
    MAX_BUNDLE_BYTES,
    SIGNATURE_LENGTH,
    SIGNATURE_SUFFIX,
    UpdateError,
    load_public_key,
    verify_bundle,
)
from opt_out_gui.core.updates.diff import diff_catalogs
from opt_out_gui.core.updates.install import UpdateOffer, installed_version

USER_AGENT = f"OptOutAssistant/{__version__} (catalogue update)"
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
TIMEOUT = (10, 30)  # seconds to connect, seconds between bytes
TOTAL_TIMEOUT = 120  # seconds for a whole download
MAX_REDIRECTS = 5


class CatalogUpToDate(UpdateError):
    """The offered catalogue is the one already installed: nothing to do."""


def check_update_url(url: str) -> str:
    """Return the URL when the app may fetch it; raise UpdateError naming the rule otherwise."""
    parts = urlsplit(url)
    if not parts.hostname:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "update URL {url!r} is not a web address (https://host/path)"), url=url
        )
    if parts.scheme == "https":
        return url
    if parts.scheme == "http" and parts.hostname in LOCAL_HOSTS:
        return url
    if parts.scheme == "http":
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "update URL {url!r} uses plain HTTP; only https:// is allowed"),
            url=url,
        )
    raise UpdateError(
        QT_TRANSLATE_NOOP("Error", "update URL {url!r} has scheme {scheme!r}; only https:// is allowed"),
        url=url,
        scheme=parts.scheme,
    )


def signature_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=parts.path + SIGNATURE_SUFFIX))


def download(
    url: str,
    max_bytes: int,
    timeout: tuple[float, float] = TIMEOUT,
    total_timeout: float = TOTAL_TIMEOUT,
) -> bytes:
    """GET a URL into memory; aborts as soon as the body passes max_bytes or the time is up.

    The total time limit holds wherever the download waits (connecting, headers,
    body, redirects): when it runs out, the connection is shut down.
    """
    import requests

    current = check_update_url(url)
    with _Deadline(total_timeout) as deadline, _watched_session() as session:
        session.headers.update({"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
        try:
            for _ in range(MAX_REDIRECTS + 1):
                try:
                    response = session.get(current, stream=True, timeout=timeout, allow_redirects=False)
                except requests.RequestException as error:
                    raise UpdateError(
                        QT_TRANSLATE_NOOP("Error", "cannot reach {url}: {reason}"), url=current, reason=error
                    ) from None
                with response:
                    if response.is_redirect:
                        target = urljoin(current, response.headers["Location"])
                        try:
                            current = check_update_url(target)
                        except UpdateError as error:
                            raise UpdateError(
                                QT_TRANSLATE_NOOP(
                                    "Error", "{url} redirects to {target!r}, refused: {reason}"
                                ),
                                url=current,
                                target=target,
                                reason=error,
                            ) from None
                        continue
                    if response.status_code != 200:
                        raise UpdateError(
                            QT_TRANSLATE_NOOP("Error", "{url} answered HTTP {status} {reason}"),
                            url=current,
                            status=response.status_code,
                            reason=response.reason,
                        )
                    return _read_capped(response, current, max_bytes)
        except UpdateError:
            if deadline.expired.is_set():
                raise UpdateError(
                    QT_TRANSLATE_NOOP(
                        "Error", "downloading {url} took longer than {seconds} seconds; download stopped"
                    ),
                    url=current,
                    seconds=f"{total_timeout:g}",
                ) from None
            raise
    raise UpdateError(
        QT_TRANSLATE_NOOP("Error", "{url} redirects more than {count} times"), url=url, count=MAX_REDIRECTS
    )


class _Deadline:
    """Shuts down every socket of a download when its total time is up."""

    def __init__(self, seconds: float) -> None:
        self.expired = threading.Event()
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._token = _current_deadline.set(self)
        self._timer.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._timer.cancel()
        _current_deadline.reset(self._token)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired.is_set():
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired.set()
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # closed already
        sock.shutdown(socket.SHUT_RDWR)


_current_deadline: contextvars.ContextVar[_Deadline] = contextvars.ContextVar("download_deadline")


def _watched_session():
    """A requests session whose new connections are handed to the current download's deadline."""
    import requests

    session = requests.Session()
    adapter = _watched_adapter_class()()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@functools.cache
def _watched_adapter_class():
    """An HTTPAdapter whose connections report their socket to the current download's deadline."""
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    def watched(base):
        class Watched(base):
            def _new_conn(self):
                sock = super()._new_conn()
                deadline = _current_deadline.get(None)
                if deadline is not None:
                    deadline.watch(sock)
                return sock

        return Watched

    class Pool(HTTPConnectionPool):
        ConnectionCls = watched(HTTPConnection)

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = watched(HTTPSConnection)

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}

    return Adapter


def _read_capped(response, url: str, max_bytes: int) -> bytes:
    import requests

    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "{url} is {size} bytes, over the limit of {limit}"),
            url=url,
            size=declared,
            limit=max_bytes,
        )
    body = bytearray()
    try:
        for chunk in response.iter_content(chunk_size=65536):
            body += chunk
            if len(body) > max_bytes:
                raise UpdateError(
                    QT_TRANSLATE_NOOP(
                        "Error", "{url} sent more than the limit of {limit} bytes; download stopped"
                    ),
                    url=url,
                    limit=max_bytes,
                )
    except requests.RequestException as error:
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "download of {url} was incomplete: {reason}"), url=url, reason=error
        ) from None
    if declared and declared.isdigit() and len(body) != int(declared):
        raise UpdateError(
            QT_TRANSLATE_NOOP("Error", "download of {url} was incomplete: {received} of {size} bytes"),
            url=url,
            received=len(body),
            size=declared,
        )
    return bytes(body)


def check_for_update(
    url: str,
    data_dir: Path,
    public_key=None,
    max_bytes: int = MAX_BUNDLE_BYTES,
    timeout: tuple[float, float] = TIMEOUT,
    total_timeout: float = TOTAL_TIMEOUT,
) -> UpdateOffer:
    """Download, verify and compare a bundle with the catalogue in use. Installs nothing.

    Raises UpdateError saying why a bundle is refused, CatalogUpToDate when it
    is the installed version. public_key defaults to the key shipped with the app.
    """
    check_update_url(url)
    public_key = public_key if public_key is not None else load_public_key()
    bundle_bytes = download(url, max_bytes, timeout, total_timeout)
    signature = download(signature_url(url), SIGNATURE_LENGTH, timeout, total_timeout)
    bundle = verify_bundle(bundle_bytes, signature, public_key)
    current = installed_version(data_dir)
    if bundle.version == current:
        raise CatalogUpToDate(
            QT_TRANSLATE_NOOP("Error", "the catalogue is up to date (version {version})"), version=current
        )
    if bundle.version < current:
        raise UpdateError(
            QT_TRANSLATE_NOOP(
                "Error",
                "the catalogue offered at {url} is version {version}, older than the installed "
                "{installed}; refused",
            ),
            url=url,
            version=bundle.version,
            installed=current,
        )
    in_use = active_catalog(data_dir)
    return UpdateOffer(
        url=url,
        bundle_bytes=bundle_bytes,
        signature=signature,
        bundle=bundle,
        installed_version=current,
        diff=diff_catalogs(in_use.platforms, bundle.platforms),
    )
