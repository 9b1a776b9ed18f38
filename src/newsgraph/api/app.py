"""Build the FastAPI app; the store is opened and closed in the app's lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi_offline import FastAPIOffline
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph import __version__
from newsgraph.api import limits
from newsgraph.api.deps import RETRY_AFTER, short
from newsgraph.api.explorer import mount as mount_explorer
from newsgraph.api.routes import ROUTERS
from newsgraph.settings import Settings
from newsgraph.stores import Store, StoreError, open_store

DESCRIPTION = """Who said what, about what, when and where — and what happened to whom — in news
articles. Named graph queries, raw read-only SPARQL and Cypher, and exports."""
HTTP_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"}


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """The app for ``settings``; pass an open ``store`` to share one (it is then not closed)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        app.state.store = store if store is not None else open_store(settings)
        warm = getattr(app.state.store, "warm", None)  # stores with query workers start them now
        if warm is not None:
            await run_in_threadpool(warm)
        try:
            yield
        finally:
            if own:
                app.state.store.close()

    # /docs and /redoc with their assets served by the app (fastapi-offline ships them): no CDN
    app = FastAPIOffline(title="newsgraph", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    for router in ROUTERS:
        app.include_router(router)
    mount_explorer(app)  # the web explorer's pages at / and /explore/
    app.add_exception_handler(RequestValidationError, printable_validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, allow_every_method)  # type: ignore[arg-type]
    app.add_exception_handler(StoreError, store_unavailable)  # type: ignore[arg-type]
    limits.install(app, settings.cors_origins)
    return app


async def store_unavailable(request: Request, exc: StoreError) -> Response:
    """503 when the store cannot answer (unreachable, a query worker gone)."""
    return JSONResponse(
        {"detail": short(f"the store cannot answer: {exc}")},
        status_code=503,
        headers={"Retry-After": RETRY_AFTER},
    )


ECHO = 200
"""Characters of the request's input a 422 echoes (FastAPI echoes all of it)."""


def printable(value: Any) -> Any:
    """``value`` with lone surrogates (and undecodable bytes) in its strings escaped and long
    strings cut to ``ECHO`` characters: JSON responses are UTF-8, and FastAPI echoes the
    request's input in a 422."""
    if isinstance(value, bytes):
        value = value[: ECHO * 4].decode("utf-8", "backslashreplace")
    if isinstance(value, str):
        cut = value[:ECHO].encode("utf-8", "backslashreplace").decode("utf-8")
        return cut + "…" if len(value) > ECHO else cut
    if isinstance(value, dict):
        return {k: printable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(printable(v) for v in value)
    return value


async def printable_validation_error(request: Request, exc: RequestValidationError) -> Response:
    """FastAPI's 422, with its echo of the input made valid UTF-8."""
    return await request_validation_exception_handler(
        request, RequestValidationError(printable(exc.errors()))
    )


def _fits(template: str, path: str) -> bool:
    """Whether ``path`` is an instance of the OpenAPI path ``template`` (``/actors/{actor_id}``)."""
    want, got = template.strip("/").split("/"), path.strip("/").split("/")
    return len(want) == len(got) and all(
        w == g or (w.startswith("{") and w.endswith("}") and g != "") for w, g in zip(want, got, strict=True)
    )


def allowed_methods(app: FastAPI, path: str) -> list[str]:
    """The methods the schema documents for ``path`` (Starlette's 405 lists one route's only,
    and GET and POST /sparql are two routes)."""
    methods = {
        m.upper() for template, item in app.openapi()["paths"].items() if _fits(template, path) for m in item
    }
    return sorted(methods & HTTP_METHODS)


async def allow_every_method(request: Request, exc: StarletteHTTPException) -> Response:
    """A 405 whose Allow header lists the methods of all the path's routes (GET and POST /sparql
    are two routes); any other HTTP error as FastAPI answers it."""
    if exc.status_code == 405:
        methods = allowed_methods(request.app, request.url.path)
        if methods:
            exc = StarletteHTTPException(
                405, exc.detail, headers={**(exc.headers or {}), "Allow": ", ".join(methods)}
            )
    return await http_exception_handler(request, exc)
