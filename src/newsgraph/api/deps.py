"""Dependencies shared by the routers."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from newsgraph.queries import QueryError
from newsgraph.settings import Settings
from newsgraph.stores import QueryForbidden, QueryRejected, QueryResult, QueryTimeout, Store, TooManyRows

RETRY_AFTER = "5"  # seconds, suggested to a client whose query ran out of time


def rejection_status(e: QueryRejected) -> int:
    """503 for a query past the time limit, 422 for one past the row limit, 403 for one that would
    reach outside the store, else 400."""
    if isinstance(e, QueryTimeout):
        return 503
    if isinstance(e, QueryForbidden):
        return 403
    if isinstance(e, TooManyRows):
        return 422
    return 400


MAX_DETAIL = 500
"""Characters of an error message sent back: an engine's message may quote the query."""


def short(message: str) -> str:
    return message if len(message) <= MAX_DETAIL else message[:MAX_DETAIL] + "… (cut)"


def rejection(e: QueryRejected) -> HTTPException:
    status = rejection_status(e)
    headers = {"Retry-After": RETRY_AFTER} if status == 503 else None
    return HTTPException(status_code=status, detail=short(str(e)), headers=headers)


async def get_store(request: Request) -> Store:
    """The app's store. (Dependencies that do not block are ``async``: FastAPI runs a plain
    ``def`` one in a worker thread.)"""
    return request.app.state.store  # type: ignore[no-any-return]


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


async def run_named(
    store: Store, name: str, params: dict[str, Any], limit: int | None = None, offset: int = 0
) -> QueryResult:
    """A named query, with user mistakes (a parameter it does not take or needs, a value it cannot
    match: the message lists the known ones) turned into 422s, timeouts into 503s, refusals into 4xx.

    A query the store answers from the tables it holds in memory (``in_memory``: a few
    milliseconds of Python at most, which would hold the interpreter's lock in a thread as well)
    is answered here on the event loop; any other is run in a worker thread (it blocks), and the
    route around it is ``async``, so the rest of the request stays on the event loop."""
    in_memory = getattr(store, "in_memory", None)
    try:
        found = None if in_memory is None else in_memory(name, params, limit=limit, offset=offset)
        if found is not None:
            return found  # type: ignore[no-any-return]
        return await run_in_threadpool(store.query, name, params, limit=limit, offset=offset)
    except QueryError as e:
        raise HTTPException(status_code=422, detail=short(str(e))) from e
    except QueryRejected as e:
        if rejection_status(e) != 400:
            raise rejection(e) from e
        raise HTTPException(status_code=422, detail=short(str(e))) from e


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
    """The app's Writer, made on first use (the registry is read from disk then, and what a kill
    between its journal and a write left is dropped)."""
    with _WRITER_LOCK:
        writer = getattr(app.state, "writer", None)
        if writer is None:
            from newsgraph.write import open_registry

            settings: Settings = app.state.settings
            registry = open_registry(settings.registry_file, app.state.store)  # reconciled with the store
            writer = app.state.writer = Writer(settings.model, registry)
        return writer


def get_writer(request: Request) -> Writer:
    return writer_for(request.app)


WriterDep = Annotated[Writer, Depends(get_writer)]
