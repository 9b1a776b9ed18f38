"""`serve`'s connection bounds (issue 12, finding 11): 200 slow connections were held open for
30 s. Now a request must arrive whole within the read timeout, or its connection is closed."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn

from newsgraph.api import server
from newsgraph.api.app import create_app
from newsgraph.settings import Settings
from newsgraph.stores.oxigraph import OxigraphStore
from servers import free_port

READ_TIMEOUT = 1.0


@pytest.fixture(scope="module")
def base() -> Iterator[tuple[str, int]]:
    store = OxigraphStore(None)
    settings = Settings(read_timeout=READ_TIMEOUT)
    port = free_port()
    config = uvicorn.Config(
        create_app(settings, store=store),
        host="127.0.0.1",
        port=port,
        log_level="error",
        http=server.protocol(READ_TIMEOUT),
        timeout_keep_alive=server.KEEP_ALIVE,
        h11_max_incomplete_event_size=server.HEADER_BYTES,
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield "127.0.0.1", port
    srv.should_exit = True
    thread.join(10)
    store.close()


def closed_within(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes the connection within ``seconds`` (reads return b"")."""
    sock.settimeout(seconds)
    try:
        while sock.recv(4096):
            pass
        return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


@pytest.mark.parametrize(
    "sent",
    [
        b"",
        b"GET /health HTTP/1.1\r\nHost: x\r\n",
        b"POST /sparql HTTP/1.1\r\n"
        b"Host: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK",
    ],
)
def test_a_slow_or_silent_client_is_cut_off(base, sent):
    with socket.create_connection(base) as sock:
        sock.sendall(sent)
        assert closed_within(sock, READ_TIMEOUT + 5)


def test_many_slow_connections_all_close(base):
    socks = [socket.create_connection(base) for _ in range(50)]
    try:
        for s in socks:
            s.sendall(b"GET /health HTTP/1.1\r\n")
        assert all(closed_within(s, READ_TIMEOUT + 5) for s in socks)
    finally:
        for s in socks:
            s.close()


def test_a_whole_request_is_answered(base):
    with socket.create_connection(base) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        sock.settimeout(30)
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 200") and b"x-content-type-options: nosniff" in answer.lower()
