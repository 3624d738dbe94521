"""Code blocks cannot reach the network: sockets may connect to loopback only."""

import socket

import pytest
import pytest_socket


def test_connections_outside_loopback_are_refused():
    # The guard must be in place before anything is tried: if it were missing,
    # this test fails here instead of sending a packet.
    assert socket.socket.connect is not pytest_socket._true_connect, "pytest-socket's guard is not installed"
    with pytest.raises(pytest_socket.SocketConnectBlockedError):
        socket.create_connection(("192.0.2.1", 9), timeout=0.1)  # TEST-NET-1, never routed


def test_loopback_is_allowed():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=1)
    client.close()
    server.close()
