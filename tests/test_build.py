"""Builds: batches are transactions; a failing batch leaves the store as it was before it."""

from __future__ import annotations

import pytest

from newsgraph.build import build
from newsgraph.ingest import read_paths
from newsgraph.resolve import Registry
from newsgraph.stores import StoreError
from newsgraph.stores.oxigraph import OxigraphStore


class FailingStore(OxigraphStore):
    """Fails on the second batch, after having written nothing of it."""

    def __init__(self, path):
        super().__init__(path)
        self.calls = 0

    def write(self, records):
        self.calls += 1
        if self.calls == 2:
            raise StoreError("disk full (simulated)")
        super().write(records)


def docs(sample_dir):
    return list(read_paths([sample_dir], lambda p: None))


def test_failing_batch_leaves_store_as_before(sample_dir, tmp_path, nlp):
    documents = docs(sample_dir)
    store = FailingStore(tmp_path / "s")
    with pytest.raises(StoreError):
        build(documents, store, Registry(), batch_size=2)
    after_failure = len(store)

    reference = OxigraphStore(tmp_path / "ref")
    build(documents[:2], reference, Registry(), batch_size=2)
    assert after_failure == len(reference) > 0

    # a rerun resumes: the first batch is skipped, the rest is added
    store.calls = 10
    report = build(documents, store, Registry(), batch_size=2)
    assert report.skipped == 2 and report.documents == 3


def test_rerun_adds_nothing(sample_dir, tmp_path, nlp):
    documents = docs(sample_dir)
    store = OxigraphStore(tmp_path / "s")
    first = build(documents, store, Registry(), batch_size=3)
    n = len(store)
    second = build(documents, store, Registry(), batch_size=3)
    assert first.documents == 5 and second.documents == 0 and second.skipped == 5
    assert len(store) == n
