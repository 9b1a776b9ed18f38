"""POST /documents: add articles to the service's graph (extract, resolve, load), with an API key.

Idempotent by content hash: an article whose text is already stored is skipped, and the answer
says so. Extraction runs in a worker thread; one request at a time extracts, resolves and writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException, Query, Request, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, WithJsonSchema, field_validator
from starlette.concurrency import run_in_threadpool

from newsgraph import write
from newsgraph.api.deps import SettingsDep, StoreDep, Writer, WriterDep
from newsgraph.api.schemas import ErrorDetail
from newsgraph.api.security import WriteAccess, check_write_access, presented_key
from newsgraph.ingest import parse_published
from newsgraph.model import Document, stable_id
from newsgraph.settings import Settings
from newsgraph.stores import Store, StoreError

DOC_ID = r"^[A-Za-z0-9][A-Za-z0-9._~:-]{0,199}$"
PUBLISHED = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?\Z")
PUBLISHED_SCHEMA = {
    "anyOf": [
        {"type": "string", "format": "date"},
        {"type": "string", "pattern": r"^\d{4}$"},
        {"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$"},
    ]
}
BODY_SLACK = 65_536  # bytes of JSON around the texts


def body_limit(settings: Settings) -> int:
    """The largest request body read: room for one maximal text even with every character
    JSON-escaped (3 ×), plus metadata. A batch must fit in it too."""
    return 3 * settings.max_document_bytes + BODY_SLACK


class DocumentIn(BaseModel):
    """One article."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(
        min_length=1, description="The article text; at most max_document_bytes bytes as UTF-8."
    )
    title: str | None = Field(None, max_length=1000)
    published: Annotated[str, WithJsonSchema(PUBLISHED_SCHEMA)] | None = Field(
        None, description="YYYY, YYYY-MM or YYYY-MM-DD."
    )
    id: str | None = Field(None, pattern=DOC_ID, description="Absent: a hash of the url, else of the text.")
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)

    @field_validator("text", "title", "url", "outlet")
    @classmethod
    def _utf8(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("contains lone surrogates (not valid Unicode text)") from None
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @field_validator("published")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is not None and not PUBLISHED.match(value):
            raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {value[:40]!r}")
        parse_published(value)  # raises ValueError on an impossible day
        return value


class DocumentBatch(BaseModel):
    """Several articles in one request (one transaction)."""

    model_config = ConfigDict(extra="forbid")
    documents: list[DocumentIn] = Field(min_length=1, description="At most max_batch_documents articles.")

    @field_validator("documents")
    @classmethod
    def _distinct_ids(cls, value: list[DocumentIn]) -> list[DocumentIn]:
        ids = [d.id for d in value if d.id]
        if len(ids) != len(set(ids)):
            raise ValueError("two documents have the same id")
        return value


def _kind(value: Any) -> str:
    """``batch`` for {"documents": [...]}, else ``document``."""
    if isinstance(value, DocumentBatch) or (isinstance(value, dict) and "documents" in value):
        return "batch"
    return "document"


DocumentsBody = Annotated[
    Annotated[DocumentIn, Tag("document")] | Annotated[DocumentBatch, Tag("batch")],
    Discriminator(_kind),
    Body(description='One article, or {"documents": [...]}.'),
]


class IngestReport(BaseModel):
    added: int = Field(description="Documents extracted and stored by this request.")
    skipped: int = Field(description="Documents whose text was already stored (nothing added for them).")
    documents: list[str] = Field(description="Ids of the documents added.")
    skipped_documents: list[str] = Field(description="Ids of the documents skipped.")
    replaced: list[str] = Field(
        default_factory=list, description="Ids whose older text was replaced (replace=true)."
    )
    statements: int
    events: int
    actors: int = Field(description="Distinct actors in the documents added.")


class CheckedRoute(APIRoute):
    """Checks write access and the body's size before the body is read or parsed, so an
    anonymous or oversized request costs nothing."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def checked(request: Request) -> Response:
            settings: Settings = request.app.state.settings
            check_write_access(settings, presented_key(request.headers))
            cap = body_limit(settings)
            declared = request.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise HTTPException(status_code=413, detail=_too_big(cap))
            body = bytearray()
            async for chunk in request.stream():
                body += chunk
                if len(body) > cap:
                    raise HTTPException(status_code=413, detail=_too_big(cap))
            request._body = bytes(body)  # what request.body() returns from now on
            return await handler(request)

        return checked


def _too_big(cap: int) -> str:
    return f"request body over {cap} bytes; send fewer or shorter documents per request"


router = APIRouter(prefix="/documents", tags=["documents"], route_class=CheckedRoute)
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorDetail, "description": "A body that is not UTF-8 JSON."},
    401: {"model": ErrorDetail, "description": "No API key."},
    403: {"model": ErrorDetail, "description": "Wrong API key, or writes are disabled."},
    409: {
        "model": ErrorDetail,
        "description": "A document id stored with another text (send replace=true to replace it).",
    },
    413: {
        "model": ErrorDetail,
        "description": (
            "A text over max_document_bytes, a batch over max_batch_documents, or a body too large."
        ),
    },
    503: {"model": ErrorDetail, "description": "The store failed to write; nothing was written."},
}


@router.post("", response_model=IngestReport, responses=ERRORS)
async def add_documents(
    body: DocumentsBody,
    settings: SettingsDep,
    store: StoreDep,
    writer: WriterDep,
    _: WriteAccess,
    replace: Annotated[
        bool, Query(description="Replace a stored document whose id comes with another text.")
    ] = False,
) -> IngestReport:
    """Add one article or a batch: extraction, actor resolution and loading into the graph.
    An article whose text is already stored is skipped (the same request twice adds nothing); an
    id stored with another text is a conflict (409) unless ``replace=true``: then the old
    version's statements, events and evidence go and the new ones come, in one transaction."""
    items = body.documents if isinstance(body, DocumentBatch) else [body]
    check_limits(items, settings)
    documents = [to_document(d) for d in items]
    return await run_in_threadpool(ingest, documents, store, writer, settings.registry_file, replace)


def check_limits(items: list[DocumentIn], settings: Settings) -> None:
    """413 for a batch or a text over the limits."""
    if len(items) > settings.max_batch_documents:
        raise HTTPException(
            status_code=413,
            detail=(
                f"{len(items)} documents in one request; "
                f"the limit is {settings.max_batch_documents} (max_batch_documents)"
            ),
        )
    for i, d in enumerate(items):
        size = len(d.text.encode("utf-8"))
        if size > settings.max_document_bytes:
            raise HTTPException(
                status_code=413,
                detail=(
                    f"document {i} ({d.id or 'no id'}): text of {size} bytes; "
                    f"the limit is {settings.max_document_bytes} (max_document_bytes)"
                ),
            )


def to_document(d: DocumentIn) -> Document:
    return Document(
        id=d.id or stable_id(d.url or d.text),
        text=d.text,
        title=d.title,
        published=parse_published(d.published),
        outlet=d.outlet,
        url=d.url,
        source="api",
    )


def ingest(
    documents: list[Document], store: Store, writer: Writer, registry_file: Path, replace: bool = False
) -> IngestReport:
    """Extract, resolve and write the documents not stored yet, one request at a time, through the
    one write path (``newsgraph.write``). 409 when an id is stored with another text and
    ``replace`` is not asked for (nothing is written then)."""
    from newsgraph.extract import pipeline
    from newsgraph.resolve import resolve

    with writer.lock:
        t = write.triage(documents, store, replace=replace)
        if t.conflicts:
            raise HTTPException(
                status_code=409, detail="; ".join(write.conflict_message(d) for d in t.conflicts[:5])
            )
        new = t.fresh
        extractions = list(pipeline.extract(new, writer.nlp)) if new else []
        if extractions:
            extractions = resolve(extractions, writer.registry)
            try:
                write.write_batch(
                    extractions,
                    store,
                    writer.registry,
                    registry_file,
                    t.replace & write.documents_in(extractions),
                )
            except StoreError as e:
                raise HTTPException(status_code=503, detail=f"{e}; retry later") from e
    added = {id(d) for d in new}
    return IngestReport(
        added=len(new),
        skipped=len(documents) - len(new),
        replaced=sorted(t.replace),
        documents=[d.id for d in new],
        skipped_documents=[d.id for d in documents if id(d) not in added],
        statements=sum(len(x.statements) for x in extractions),
        events=sum(len(x.events) for x in extractions),
        actors=len({a.id for x in extractions for a in x.actors}),
    )
