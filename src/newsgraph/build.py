"""Build a graph: read -> extract -> resolve -> store, in bounded batches.

Each batch is written in one transaction, so a build that fails midway leaves the store as it
was before the failing batch, and a rerun adds nothing for documents already stored (they are
skipped by content hash).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from newsgraph.extract import pipeline
from newsgraph.model import Document, Extraction
from newsgraph.resolve import Registry, resolve
from newsgraph.stores import Store


@dataclass(slots=True)
class BuildReport:
    documents: int = 0
    skipped: int = 0
    statements: int = 0
    events: int = 0
    actors: set[str] = field(default_factory=set)
    batches: int = 0


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


Extractor = Callable[[list[Document]], list[Extraction]]


def local_extractor(model: str = pipeline.MODEL, batch_size: int = 32) -> Extractor:
    """Extraction in this process."""

    def run(documents: list[Document]) -> list[Extraction]:
        return list(pipeline.extract(documents, pipeline.load_nlp(model), batch_size=batch_size))

    return run


def build(
    documents: Iterable[Document],
    store: Store,
    registry: Registry,
    *,
    batch_size: int = 64,
    extractor: Extractor | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> BuildReport:
    """Extract and load ``documents`` into ``store`` batch by batch."""
    extractor = extractor or local_extractor()
    report = BuildReport()
    for batch in batched(documents, batch_size):
        known = store.known_documents({d.content_hash for d in batch})
        fresh = _unique([d for d in batch if d.content_hash not in known])
        report.skipped += len(batch) - len(fresh)
        if fresh:
            extractions = resolve(extractor(fresh), registry)
            store.write([r for x in extractions for r in x.records()])
            for x in extractions:
                report.documents += 1
                report.statements += len(x.statements)
                report.events += len(x.events)
                report.actors.update(a.id for a in x.actors)
            report.batches += 1
        if on_batch:
            on_batch(len(batch))
    return report


def _unique(documents: list[Document]) -> list[Document]:
    """Drop repeats of the same text inside a batch."""
    seen: set[str] = set()
    out = []
    for d in documents:
        if d.content_hash not in seen:
            seen.add(d.content_hash)
            out.append(d)
    return out
