"""Build a graph: read -> extract -> resolve -> store, in bounded batches.

Each batch (or group of ``write_every`` batches) is written all or nothing (a transaction, or one
RocksDB ingestion of Oxigraph's bulk loader), so a build that fails midway leaves the store as it
was before the failing write (whose documents it names: ``NotWritten``), and a
rerun adds nothing for documents already stored (they are skipped by content hash, before any
analysis). Documents are read lazily and at most a few batches are in memory at once, so memory
does not grow with the corpus. An extractor with a
``map(batches)`` method (``newsgraph.parallel``) analyses the next batches while this process
resolves and writes the current one.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from newsgraph import write
from newsgraph.model import Document, Extraction
from newsgraph.resolve import Registry, labels, resolve
from newsgraph.stores import Store, StoreError


@dataclass(slots=True)
class BuildReport:
    documents: int = 0
    skipped: int = 0
    replaced: int = 0  # documents among ``documents`` whose older text they replaced
    conflicts: list[str] = field(default_factory=list)  # ids stored with another text, skipped
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


def local_extractor(model: str | None = None, batch_size: int = 32) -> Extractor:
    """Extraction in this process (the model, ``pipeline.MODEL`` unless named, is loaded on the
    first batch that needs it). The extraction modules are imported here, not with this module: a
    build whose workers extract never needs them in its own process (spaCy's French tokenizer
    exceptions alone took seconds of its CPU to import)."""
    from newsgraph.extract import pipeline

    name = model or pipeline.MODEL

    def run(documents: list[Document]) -> list[Extraction]:
        return pipeline.extract_documents(documents, name, batch_size)

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
    replace: set[str]  # ids whose stored version the fresh documents replace
    conflicts: list[Document]


class NotWritten(StoreError):
    """A write of the build failed: ``documents`` (ids, in order) were not stored, nor any document
    after them; what came before them is stored (rerun to resume)."""

    def __init__(self, cause: Exception, documents: list[str]) -> None:
        shown = ", ".join(documents[:NAMED_MAX]) + (
            f" and {len(documents) - NAMED_MAX} more" if len(documents) > NAMED_MAX else ""
        )
        super().__init__(f"{cause}; not written: {len(documents)} documents ({shown}), nor any after them")
        self.documents = documents


NAMED_MAX = 10
"""The ids a failed write names in its message (all are in ``NotWritten.documents``)."""


def build(
    documents: Iterable[Document],
    store: Store,
    registry: Registry,
    *,
    batch_size: int = 64,
    extractor: Extractor | None = None,
    on_batch: Callable[[int], None] | None = None,
    registry_file: Path | None = None,
    replace: bool = False,
    write_every: int = 1,
) -> BuildReport:
    """Extract and load ``documents`` into ``store`` batch by batch, through the one write path
    (``newsgraph.write``: the registry saved at ``registry_file`` is journalled before each write
    and rolled back if it fails). A document whose id is stored with another text is skipped and
    named on stderr, unless ``replace``.

    ``write_every``: batches resolved one by one but written together, in one ``Store.write``
    (all or nothing; on Oxigraph one bulk ingestion instead of several, which RocksDB then
    compacts fewer times). A batch that replaces stored documents is written alone, after the
    group before it. When extraction fails, the batches already extracted are written before the
    error goes on, as they would have been one by one; when a write fails, ``NotWritten`` names
    its documents (nothing of them is stored) and the registry is rolled back to before them."""
    extractor = extractor or local_extractor()
    report = BuildReport()
    growth = _Growth.of(store)
    pending: list[_Batch] = []  # batches handed to the extractor, oldest first
    seen = write.Seen()  # what this run handed out (a repeat in a later batch is skipped too)
    group = _Group()

    def fresh_batches() -> Iterator[list[Document]]:
        for batch in batched(documents, batch_size):
            t = write.triage(batch, store, replace=replace, seen=seen)
            pending.append(_Batch(len(batch), t.fresh, t.replace, t.conflicts))
            yield t.fresh

    def flush() -> None:
        growth.written += group.records
        _flush(group, store, registry, report, registry_file, on_batch)

    resolved = getattr(extractor, "resolved", False)

    def take(extracted: list[Extraction]) -> None:
        """One batch back from the extractor: counted, resolved, added to the group (written
        when the group is full, or alone when it replaces stored documents)."""
        batch = pending.pop(0)
        report.skipped += batch.size - len(batch.fresh) - len(batch.conflicts)
        for d in batch.conflicts:
            report.conflicts.append(d.id)
            print(
                f"newsgraph: {write.conflict_message(d)}; skipped ({d.source})", file=sys.stderr, flush=True
            )
        replacing: set[str] = set()
        if extracted:
            replacing = batch.replace & write.documents_in(extracted)
            if replacing:
                flush()  # a replacing batch is written alone (its forgetting comes first)
            done = _resolved(extracted, registry, resolved)
            group.extractions.extend(done)
            group.records += sum(x.record_count() for x in done)
            group.replace |= replacing
            group.batches += 1
        group.sizes.append(batch.size)
        if (
            replacing
            or not group.extractions
            or (group.batches >= write_every and growth.full(group.records))
        ):
            flush()

    results = extract_batches(extractor, fresh_batches())
    try:
        for extracted in results:
            take(extracted)
            settle()
        flush()
    except NotWritten:
        raise
    except BaseException:
        flush()  # a failure of the extraction or the resolution: what came before it is stored
        raise
    finally:
        close = getattr(results, "close", None)
        if close:
            close()  # cancels work in flight when a write failed
    return report


@dataclass(slots=True)
class _Group:
    """Batches resolved and not yet written: their extractions, the ids they replace, and the
    sizes of every batch read since the last write (for ``on_batch``)."""

    extractions: list[Extraction] = field(default_factory=list)
    replace: set[str] = field(default_factory=set)
    sizes: list[int] = field(default_factory=list)
    batches: int = 0
    records: int = 0


@dataclass(slots=True)
class _Growth:
    """When a group of at least ``write_every`` batches is full: on a store whose writes cost more
    as it grows (``WRITE_GROWTH``), once it holds ``growth`` times the records this run wrote so
    far (at most ``most``; while that is under ``WRITE_GROWTH_FROM``, ``write_every`` alone
    decides). Oxigraph's ingestions land in RocksDB's first level, whose compactions merge them
    into the level below, which every ingestion overlaps whole (its keys are hashes of terms):
    with groups of a fixed size the loader's CPU per quad grew with the store (6.4 us at 1.2 M
    quads, 7.5 us from 2.4 M: ``benchmarks/results/build_main_bldm30.txt``). Fewer, larger
    ingestions as the store grows cut that (the replay of 8,000 reports: -10 % of the build
    process's CPU); ``most`` keeps a group one ingestion (``OxigraphStore.BULK_MAX``: Oxigraph's
    groups of 48,000 records make at most ~662,000 quads at the 13.8 a record of the worst batch of
    2022, ``rdf.most_quads``) and bounds its memory (its records; its quads are streamed into the
    loader, never all held: ``OxigraphStore.STREAM_MIN``)."""

    growth: float = 0.0
    most: int = 0
    written: int = 0  # records written (or handed to a write) by this run

    @classmethod
    def of(cls, store: Store) -> _Growth:
        return cls(getattr(store, "WRITE_GROWTH", 0.0), getattr(store, "WRITE_RECORDS_MAX", 0))

    def full(self, records: int) -> bool:
        wanted = min(self.most, int(self.growth * self.written))
        return wanted < WRITE_GROWTH_FROM or records >= wanted


WRITE_GROWTH_FROM = 10_000
"""Records under which a group's size is ``write_every`` batches only (the default group, 8
batches of 64 reports, holds about 11,000): a build of a few thousand reports, and the tests,
write as before."""


def _flush(
    group: _Group,
    store: Store,
    registry: Registry,
    report: BuildReport,
    registry_file: Path | None,
    on_batch: Callable[[int], None] | None,
) -> None:
    """Write the group (one ``Store.write``), count it, empty it (first: a failed write is not
    tried again by the handler of the failure)."""
    extractions, replace, sizes, batches = group.extractions, group.replace, group.sizes, group.batches
    group.extractions, group.replace, group.sizes, group.batches, group.records = [], set(), [], 0, 0
    if extractions:
        try:
            _write(extractions, store, registry, registry_file, replace)
        except StoreError as e:
            raise NotWritten(e, [x.document.id for x in extractions]) from e
        _count(extractions, replace, batches, report)
    if on_batch:
        for n in sizes:
            on_batch(n)


def settle() -> None:
    """After each batch: collect, then leave what survives out of later collections (``gc.freeze``).

    What survives a batch is what the build keeps (the registry's entries, the run's ``Seen``, the
    modules imported) and grows with the corpus; the collector's full passes walked all of it, and
    as each batch's records outlive a young collection or two before they die, those passes came
    every few batches: their cost per report grew with the corpus (3.5 s of 20 s of the build
    process's own thread on 8,000 reports, 25 passes). Frozen, a pass walks only what came since
    the last batch. Reference counting still frees a frozen object that is dropped (records hold no
    cycles); the collection just before each freeze frees the cycles made since the last one."""
    gc.collect()
    gc.freeze()


def _resolved(extracted: list[Extraction], registry: Registry, resolved: bool) -> list[Extraction]:
    """The batch's extractions resolved against the registry (by the workers already when
    ``resolved``: then only recorded in it, as ``resolve`` would have)."""
    if resolved:
        write.observe(extracted, registry)
        return extracted
    return resolve(extracted, registry)


def _write(
    extractions: list[Extraction],
    store: Store,
    registry: Registry,
    registry_file: Path | None,
    replace: set[str],
) -> None:
    if registry_file is None:  # a registry kept in memory only
        records = labels.records(extractions, registry)  # one shown name per actor
        store.write(records, **({"replace": replace} if replace else {}))
    else:
        write.write_batch(extractions, store, registry, registry_file, replace)


def _count(extractions: list[Extraction], replace: set[str], batches: int, report: BuildReport) -> None:
    for x in extractions:
        report.documents += 1
        report.replaced += x.document.id in replace
        report.statements += len(x.statements)
        report.events += len(x.events)
        report.actors.update(a.id for a in x.actors)
    report.batches += batches
