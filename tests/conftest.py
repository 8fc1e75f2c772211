"""Test setup shared by every test.

- Qt runs offscreen; pytest-qt fails a test on any Qt warning (pyproject).
- Every test gets its own temporary data directory through OPT_OUT_DATA_DIR.
- Any network connection to a host other than loopback fails the test.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def no_real_keyring():
    """Tests never touch the OS keyring: the default is the 'no keyring' backend.

    Tests that need a working keyring set an in-memory backend themselves.
    """
    import keyring
    from keyring.backends import fail

    # Never ask keyring for the current backend here: that would probe the real one.
    keyring.set_keyring(fail.Keyring())


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("OPT_OUT_DATA_DIR", str(path))
    return path


def _is_loopback(address) -> bool:
    if isinstance(address, tuple):
        host = address[0]
    else:
        return True  # AF_UNIX and friends stay on this machine
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetworkAccessError(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail the test on any attempt to connect outside this machine."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(method):
        def connect(self, address):
            if not _is_loopback(address):
                raise NetworkAccessError(f"test tried to open a network connection to {address!r}")
            return method(self, address)

        return connect

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        if host not in (None, "localhost") and not _is_loopback((host,)):
            raise NetworkAccessError(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def workspace(data_dir):
    """The user's data opened in the test's own data directory."""
    from opt_out_gui.core.workspace import open_workspace

    ws = open_workspace(str(data_dir))
    yield ws
    ws.close()


@pytest.fixture
def server():
    """A real HTTP server on 127.0.0.1 (tests/catalog_helpers.py)."""
    from tests.catalog_helpers import LocalServer

    with LocalServer() as running:
        yield running


@pytest.fixture
def memory_keyring():
    """An in-memory keyring backend instead of the OS keyring."""
    from opt_out_gui.core import secrets
    from tests.delivery_helpers import MemoryKeyring, keyring_backend

    with keyring_backend(MemoryKeyring()) as backend:
        yield backend
    secrets._memory.clear()


EXAMPLE_PLATFORMS = Path(__file__).parent / "data" / "platforms"


def catalog_with_examples():
    """The shipped catalogue plus fictional platforms that have a controller in every region.

    Letter tests use them so every law can be exercised whatever the research state of the
    real catalogue.
    """
    from opt_out_gui.core.catalog import Catalog, load_catalog

    shipped = load_catalog()
    examples = load_catalog(EXAMPLE_PLATFORMS)
    assert not examples.problems, examples.problems
    return Catalog(shipped.directory, shipped.platforms + examples.platforms, shipped.problems)
