import queue
import threading
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from newsgraph import export
from newsgraph.api.deps import StoreDep, rejection
from newsgraph.api.routes.known_params import only_known_params
from newsgraph.api.schemas import REFUSED, TIMED_OUT, Since, Until, error, known
from newsgraph.queries import QueryError
from newsgraph.stores import QueryRejected

router = APIRouter(prefix="/export", tags=["export"], dependencies=[Depends(only_known_params)])
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
        streamed(job),
        media_type=export.FORMATS[format],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


class Pump:
    """An export made in a thread of its own (the store's iterators must be used and dropped in
    the thread that made them), handed over chunk by chunk through a short queue: the export waits
    while the client is slow, and stops at its next look at ``job.stop`` when the client is gone."""

    DEPTH = 4  # chunks made ahead of the client

    def __init__(self, job: export.Export) -> None:
        self.job = job
        self.queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=self.DEPTH)
        self.thread = threading.Thread(target=self._run, name="export", daemon=True)
        self.thread.start()

    def _put(self, item: tuple[str, Any]) -> bool:
        while not self.job.stop.is_set():
            try:
                self.queue.put(item, timeout=0.5)
                return True
            except queue.Full:
                continue
        return False

    def _run(self) -> None:
        chunks = self.job.chunks()
        try:
            for chunk in chunks:
                if chunk and not self._put(("chunk", chunk)):
                    return
            self._put(("end", None))
        except Exception as e:  # handed to the response, which logs it and cuts the download short
            if not self.job.stop.is_set():
                self._put(("error", e))
        finally:
            chunks.close()

    def stop(self) -> None:
        self.job.stop.set()
        try:  # wake a reader left waiting on the queue
            self.queue.put_nowait(("end", None))
        except queue.Full:
            pass


async def streamed(job: export.Export) -> AsyncIterator[bytes]:
    """The export's chunks. When the client goes away, the export is told to stop: its thread
    ends at its next look (every ``WATCH`` rows or triples, or the next chunk written)."""
    pump = Pump(job)
    try:
        while True:
            kind, value = await anyio.to_thread.run_sync(pump.queue.get, abandon_on_cancel=True)
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        pump.stop()
