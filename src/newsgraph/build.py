"""Build a graph: read -> extract -> resolve -> store, in bounded batches.

Each batch is written all or nothing (a transaction, or one RocksDB ingestion of Oxigraph's bulk
loader), so a build that fails midway leaves the store as it was before the failing batch, and a rerun adds nothing for documents already stored (they are
skipped by content hash, before any analysis). Documents are read lazily and at most a few
batches are in memory at once, so memory does not grow with the corpus. An extractor with a
``map(batches)`` method (``newsgraph.parallel``) analyses the next batches while this process
resolves and writes the current one.
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
"""Extracts one batch; it may also have ``map(batches) -> Iterator[list[Extraction]]`` (in order)."""


def local_extractor(model: str = pipeline.MODEL, batch_size: int = 32) -> Extractor:
    """Extraction in this process (the model is loaded on the first batch that needs it)."""

    def run(documents: list[Document]) -> list[Extraction]:
        return pipeline.extract_documents(documents, model, batch_size)

    return run


def extract_batches(extractor: Extractor, batches: Iterable[list[Document]]) -> Iterator[list[Extraction]]:
    """One list of extractions per batch, in order, through the extractor's ``map`` when it has one."""
    mapper = getattr(extractor, "map", None)
    if mapper is not None:
        return iter(mapper(batches))
    return (extractor(b) if b else [] for b in batches)


@dataclass(slots=True)
class _Batch:
    size: int  # documents read, fresh or not
    fresh: list[Document]


def build(
    documents: Iterable[Document],
    store: Store,
    registry: Registry,
    *,
    batch_size: int = 64,
    extractor: Extractor | None = None,
    on_batch: Callable[[int], None] | None = None,
    before_write: Callable[[], object] | None = None,
) -> BuildReport:
    """Extract and load ``documents`` into ``store`` batch by batch; ``before_write`` runs after a
    batch is resolved and before it is stored (the CLI journals the actor registry there)."""
    extractor = extractor or local_extractor()
    report = BuildReport()
    pending: list[_Batch] = []  # batches handed to the extractor, oldest first
    seen: set[str] = set()  # hashes handed out in this run (a repeat in a later batch is skipped too)

    def fresh_batches() -> Iterator[list[Document]]:
        for batch in batched(documents, batch_size):
            hashed = [(d.content_hash, d) for d in batch]
            known = store.known_documents({h for h, _ in hashed if h not in seen})
            fresh = []
            for h, d in hashed:
                if h not in known and h not in seen:
                    seen.add(h)
                    fresh.append(d)
            pending.append(_Batch(len(batch), fresh))
            yield fresh

    results = extract_batches(extractor, fresh_batches())
    try:
        for extracted in results:
            batch = pending.pop(0)
            report.skipped += batch.size - len(batch.fresh)
            if extracted:
                _write(extracted, store, registry, report, before_write)
            if on_batch:
                on_batch(batch.size)
    finally:
        close = getattr(results, "close", None)
        if close:
            close()  # cancels work in flight when a write failed
    return report


def _write(
    extracted: list[Extraction],
    store: Store,
    registry: Registry,
    report: BuildReport,
    before_write: Callable[[], object] | None = None,
) -> None:
    extractions = resolve(extracted, registry)
    if before_write:
        before_write()
    store.write([r for x in extractions for r in x.records()])
    for x in extractions:
        report.documents += 1
        report.statements += len(x.statements)
        report.events += len(x.events)
        report.actors.update(a.id for a in x.actors)
    report.batches += 1
