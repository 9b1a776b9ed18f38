"""A read-only SPARQL 1.1 Protocol endpoint: query by GET, POST form or POST direct body.

Updates are refused because the text is parsed as a query (an update does not parse as one).
"""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from newsgraph.api.deps import StoreDep
from newsgraph.stores import QueryRejected

router = APIRouter(tags=["sparql"])

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
MAX_QUERY = 100_000


def _pick(accept: str, formats: dict, default: str) -> str:
    """The first media type of the Accept header we can produce (q-values in order given)."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            k, _, v = p.strip().partition("=")
            if k == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in formats:
            return media
        if media in {"*/*", "application/*", "text/*"}:
            return default
    return default


def _answer(store: StoreDep, query: str, accept: str) -> Response:
    if len(query) > MAX_QUERY:
        raise HTTPException(status_code=413, detail=f"query longer than {MAX_QUERY} characters")
    sparql = getattr(store, "sparql", None)
    if sparql is None:
        raise HTTPException(status_code=501, detail="this backend does not speak SPARQL; use POST /cypher")
    try:
        result = sparql(query)
    except QueryRejected as e:
        raise HTTPException(status_code=400, detail=str(e)) from e
    if isinstance(result, ox.QueryTriples):
        media = _pick(accept, GRAPH_FORMATS, "text/turtle")
        body = result.serialize(format=GRAPH_FORMATS[media])
    else:
        media = _pick(accept, RESULT_FORMATS, "application/sparql-results+json")
        body = result.serialize(format=RESULT_FORMATS[media])
    return Response(content=body, media_type=media)


@router.get("/sparql", response_class=Response)
def sparql_get(
    store: StoreDep,
    request: Request,
    query: Annotated[str, Query(description="A SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE).")],
) -> Response:
    """SPARQL query via GET."""
    return _answer(store, query, request.headers.get("accept", "*/*"))


@router.post("/sparql", response_class=Response)
async def sparql_post(store: StoreDep, request: Request) -> Response:
    """SPARQL query via POST: form-encoded (query=...) or direct (application/sparql-query)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if len(body) > MAX_QUERY * 4:
        raise HTTPException(status_code=413, detail="request body too large")
    if ctype == "application/sparql-query":
        query = body.decode("utf-8", errors="replace")
    elif ctype == "application/x-www-form-urlencoded":
        form = await request.form()
        if "update" in form:
            raise HTTPException(status_code=403, detail="SPARQL Update is not allowed on this endpoint (read-only)")
        value = form.get("query")
        if not isinstance(value, str):
            raise HTTPException(status_code=400, detail="missing form field 'query'")
        query = value
    elif ctype == "application/sparql-update":
        raise HTTPException(status_code=403, detail="SPARQL Update is not allowed on this endpoint (read-only)")
    else:
        raise HTTPException(
            status_code=415,
            detail="send application/sparql-query or application/x-www-form-urlencoded (query=...)",
        )
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_answer, store, query, request.headers.get("accept", "*/*"))
