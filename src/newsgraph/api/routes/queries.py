from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request

from newsgraph import dates
from newsgraph import queries as catalog
from newsgraph.api.deps import SettingsDep, StoreDep, run_named
from newsgraph.api.schemas import TIMED_OUT, UNPROCESSABLE, QueryInfo, QueryRows, error

router = APIRouter(prefix="/queries", tags=["queries"])


@router.get("", response_model=list[QueryInfo])
def list_queries() -> list[QueryInfo]:
    """The named queries, with their parameters and result columns."""
    return [QueryInfo(name=q.name, description=q.description, params=list(q.params), columns=list(q.columns))
            for q in catalog.catalog().values()]


@router.get("/{name}", response_model=QueryRows, responses={
    400: error("A parameter the query cannot take."),
    404: error("No named query with this name (see GET /queries)."),
    422: UNPROCESSABLE,
    503: TIMED_OUT,
})
async def run_query(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    name: Annotated[str, Path(pattern=r"^[a-z_]{1,64}$")],
    limit: Annotated[int, Query(ge=1, le=10_000)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> QueryRows:
    """Run a named query; its parameters come as query-string parameters (see GET /queries)."""
    try:
        q = catalog.get(name)
    except catalog.QueryError as e:
        raise HTTPException(status_code=404, detail=str(e)) from e
    params = {k: v for k, v in request.query_params.items() if k not in {"limit", "offset"}}
    for k, v in params.items():
        if len(v) > 500:
            raise HTTPException(status_code=422, detail=f"parameter {k!r} is longer than 500 characters")
        if k in dates.DATE_PARAMS and k in q.params and v:
            try:
                dates.checked(v)
            except ValueError as e:
                raise HTTPException(status_code=422, detail=f"parameter {k!r}: {e}") from e
    result = await run_named(store, q.name, params, limit=min(limit, settings.max_rows), offset=offset)
    return QueryRows(columns=result.columns, rows=result.rows, truncated=result.truncated)
