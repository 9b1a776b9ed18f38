"""Dependencies shared by the routers."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from newsgraph.queries import QueryError
from newsgraph.settings import Settings
from newsgraph.stores import QueryRejected, QueryResult, QueryTimeout, Store, TooManyRows

RETRY_AFTER = "5"  # seconds, suggested to a client whose query ran out of time


def rejection_status(e: QueryRejected) -> int:
    """503 for a query past the time limit, 422 for one past the row limit, else 400."""
    if isinstance(e, QueryTimeout):
        return 503
    if isinstance(e, TooManyRows):
        return 422
    return 400


def rejection(e: QueryRejected) -> HTTPException:
    status = rejection_status(e)
    headers = {"Retry-After": RETRY_AFTER} if status == 503 else None
    return HTTPException(status_code=status, detail=str(e), headers=headers)


async def get_store(request: Request) -> Store:
    """The app's store. (Dependencies that do not block are ``async``: FastAPI runs a plain
    ``def`` one in a worker thread.)"""
    return request.app.state.store  # type: ignore[no-any-return]


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


async def run_named(store: Store, name: str, params: dict[str, Any], limit: int | None = None, offset: int = 0) -> QueryResult:
    """A named query, with user mistakes turned into 400s, timeouts into 503s, refusals into 4xx.

    The store is called in a worker thread (it blocks); the route around it is ``async``, so the
    rest of the request (parameters, the response model) stays on the event loop."""
    try:
        return await run_in_threadpool(store.query, name, params, limit=limit, offset=offset)
    except QueryError as e:
        raise HTTPException(status_code=400, detail=str(e)) from e
    except QueryRejected as e:
        if rejection_status(e) != 400:
            raise rejection(e) from e
        raise HTTPException(status_code=422, detail=str(e)) from e


@dataclass(slots=True)
class Writer:
    """What POST /documents shares across requests: the model, the actor registry (saved to
    ``settings.registry_file``) and the lock that lets one batch at a time resolve and write."""

    model: str
    registry: Any  # newsgraph.resolve.Registry
    lock: threading.Lock = field(default_factory=threading.Lock)
    _nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from newsgraph.extract.pipeline import load_nlp

            self._nlp = load_nlp(self.model)
        return self._nlp


_WRITER_LOCK = threading.Lock()


def writer_for(app: FastAPI) -> Writer:
    """The app's Writer, made on first use (the registry is read from disk then)."""
    with _WRITER_LOCK:
        writer = getattr(app.state, "writer", None)
        if writer is None:
            from newsgraph.resolve import Registry

            settings: Settings = app.state.settings
            writer = app.state.writer = Writer(settings.model, Registry.load(settings.registry_file))
        return writer


def get_writer(request: Request) -> Writer:
    return writer_for(request.app)


WriterDep = Annotated[Writer, Depends(get_writer)]
