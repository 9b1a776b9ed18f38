from collections.abc import AsyncIterator, Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from newsgraph import export
from newsgraph.api.deps import StoreDep, rejection
from newsgraph.api.schemas import REFUSED, TIMED_OUT, Since, Until, error, known
from newsgraph.queries import QueryError
from newsgraph.stores import QueryRejected

router = APIRouter(prefix="/export", tags=["export"])
Format = Literal["gexf", "graphml", "csv", "turtle", "nquads", "jsonld"]


@router.get(
    "/{format}",
    response_class=Response,
    responses={
        200: {"content": {m: {} for m in export.FORMATS.values()}},
        400: error("Filters the export cannot apply."),
        422: REFUSED,
        501: error("An RDF format asked of a backend without SPARQL."),
        503: TIMED_OUT,
    },
)
async def export_graph(
    store: StoreDep,
    format: Annotated[Format, Path(description="gexf, graphml, csv (a zip), turtle, nquads or jsonld.")],
    topic: Annotated[
        str | None,
        Query(
            description="Only statements about this topic.", max_length=100, json_schema_extra=known("topic")
        ),
    ] = None,
    actor: Annotated[
        str | None, Query(description="Only what involves this actor (id or part of a name).", max_length=200)
    ] = None,
    place: Annotated[
        str | None, Query(description="Only events at this place (id or part of a name).", max_length=200)
    ] = None,
    since: Since = None,
    until: Until = None,
) -> Response:
    """The graph, or the part the filters select, for Gephi (gexf, graphml, csv as a zip of
    nodes.csv and edges.csv) or for RDF stores (turtle, nquads, jsonld; SPARQL backends only).
    Streamed: the download starts before the graph is read, and the server's memory does not
    grow with it. A query that fails midway cuts the download short (the status was sent)."""
    try:
        job = await run_in_threadpool(
            export.prepare, store, format, topic=topic, actor=actor, place=place, since=since, until=until
        )
    except export.NeedsSparql as e:
        raise HTTPException(status_code=501, detail=str(e)) from e
    except export.ExportError as e:
        if isinstance(e.__cause__, QueryError):  # a filter that cannot match (an unknown topic ...)
            raise HTTPException(status_code=422, detail=str(e.__cause__)) from e.__cause__
        if isinstance(e.__cause__, QueryRejected):
            raise rejection(e.__cause__) from e.__cause__
        raise HTTPException(status_code=400, detail=str(e)) from e
    filename = export.FILENAMES[format]
    return StreamingResponse(
        streamed(job.chunks()),
        media_type=export.FORMATS[format],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


async def streamed(chunks: Iterator[bytes]) -> AsyncIterator[bytes]:
    """The chunks, each made in a worker thread. When the client goes away, the server stops
    asking for chunks (at most the one being made is finished) and the generator is closed: no
    worker stays busy with the rest of the graph."""
    try:
        while (chunk := await run_in_threadpool(next, chunks, None)) is not None:
            if chunk:
                yield chunk
    finally:
        chunks.close()
