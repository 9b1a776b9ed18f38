"""Run the app under uvicorn with bounds on connections: a request must arrive whole (headers and
body) within ``read_timeout`` seconds of its first byte or of the connection, an idle keep-alive
connection closes after 5 s, headers are at most 64 KB, and at most ``max_connections``
connections are served at once (uvicorn answers 503 past that).

uvicorn's h11 protocol starts its keep-alive timer only after a first response, so a client that
connects and sends nothing, or sends its headers a byte at a time, is held for ever: the
protocol here adds the read deadline.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

from newsgraph.settings import Settings

HEADER_BYTES = 65_536
KEEP_ALIVE = 5


class ReadTimeoutProtocol(H11Protocol):
    """H11Protocol that closes a connection whose request is not read whole in time."""

    read_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._read_timer: asyncio.TimerHandle | None = self.loop.call_later(self.read_timeout, self._late)

    def _request_read(self) -> bool:
        cycle = self.cycle
        return cycle is not None and not cycle.response_complete and not cycle.more_body

    def data_received(self, data: bytes) -> None:
        if self._read_timer is None and not self._request_read():  # the next request on the connection
            self._read_timer = self.loop.call_later(self.read_timeout, self._late)
        super().data_received(data)
        if self._read_timer is not None and self._request_read():
            self._read_timer.cancel()
            self._read_timer = None

    def _late(self) -> None:
        self._read_timer = None
        if not self._request_read() and not self.transport.is_closing():
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._read_timer is not None:
            self._read_timer.cancel()
            self._read_timer = None
        super().connection_lost(exc)


def protocol(read_timeout: float) -> type[ReadTimeoutProtocol]:
    return type("BoundedH11Protocol", (ReadTimeoutProtocol,), {"read_timeout": read_timeout})


def run(app: Any, settings: Settings) -> None:
    import uvicorn

    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        http=protocol(settings.read_timeout),
        timeout_keep_alive=KEEP_ALIVE,
        h11_max_incomplete_event_size=HEADER_BYTES,
        limit_concurrency=settings.max_connections,
    )
