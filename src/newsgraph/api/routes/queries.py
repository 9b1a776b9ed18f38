from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request

from newsgraph import queries as catalog
from newsgraph.api.deps import SettingsDep, StoreDep, run_named
from newsgraph.api.schemas import TIMED_OUT, QueryInfo, QueryRows, error

router = APIRouter(prefix="/queries", tags=["queries"])


@router.get("", response_model=list[QueryInfo])
def list_queries() -> list[QueryInfo]:
    """The named queries, with their parameters and result columns."""
    return [QueryInfo(name=q.name, description=q.description, params=list(q.params),
                      required=list(q.required), columns=list(q.columns))
            for q in catalog.catalog().values()]


@router.get("/{name}", response_model=QueryRows, responses={
    404: error("No named query with this name (see GET /queries)."),
    422: error("A parameter the query does not take or needs, or a value it cannot match (the message "
               "lists the known values), or a result over the row limit."),
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
    cap = min(limit, settings.max_rows)
    result = await run_named(store, q.name, params, limit=cap + 1, offset=offset)  # one more: are there more?
    more = result.truncated or len(result.rows) > cap
    return QueryRows(columns=result.columns, rows=result.rows[:cap], truncated=more)
