"""A read-only SPARQL 1.1 Protocol endpoint (https://www.w3.org/TR/sparql11-protocol/).

Query by GET (``?query=``), POST form (``query=``) or POST direct body
(``application/sparql-query``). SELECT and ASK answer in SPARQL JSON, XML, CSV or TSV,
CONSTRUCT and DESCRIBE in Turtle, N-Triples, RDF/XML or JSON-LD, chosen by the Accept header.
A malformed query gets 400 with the parser's message; updates are refused (403 for the update
operation, 400 for an update sent as a query, since it does not parse as one).
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from typing import Any, cast

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from newsgraph import querytext
from newsgraph.api.deps import StoreDep, rejection
from newsgraph.api.schemas import TIMED_OUT, UNPROCESSABLE, error
from newsgraph.stores import QueryRejected, SparqlCapable
from newsgraph.stores.oxigraph import PREFIXES
from newsgraph.stores.oxigraph_pool import Dataset

router = APIRouter(tags=["sparql"])

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
MAX_QUERY = querytext.MAX_QUERY_CHARS
READ_ONLY = "SPARQL Update is not allowed on this endpoint (read-only)"
ERRORS: dict[int | str, dict[str, Any]] = {
    400: error(
        "A malformed query, an update sent as a query, a query nested too deep, "
        "or a graph IRI that is no IRI."
    ),
    403: error("SPARQL Update (read-only endpoint), or a SERVICE clause (no requests leave the service)."),
    413: error("A query or body too long."),
    422: UNPROCESSABLE,
    501: error("This backend does not speak SPARQL: use POST /cypher."),
    503: TIMED_OUT,
}
# The inputs the routes read themselves (the protocol wants exactly one query: 400 otherwise).
QUERY_PARAMETER = {
    "name": "query",
    "in": "query",
    "required": True,
    "description": "A SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE).",
    "schema": {"type": "string"},
}
DATASET_PARAMETERS = [
    {
        "name": name,
        "in": "query",
        "required": False,
        "style": "form",
        "explode": True,
        "schema": {"type": "array", "items": {"type": "string"}},
        "description": text,
    }
    for name, text in (
        (
            "default-graph-uri",
            "A graph merged into the query's default graph (repeatable); with "
            "named-graph-uri, replaces the query's FROM and FROM NAMED. "
            "newsgraph's own data is in the default graph.",
        ),
        ("named-graph-uri", "A graph the query may name with GRAPH (repeatable)."),
    )
]
QUERY_BODY = {
    "required": True,
    "content": {
        "application/sparql-query": {"schema": {"type": "string", "description": "The query itself."}},
        "application/x-www-form-urlencoded": {
            "schema": {
                "type": "object",
                "required": ["query"],
                "properties": {"query": {"type": "string", "description": "A SPARQL 1.1 query."}},
            }
        },
    },
}
POST_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    415: error("A body neither application/sparql-query nor application/x-www-form-urlencoded."),
}


def pick(accept: str, formats: Mapping[str, object], default: str) -> str:
    """The media type of ``formats`` the Accept header prefers (by q-value, then order)."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            k, _, v = p.strip().partition("=")
            if k.strip() == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media.strip().lower()))
    for _, _, media in sorted(ranked):
        if media in formats:
            return media
        if media in {"*/*", "application/*", "text/*"}:
            return default
    return default


def answer(store: StoreDep, query: str, accept: str, dataset: Dataset | None = None) -> Response:
    """Run the query and serialise its result in the format the client accepts."""
    try:  # the size and depth bounds, before any parser (the store checks them again)
        query = querytext.bounded(query, "sparql", max_chars=MAX_QUERY)
    except querytext.QueryShapeError as e:
        raise HTTPException(status_code=413 if e.too_long else 400, detail=str(e)) from e
    if not isinstance(store, SparqlCapable):
        raise HTTPException(status_code=501, detail="this backend does not speak SPARQL; use POST /cypher")
    try:
        if dataset is not None and "dataset" in inspect.signature(store.sparql).parameters:
            result = cast(Any, store).sparql(query, dataset)  # the embedded store takes a dataset
        elif dataset is not None and (dataset.default or dataset.named):
            raise HTTPException(
                status_code=400, detail="this backend takes no default-graph-uri or named-graph-uri"
            )
        else:
            result = store.sparql(query)
    except QueryRejected as e:
        raise rejection(e) from e
    if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
        media = pick(accept, RESULT_FORMATS, "application/sparql-results+json")
        body = result.serialize(format=RESULT_FORMATS[media])
    else:  # CONSTRUCT or DESCRIBE: triples
        media = pick(accept, GRAPH_FORMATS, "text/turtle")
        fmt = GRAPH_FORMATS[media]
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        body = ox.serialize(result, format=fmt, prefixes=prefixes)
    return Response(content=body, media_type=media, headers={"Vary": "Accept"})


def _dataset(request: Request, *sources: Any) -> Dataset:
    """The protocol's dataset (default-graph-uri, named-graph-uri, each repeatable, which replace
    the query's FROM / FROM NAMED), and the endpoint's IRI as the base of relative IRIs."""
    default = tuple(v for src in sources for v in src.getlist("default-graph-uri") if isinstance(v, str))
    named = tuple(v for src in sources for v in src.getlist("named-graph-uri") if isinstance(v, str))
    return Dataset(default, named, base_iri=str(request.url.replace(query="")))


@router.get(
    "/sparql",
    response_class=Response,
    responses=ERRORS,
    openapi_extra={"parameters": [QUERY_PARAMETER, *DATASET_PARAMETERS]},
)
async def sparql_get(store: StoreDep, request: Request) -> Response:
    """SPARQL query via GET."""
    if "update" in request.query_params:
        raise HTTPException(status_code=403, detail=READ_ONLY)
    values = request.query_params.getlist("query")
    if len(values) != 1:
        raise HTTPException(status_code=400, detail="send exactly one 'query' parameter")
    dataset = _dataset(request, request.query_params)
    return await run_in_threadpool(answer, store, values[0], request.headers.get("accept", "*/*"), dataset)


@router.post(
    "/sparql",
    response_class=Response,
    responses=POST_ERRORS,
    openapi_extra={"requestBody": QUERY_BODY, "parameters": DATASET_PARAMETERS},
)
async def sparql_post(store: StoreDep, request: Request) -> Response:
    """SPARQL query via POST: form-encoded (query=...) or direct (application/sparql-query)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if len(body) > MAX_QUERY * 4:
        raise HTTPException(status_code=413, detail="request body too large")
    if ctype == "application/sparql-query":
        dataset = _dataset(request, request.query_params)
        query = body.decode("utf-8", errors="replace")
    elif ctype == "application/x-www-form-urlencoded":
        form = await request.form()
        if "update" in form or "update" in request.query_params:
            raise HTTPException(status_code=403, detail=READ_ONLY)
        values = form.getlist("query")
        if len(values) != 1 or not isinstance(values[0], str):
            raise HTTPException(status_code=400, detail="send exactly one form field 'query'")
        dataset = _dataset(request, form, request.query_params)
        query = values[0]
    elif ctype == "application/sparql-update" or "update" in request.query_params:
        raise HTTPException(status_code=403, detail=READ_ONLY)
    else:
        raise HTTPException(
            status_code=415,
            detail="send application/sparql-query or application/x-www-form-urlencoded (query=...)",
        )
    return await run_in_threadpool(answer, store, query, request.headers.get("accept", "*/*"), dataset)
