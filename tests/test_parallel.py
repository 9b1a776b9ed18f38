"""Parallel and distributed extraction give the same records as extraction in this process, in
order; builds stream (bounded read-ahead) and skip what is stored before any analysis."""

from __future__ import annotations

import platform

import pytest

from newsgraph import parallel
from newsgraph.build import batched, build, extract_batches, local_extractor
from newsgraph.extract import memory
from newsgraph.ingest import read_paths
from newsgraph.model import Document, Extraction, to_dict
from newsgraph.resolve import Registry
from newsgraph.stores.oxigraph import OxigraphStore


def dicts(extractions: list[Extraction]) -> list[dict]:
    return [to_dict(r) for x in extractions for r in x.records()]


def doc(i: int, text: str | None = None) -> Document:
    return Document(id=f"d{i}", text=text or f"Le ministre {i} a déclaré que la paix était possible.")


@pytest.fixture(scope="module")
def documents(sample_dir) -> list[Document]:
    return list(read_paths([sample_dir], lambda p: None))


@pytest.fixture(scope="module")
def reference(documents, nlp) -> list[dict]:
    """What the in-process extractor finds in the sample corpus."""
    return dicts(local_extractor()(documents))


@pytest.mark.parametrize(
    ("n", "parts", "sizes"),
    [(0, 2, []), (1, 2, [1]), (5, 2, [3, 2]), (6, 3, [2, 2, 2]), (7, 1, [7]), (3, 8, [1, 1, 1])],
)
def test_split_keeps_order_and_everything(n, parts, sizes):
    docs = [doc(i) for i in range(n)]
    chunks = parallel.split(docs, parts)
    assert [len(c) for c in chunks] == sizes
    assert [d for c in chunks for d in c] == docs


class FakeFuture:
    def __init__(self, value):
        self.value, self.cancelled = value, False

    def result(self):
        return self.value

    def cancel(self):
        self.cancelled = True


class FakePipelined(parallel._Pipelined):
    """Records what is submitted; 'extracts' a document to its id."""

    def __init__(self, workers: int):
        self.workers, self.model, self.batch_size = workers, "none", 1
        self.submitted: list[list[str]] = []
        self.futures: list[FakeFuture] = []

    def _submit(self, chunk):
        self.submitted.append([d.id for d in chunk])
        self.futures.append(FakeFuture([d.id for d in chunk]))
        return self.futures[-1]

    def _result(self, future):
        return future.result()


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_map_yields_batches_in_order_with_a_bounded_window(workers):
    batches = [[doc(i) for i in range(k, k + 5)] for k in range(0, 50, 5)] + [[]]
    fake = FakePipelined(workers)
    pulled = 0

    def source():
        nonlocal pulled
        for b in batches:
            pulled += 1
            yield b

    out = []
    for result in fake.map(source()):
        assert pulled - len(out) <= workers + parallel.PREFETCH  # bounded read-ahead
        out.append(result)
    assert out == [[d.id for d in b] for b in batches]


def test_map_cancels_work_in_flight_when_closed():
    fake = FakePipelined(1)
    results = fake.map([[doc(i)] for i in range(10)])
    next(results)
    results.close()
    assert any(f.cancelled for f in fake.futures)


def test_build_streams_and_bounds_read_ahead(tmp_path):
    pulled = 0
    pulled_at_first_write: list[int] = []

    def source():
        nonlocal pulled
        for i in range(40):
            pulled += 1
            yield doc(i)

    class Store(OxigraphStore):
        def write(self, records):
            pulled_at_first_write.append(pulled)
            super().write(records)

    def fake_extractor(documents):
        return [Extraction(d, [], [], [], [], []) for d in documents]

    report = build(source(), Store(tmp_path / "s"), Registry(), batch_size=4, extractor=fake_extractor)
    assert report.documents == 40 and report.batches == 10
    assert pulled_at_first_write[0] <= 4


def test_rerun_and_repeats_skip_before_analysis(tmp_path):
    store = OxigraphStore(tmp_path / "s")
    seen: list[str] = []

    def fake_extractor(documents):
        seen.extend(d.id for d in documents)
        return [Extraction(d, [], [], [], [], []) for d in documents]

    docs = [doc(i) for i in range(6)] + [doc(99, doc(2).text)]  # d99 repeats d2's text
    first = build(docs, store, Registry(), batch_size=3, extractor=fake_extractor)
    assert first.documents == 6 and first.skipped == 1 and "d99" not in seen
    seen.clear()
    second = build(docs, store, Registry(), batch_size=3, extractor=fake_extractor)
    assert second.documents == 0 and second.skipped == 7 and seen == []


def test_extract_batches_falls_back_to_calls():
    calls: list[int] = []

    def ex(documents):
        calls.append(len(documents))
        return [Extraction(d, [], [], [], [], []) for d in documents]

    out = list(extract_batches(ex, [[doc(1), doc(2)], [], [doc(3)]]))
    assert [len(x) for x in out] == [2, 0, 1] and calls == [2, 1]


def test_unknown_executor_is_refused():
    with pytest.raises(ValueError, match="unknown executor"):
        parallel.extractor(executor="spark")


def test_process_pool_gives_the_local_records(documents, reference, tmp_path):
    with parallel.extractor(workers=2) as ex:
        batches = list(batched(documents, 3))
        got = [x for xs in ex.map(batches) for x in xs]
        assert [x.document.id for x in got] == [d.id for d in documents]
        assert dicts(got) == reference
        # and a build through the pool stores what a local build stores
        pooled, local = OxigraphStore(tmp_path / "p"), OxigraphStore(tmp_path / "l")
        build(documents, pooled, Registry(), batch_size=2, extractor=ex)
    build(documents, local, Registry(), batch_size=2)
    assert len(pooled) == len(local) > 0


def _models_loaded() -> int:
    from newsgraph.extract import pipeline

    return pipeline.load_nlp.cache_info().currsize


def test_parallel_names_the_pipelines_model():
    """``parallel.MODEL`` stands for ``pipeline.MODEL`` (so the build process need not import it)."""
    from newsgraph.extract import pipeline

    assert parallel.MODEL == pipeline.MODEL


def test_the_build_process_does_not_import_the_extraction_modules():
    """What ``newsgraph build --workers N`` imports in its own process: no stage, no spaCy."""
    import subprocess
    import sys

    code = (
        "import sys; from newsgraph import build, parallel, write; from newsgraph.stores import oxigraph; "
        "print(sorted(m for m in sys.modules if m.startswith(('spacy', 'newsgraph.extract'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_build_and_its_local_workers_do_not_import_dask():
    """``newsgraph.parallel`` (the build process imports it, and every local worker to run a chunk)
    imports ``distributed`` only for ``--executor dask``: ~0.36 s of CPU in each process otherwise."""
    import subprocess
    import sys

    code = (
        "import sys; from newsgraph import build, parallel, write; "
        "print(sorted(m for m in sys.modules if m.startswith(('distributed', 'dask'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_dask_local_cluster_gives_the_local_records(documents, reference):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        with parallel.extractor(executor="dask", scheduler=cluster.scheduler_address) as ex:
            got = [x for xs in ex.map(batched(documents, 2)) for x in xs]
            assert dicts(got) == reference
            loaded = ex.client.run(_models_loaded)
            assert list(loaded.values()) == [1]  # the worker loaded the model once (plugin)


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_workers_keep_freed_memory_with_glibc():
    """A worker keeps the memory of the parses it frees (no heap trimmed and faulted in again)."""
    assert memory.keep_freed_memory() is True
