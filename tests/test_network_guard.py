import socket

import pytest

from tests.conftest import NetworkAccessError


def test_connection_to_outside_host_fails_the_test():
    with pytest.raises(NetworkAccessError), socket.socket() as sock:
        sock.connect(("93.184.216.34", 80))


def test_name_lookup_of_outside_host_fails_the_test():
    with pytest.raises(NetworkAccessError):
        socket.getaddrinfo("example.org", 443)


def test_loopback_connections_are_allowed():
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.socket() as client:
            client.connect(server.getsockname())
            conn, _ = server.accept()
            with conn:
                client.sendall(b"ping")
                assert conn.recv(4) == b"ping"
    assert socket.getaddrinfo("localhost", 80)  # resolving loopback names is allowed too
