"""A raw read-only Cypher endpoint for the Cypher backends (Neo4j, FalkorDB).

Read-only by construction: the store runs the text in a read transaction (Neo4j) or with
GRAPH.RO_QUERY (FalkorDB), so the engine refuses a write clause and nothing changes. Nothing
leaves the graph: ``LOAD CSV`` and procedures outside an allow-list are refused by parsing,
before the engine sees the text (403); so are texts too long (413: the body) or nested too deep.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from newsgraph import querytext
from newsgraph.api.deps import StoreDep, rejection, short
from newsgraph.api.schemas import TIMED_OUT, UNPROCESSABLE, QueryRows, error
from newsgraph.stores import QueryRejected
from newsgraph.stores.graph_mapping import WriteRefused

router = APIRouter(tags=["cypher"])
MAX_QUERY = querytext.MAX_QUERY_CHARS


class CypherRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(min_length=1, description="A read-only Cypher query (at most 100,000 characters).")
    params: dict[str, Any] = Field(default_factory=dict, description="Query parameters, used as $name.")


@router.post(
    "/cypher",
    response_model=QueryRows,
    responses={
        400: error("A query the engine rejects, or one nested too deep."),
        403: error(
            "A query that would write, or reach outside the graph (LOAD CSV, a procedure not allowed)."
        ),
        413: error("A body over the size limit."),
        422: UNPROCESSABLE,
        501: error("This backend does not speak Cypher (the SPARQL backend): use /sparql."),
        503: TIMED_OUT,
    },
)
async def cypher(store: StoreDep, body: CypherRequest) -> QueryRows:
    """Run a read-only Cypher query with parameters; a query that would write gets 403."""
    if getattr(store, "language", None) != "cypher":
        raise HTTPException(status_code=501, detail="this backend does not speak Cypher; use /sparql")
    try:
        querytext.bounded(body.query, "cypher", max_chars=MAX_QUERY)
        querytext.check_cypher_reach(body.query)
    except querytext.QueryShapeError as e:
        raise HTTPException(status_code=413 if e.too_long else 400, detail=str(e)) from e
    except querytext.OutsideReach as e:
        raise HTTPException(status_code=403, detail=str(e)) from e
    try:
        result = await run_in_threadpool(store.raw, body.query, body.params)  # type: ignore[call-arg]
    except WriteRefused as e:
        raise HTTPException(status_code=403, detail=short(str(e))) from e
    except QueryRejected as e:
        raise rejection(e) from e
    return QueryRows(columns=result.columns, rows=result.rows, truncated=result.truncated)
