"""Extraction on several processes (``--workers N``) or on a Dask cluster (``--executor dask``).

Both extractors take a stream of document batches and give back, in the same order, one list of
extractions per batch. Each worker process loads the spaCy model once; the parent keeps a bounded
number of batches in flight (so memory does not grow with the corpus) and resolves and writes the
results itself, in order.
"""

from __future__ import annotations

import gc
import math
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import forkserver, get_context
from typing import Any, Protocol

from newsgraph import build_wire  # noqa: F401  (the records pickle as tuples: both ends import it)
from newsgraph.model import Document, Extraction
from newsgraph.resolve import resolve

MODEL = "fr_core_news_md"
"""The default model, ``pipeline.MODEL`` (a test checks they agree), named here so that the build
process, which only sends documents and takes records back, does not import the extraction
modules and spaCy with this module (seconds of its CPU at every build); the workers import them
(the forkserver preloads them, ``PRELOAD``) and the functions that run there import them lazily."""
SPACY_BATCH = 32
"""Documents per ``nlp.pipe`` batch inside a worker."""
PREFETCH = 2
"""Batches in flight beyond one per worker."""
CHUNKS_PER_WORKER = 1000
"""A local worker is replaced after this many chunks (~32,000 documents at the default sizes), a
bound on what grows in a long-lived worker. What grew was not spaCy's string store (+1,300
strings per 1,000 reports, ~0.2 %) but the parses the stages kept alive until the cyclic collector
ran (RSS +70 MB per 1,000 reports and per worker), freed at once since ``pipeline.release``; at 250
(~8,000 documents) the full 2022 corpus paid two more worker starts (a model load and the stages'
first-use loading of lexicons, geonames and patterns: ~5 s CPU each) and cold caches after them.
``benchmarks/bench_worker_drift.py`` measures a worker's RSS and CPU per word along a run."""


class Executor(Protocol):
    """What the parallel extractors need of a pool: submit a call, get a future back."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any: ...


def extract_chunk(
    documents: Sequence[Document],
    model: str = MODEL,
    batch_size: int = SPACY_BATCH,
    resolved: bool = False,
) -> list[Extraction]:
    """Extract one chunk of documents in a worker (the model is loaded once per process); with
    ``resolved``, also give actors their canonical ids and events theirs (``resolve``: decided
    from each record and its document alone, so the same here as in the parent, which then only
    records the actors in its registry, ``write.observe``)."""
    from newsgraph.extract import pipeline  # preloaded by the forkserver: a lookup

    found = pipeline.extract_documents(documents, model, batch_size)
    return resolve(found) if resolved else found


GC_GEN0 = 10_000
"""A worker's first-generation GC threshold (Python's default: 700). Extraction allocates tens of
thousands of short-lived objects per document, so at 700 the collector ran ~7 times per report
and took ~6 % of a worker's CPU (measured with ``gc.callbacks``); at 10,000 about half that. The
cycles it frees are the same, only collected later (a few MB at most)."""
PRELOAD = ("newsgraph.extract.pipeline",)
"""Modules the forkserver imports once, so that a new worker (the first ones, and each replacement
after ``CHUNKS_PER_WORKER``) is forked with spaCy and the stages imported instead of importing
them itself (~1.8 s CPU each)."""


def _load_model(model: str) -> None:
    """Pool initializer: load the model once, before the first chunk arrives, then leave the
    model's objects out of every later garbage collection (``gc.freeze``: they live as long as the
    worker) and collect the young generation less often (``GC_GEN0``)."""
    from newsgraph.extract import pipeline

    pipeline.load_nlp(model)  # which also keeps freed memory (``memory.keep_freed_memory``)
    gc.freeze()
    gc.set_threshold(GC_GEN0, *gc.get_threshold()[1:])


def _context() -> Any:
    """The forkserver context, its preload list extended with ``PRELOAD`` (the list is global to
    the one forkserver of this process, which the store's query workers may share: theirs kept)."""
    ctx = get_context("forkserver")
    current = list(getattr(forkserver._forkserver, "_preload_modules", None) or ["__main__"])
    ctx.set_forkserver_preload([*current, *(m for m in PRELOAD if m not in current)])
    return ctx


def split(documents: Sequence[Document], parts: int) -> list[list[Document]]:
    """``documents`` in at most ``parts`` contiguous chunks of near-equal size, order kept."""
    if not documents:
        return []
    size = math.ceil(len(documents) / max(1, parts))
    return [list(documents[i : i + size]) for i in range(0, len(documents), size)]


class _Pipelined:
    """Common part: split each batch over the workers, keep a bounded window, yield in order."""

    workers: int
    model: str
    batch_size: int
    resolved: bool = False
    """The extractions come back resolved (``extract_chunk``); the build only observes them."""

    def _submit(self, chunk: list[Document]) -> Any:
        raise NotImplementedError

    def _result(self, future: Any) -> list[Extraction]:
        raise NotImplementedError

    def _cancel(self, future: Any) -> None:
        future.cancel()

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Extraction]]:
        """One list of extractions per batch, in order, with at most ``workers + PREFETCH``
        batches in flight."""
        window: deque[list[Any]] = deque()
        limit = self.workers + PREFETCH
        try:
            for batch in batches:
                window.append([self._submit(c) for c in split(batch, self.workers)])
                if len(window) >= limit:
                    yield self._collect(window.popleft())
            while window:
                yield self._collect(window.popleft())
        finally:
            for futures in window:
                for f in futures:
                    self._cancel(f)

    def _collect(self, futures: list[Any]) -> list[Extraction]:
        return [x for f in futures for x in self._result(f)]

    def __call__(self, documents: list[Document]) -> list[Extraction]:
        return next(iter(self.map([documents])), [])


class ProcessExtractor(_Pipelined):
    """``workers`` processes on this machine, started on first use, each loading the model once."""

    def __init__(
        self,
        model: str = MODEL,
        workers: int = 2,
        batch_size: int = SPACY_BATCH,
        resolved: bool = False,
    ) -> None:
        self.model, self.workers, self.batch_size = model, max(1, workers), batch_size
        self.resolved = resolved
        self._pool: ProcessPoolExecutor | None = None

    @property
    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=_context(),
                initializer=_load_model,
                initargs=(self.model,),
                max_tasks_per_child=CHUNKS_PER_WORKER,
            )
        return self._pool

    def _submit(self, chunk: list[Document]) -> Future[list[Extraction]]:
        return self.pool.submit(extract_chunk, chunk, self.model, self.batch_size, self.resolved)

    def _result(self, future: Future[list[Extraction]]) -> list[Extraction]:
        return future.result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> ProcessExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DaskExtractor(_Pipelined):
    """Extraction on a Dask cluster; ``scheduler`` is its address, or None for a local cluster of
    ``workers`` processes. Each Dask worker loads the model once (``dask_plugin.ModelPlugin``)."""

    def __init__(
        self,
        model: str = MODEL,
        scheduler: str | None = None,
        workers: int = 2,
        batch_size: int = SPACY_BATCH,
        client: Any = None,
        resolved: bool = False,
    ) -> None:
        self.model, self.batch_size, self.scheduler = model, batch_size, scheduler
        self.resolved = resolved
        self.workers = max(1, workers)
        self._client = client
        self._own_client = client is None
        self._cluster: Any = None

    @property
    def client(self) -> Any:
        if self._client is None:
            from distributed import Client, LocalCluster

            from newsgraph.dask_plugin import ModelPlugin

            if self.scheduler:
                self._client = Client(self.scheduler)  # type: ignore[no-untyped-call]
            else:
                self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                    n_workers=self.workers, threads_per_worker=1, processes=True
                )
                self._client = Client(self._cluster)  # type: ignore[no-untyped-call]
            self._client.register_plugin(ModelPlugin(self.model), name=f"newsgraph-model-{self.model}")
            # split each batch over every worker the cluster has
            self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or self.workers)
        return self._client

    def _submit(self, chunk: list[Document]) -> Any:
        return self.client.submit(
            extract_chunk, chunk, self.model, self.batch_size, self.resolved, pure=False
        )

    def _result(self, future: Any) -> list[Extraction]:
        result: list[Extraction] = future.result()
        future.release()
        return result

    def close(self) -> None:
        if self._client is not None and self._own_client:
            self._client.close()
            if self._cluster is not None:
                self._cluster.close()
        self._client = self._cluster = None

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def extractor(
    model: str = MODEL,
    *,
    workers: int = 2,
    executor: str = "local",
    scheduler: str | None = None,
    batch_size: int = SPACY_BATCH,
    resolved: bool = False,
) -> ProcessExtractor | DaskExtractor:
    """The extractor for ``--workers`` / ``--executor``: ``local`` (processes here) or ``dask``;
    ``resolved``: the workers resolve too (what a build wants: less work in the parent)."""
    if executor == "local":
        return ProcessExtractor(model, workers=workers, batch_size=batch_size, resolved=resolved)
    if executor == "dask":
        return DaskExtractor(
            model, scheduler=scheduler, workers=workers, batch_size=batch_size, resolved=resolved
        )
    raise ValueError(f"unknown executor {executor!r} (want: local or dask)")
