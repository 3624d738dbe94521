"""Code blocks cannot reach the network: sockets may connect to loopback only."""

import socket

import pytest
import pytest_socket

# reads no page: its result stands while the code and the settings are the same (tests/harness/reuse.py)
pytestmark = pytest.mark.reuse("sources")


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


def test_a_code_block_that_reaches_out_fails_with_a_clear_message(tmp_path):
    """The harness runs page code under the same guard, and says where the block is and what it tried."""
    from dlkb.blocks import Block
    from dlkb.runner import BlockFailure, Chain, run

    code = "import urllib.request\nurllib.request.urlopen('http://192.0.2.1/data.csv', timeout=1)\n"
    page = "docs/example/index.ko.md"
    block = Block(page, 10, "python", code, origins=[(page, 11), (page, 12)])
    with pytest.raises(BlockFailure) as failure:
        run(Chain((block,), []), str(tmp_path))
    message = str(failure.value)
    assert "docs/example/index.ko.md:12: " in message  # the line of urlopen in the page
    assert "SocketConnectBlockedError" in message and "192.0.2.1" in message


def test_the_site_run_has_the_same_guard(tmp_path, monkeypatch):
    """The one run of the site's code (dlkb/run_site.py, in worker processes) refuses it too."""
    from dlkb import run_site
    from dlkb.blocks import Block
    from dlkb.runner import Chain

    monkeypatch.setenv("DLKB_EXEC_CACHE", str(tmp_path))
    code = "import socket\nsocket.create_connection(('192.0.2.1', 9), timeout=1)\n"
    page = "docs/example/index.en.md"
    chain = Chain((Block(page, 20, "python", code, origins=[(page, 21), (page, 22)]),), [])
    failed = run_site.run([chain], jobs=1)
    assert "docs/example/index.en.md:22: " in failed[chain.id] and "SocketConnectBlockedError" in failed[chain.id]
    assert [p.name for p in tmp_path.glob("*.json")] == ["failures.json"], "a failing chain was stored as a pass"
