"""Dependencies shared by the routers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request

from newsgraph.queries import QueryError
from newsgraph.settings import Settings
from newsgraph.stores import QueryRejected, QueryResult, Store


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def run_named(store: Store, name: str, params: dict[str, Any], limit: int | None = None, offset: int = 0) -> QueryResult:
    """A named query, with user mistakes turned into 400s and refusals into 4xx."""
    try:
        return store.query(name, params, limit=limit, offset=offset)
    except QueryError as e:
        raise HTTPException(status_code=400, detail=str(e)) from e
    except QueryRejected as e:
        raise HTTPException(status_code=422, detail=str(e)) from e
