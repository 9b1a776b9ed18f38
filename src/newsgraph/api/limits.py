"""Bounds the service puts around every request, before any route runs: body sizes, security
headers, cross-origin writes and browser reads (CORS, off unless origins are listed).

``BodyLimit`` reads at most a route's cap of a body and answers 413 past it, whatever the
Content-Length says (the body of POST /documents is capped by its own route, after the API key
is checked, so an anonymous request costs nothing). ``SecurityHeaders`` adds the standard
headers and refuses a POST, PUT, PATCH or DELETE sent by a browser from a foreign origin (a
cross-origin form POST runs without a CORS preflight: CORS alone does not stop it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

QUERY_BODY = 4 * 100_000 + 65_536
"""POST /sparql and /cypher: a query of 100,000 characters, each up to 4 bytes, plus slack."""
OTHER_BODY = 65_536
"""Any other request that is not POST /documents."""
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def body_cap(path: str) -> int | None:
    """The largest body read for ``path``; None for POST /documents (capped by its route)."""
    if path.rstrip("/") == "/documents":
        return None
    if path.rstrip("/") in {"/sparql", "/cypher"}:
        return QUERY_BODY
    return OTHER_BODY


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app: ASGIApp, cap: Callable[[str], int | None] = body_cap) -> None:
        self.app = app
        self.cap = cap

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        cap = self.cap(scope["path"]) if scope["type"] == "http" else None
        if cap is None:
            await self.app(scope, receive, send)
            return
        too_big = f"request body over {cap} bytes"
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > cap:
            await _refuse(send, 413, too_big)
            return
        messages: list[Message] = []
        size, more = 0, True
        while more:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > cap:
                await _refuse(send, 413, too_big)
                return
            more = message.get("more_body", False)

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


def _host_of(scope: Scope) -> str:
    """The host (and port) the request was sent to. The scheme is not compared: behind a proxy
    that ends TLS the page is https and the request reaches us as http."""
    host: bytes = dict(scope["headers"]).get(b"host", b"")
    return host.decode("latin-1").lower()


class SecurityHeaders:
    """Standard headers on every answer; a write from a foreign origin refused (403)."""

    def __init__(self, app: ASGIApp, allowed_origins: Sequence[str] = ()) -> None:
        self.app = app
        self.allowed = {o.rstrip("/").lower() for o in allowed_origins}

    def foreign(self, scope: Scope) -> bool:
        headers: dict[bytes, bytes] = dict(scope["headers"])
        origin = headers.get(b"origin", b"").decode("latin-1").rstrip("/").lower()
        if not origin:
            return headers.get(b"sec-fetch-site", b"") == b"cross-site"
        if origin in self.allowed or "*" in self.allowed:
            return False
        return origin == "null" or str(urlsplit(origin).netloc) != _host_of(scope)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] in UNSAFE_METHODS and self.foreign(scope):
            await _refuse(
                send, 403, "cross-origin request refused (its origin is not in NEWSGRAPH_CORS_ORIGINS)"
            )
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


def install(app: Any, cors_origins: Sequence[str]) -> None:
    """Add the middlewares to ``app`` (CORS only when origins are listed)."""
    if cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "HEAD", "POST"],
            allow_headers=["Accept", "Content-Type", "X-API-Key", "Authorization"],
            max_age=600,
        )
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders, allowed_origins=cors_origins)
