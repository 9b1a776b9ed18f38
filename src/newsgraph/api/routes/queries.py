from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request

from newsgraph import dates
from newsgraph import queries as catalog
from newsgraph.api.deps import SettingsDep, StoreDep, run_named
from newsgraph.api.schemas import REFUSED, TIMED_OUT, QueryInfo, QueryRows, error
from newsgraph.settings import Settings
from newsgraph.stores import Store

router = APIRouter(prefix="/queries", tags=["queries"])


@router.get("", response_model=list[QueryInfo])
def list_queries() -> list[QueryInfo]:
    """The named queries, with their parameters and result columns."""
    return [
        QueryInfo(
            name=q.name,
            description=q.description,
            params=list(q.params),
            required=list(q.required),
            columns=list(q.columns),
        )
        for q in catalog.catalog().values()
    ]


RESPONSES: dict[int | str, dict[str, Any]] = {
    404: error("No named query with this name (see GET /queries)."),
    422: REFUSED,
    503: TIMED_OUT,
}
DATE_FORMS = r"^([0-9]{4}(-W[0-9]{2}|-[0-9]{2}(-[0-9]{2})?)?)?$"  # empty: unset
Limit = Annotated[
    int, Query(ge=1, le=10_000, description="At most this many rows (truncated says when there are more).")
]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Skip this many rows first (paging).")]


async def _run(
    request: Request, store: Store, settings: Settings, name: str, limit: int, offset: int
) -> QueryRows:
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
                dates.query_bounds(v if k == "since" else None, v if k == "until" else None)
            except ValueError as e:
                raise HTTPException(status_code=422, detail=str(e)) from e
    cap = min(limit, settings.max_rows)
    result = await run_named(store, q.name, params, limit=cap + 1, offset=offset)  # one more: are there more?
    more = result.truncated or len(result.rows) > cap
    return QueryRows(columns=result.columns, rows=result.rows[:cap], truncated=more)


def _parameters(q: catalog.NamedQuery) -> list[dict[str, Any]]:
    """A named query's own parameters, for the OpenAPI document (the route reads them itself)."""
    known = catalog.known_values()

    def schema(p: str) -> dict[str, Any]:
        if p in known:  # empty: unset, as for the dates (the query answers for every value)
            return {"type": "string", "enum": list(known[p]) + ([] if p in q.required else [""])}
        if p in {"since", "until"}:  # the form; a day the calendar lacks (2022-02-30) is still a 422
            return {"type": "string", "pattern": DATE_FORMS}
        return {"type": "string", "maxLength": 500, **({"minLength": 1} if p in q.required else {})}

    return [
        {
            "name": p,
            "in": "query",
            "required": p in q.required,
            "schema": schema(p),
            "description": catalog.PARAM_HELP.get(p, p),
        }
        for p in q.params
    ]


def _add_named_route(q: catalog.NamedQuery) -> None:
    """GET /queries/NAME, documented with the query's own parameters."""

    async def run_this(
        request: Request, store: StoreDep, settings: SettingsDep, limit: Limit = 100, offset: Offset = 0
    ) -> QueryRows:
        return await _run(request, store, settings, q.name, limit, offset)

    router.add_api_route(
        f"/{q.name}",
        run_this,
        methods=["GET"],
        response_model=QueryRows,
        responses=RESPONSES,
        summary=f"Run {q.name}",
        description=f"{q.description[:1].upper()}{q.description[1:]}. Columns: {', '.join(q.columns)}.",
        operation_id=f"query_{q.name}",
        openapi_extra={"parameters": _parameters(q)},
    )


for _q in catalog.catalog().values():
    _add_named_route(_q)


@router.get("/{name}", response_model=QueryRows, responses=RESPONSES)
async def run_query(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    name: Annotated[str, Path(pattern=r"^[a-z_]{1,64}$", description="A named query (see GET /queries).")],
    limit: Limit = 100,
    offset: Offset = 0,
) -> QueryRows:
    """Run a named query by name; its parameters come as query-string parameters (each query's own
    route above lists them, as does GET /queries)."""
    return await _run(request, store, settings, name, limit, offset)
