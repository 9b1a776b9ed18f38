"""Several batches per store write (``build(write_every=N)``): the same graph and registry as batch
by batch, fewer writes, and the guarantees of batch by batch kept: a failing write stores nothing
of its group and names its documents, the registry is rolled back to before them, a failing
extraction stores the batches extracted before it, a replacing batch is written alone."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from newsgraph import write
from newsgraph.build import NotWritten, build
from newsgraph.model import Actor, Document, Extraction
from newsgraph.resolve import Registry
from newsgraph.stores import StoreError
from newsgraph.stores.oxigraph import OxigraphStore


def documents(n: int, text: str = "Dépêche numéro {i} : le maire a parlé.") -> list[Document]:
    return [Document(id=f"d{i}", text=text.format(i=i)) for i in range(n)]


def extractor(fail_on: str | None = None):
    """Extractions with one named actor each (shared by every other document); raises on the
    batch holding ``fail_on``."""

    def run(docs: list[Document]) -> list[Extraction]:
        if any(d.id == fail_on for d in docs):
            raise RuntimeError("the model crashed (simulated)")
        return [
            Extraction(
                document=d,
                actors=[
                    Actor(d.id, f"person:p{int(d.id[1:]) % 2}", f"Personne {int(d.id[1:]) % 2}", "Person")
                ],
            )
            for d in docs
        ]

    run.resolved = True  # type: ignore[attr-defined]
    return run


class CountingStore(OxigraphStore):
    """Counts its writes; fails the write numbered ``fail_at`` (1-based) before writing anything."""

    def __init__(self, path: Path, fail_at: int | None = None) -> None:
        super().__init__(path)
        self.writes: list[int] = []  # documents per write
        self.fail_at = fail_at

    def write(self, records, replace=()):
        self.writes.append(sum(isinstance(r, Document) for r in records))
        if len(self.writes) == self.fail_at:
            raise StoreError("disk full (simulated)")
        super().write(records, replace)


def graph(store: OxigraphStore) -> list[str]:
    quads = store.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    return sorted(str(q) for q in quads)


def stored_ids(store: OxigraphStore) -> set[str]:
    return set(store.stored_versions(f"d{i}" for i in range(100)))


def run_build(tmp_path: Path, name: str, docs: list[Document], every: int, store=None, **kw):
    store = CountingStore(tmp_path / name) if store is None else store
    registry_file = tmp_path / f"{name}.registry.json"
    registry = write.open_registry(registry_file, store)
    report = build(
        docs,
        store,
        registry,
        batch_size=2,
        extractor=kw.pop("extractor", extractor()),
        registry_file=registry_file,
        write_every=every,
        **kw,
    )
    return store, registry_file, report


@pytest.mark.parametrize("every", [2, 3, 10])
def test_grouped_writes_store_the_same_graph_and_registry(tmp_path, every):
    docs = documents(9)
    one, one_reg, r1 = run_build(tmp_path, "one", docs, 1)
    grouped, grouped_reg, rn = run_build(tmp_path, f"g{every}", docs, every)
    assert graph(one) == graph(grouped) and len(graph(one)) > 9
    assert Registry.load(one_reg).to_json() == Registry.load(grouped_reg).to_json()
    assert (
        (r1.documents, r1.batches, len(r1.actors)) == (rn.documents, rn.batches, len(rn.actors)) == (9, 5, 2)
    )
    assert one.writes == [2, 2, 2, 2, 1]
    assert grouped.writes == {2: [4, 4, 1], 3: [6, 3], 10: [9]}[every]


def test_a_failing_write_stores_nothing_of_its_group_and_names_it(tmp_path):
    docs = documents(9)
    store = CountingStore(tmp_path / "s", fail_at=2)
    with pytest.raises(NotWritten) as failed:
        run_build(tmp_path, "s", docs, 2, store=store)
    assert failed.value.documents == ["d4", "d5", "d6", "d7"]
    assert "not written: 4 documents (d4, d5, d6, d7), nor any after them" in str(failed.value)
    assert isinstance(failed.value, StoreError)  # the command line's handler catches it
    assert stored_ids(store) == {"d0", "d1", "d2", "d3"}
    # the registry is rolled back to before the failed group: it knows the stored documents only
    docs_known = {
        d
        for e in Registry.load(tmp_path / "s.registry.json").to_json()["entries"].values()
        for d in e["docs"]
    }
    assert docs_known == {"d0", "d1", "d2", "d3"}
    # a rerun resumes and ends with the graph and registry of a build that never failed
    store.fail_at = None
    _, registry_file, report = run_build(tmp_path, "s", docs, 2, store=store)
    assert report.skipped == 4 and report.documents == 5
    reference, ref_reg, _ = run_build(tmp_path, "ref", docs, 1)
    assert graph(store) == graph(reference)
    assert Registry.load(registry_file).to_json() == Registry.load(ref_reg).to_json()


def test_a_failing_extraction_stores_the_batches_extracted_before_it(tmp_path):
    docs = documents(9)
    store = CountingStore(tmp_path / "s")
    with pytest.raises(RuntimeError, match="simulated"):
        run_build(tmp_path, "s", docs, 4, store=store, extractor=extractor(fail_on="d6"))
    assert stored_ids(store) == {"d0", "d1", "d2", "d3", "d4", "d5"}  # as batch by batch would have


def test_a_replacing_batch_is_written_alone(tmp_path):
    docs = documents(6)
    store, registry_file, _ = run_build(tmp_path, "s", docs[:3], 1)
    changed = [docs[0], docs[1], Document(id="d2", text="Une autre version de la dépêche."), *docs[3:]]
    store.writes.clear()
    registry = Registry.load(registry_file)
    report = build(
        changed,
        store,
        registry,
        batch_size=2,
        extractor=extractor(),
        registry_file=registry_file,
        replace=True,
        write_every=10,
    )
    assert report.replaced == 1 and report.documents == 4
    assert store.writes == [2, 2]  # the batch (d2, d3) replacing d2 written alone, then (d4, d5)
    assert store.stored_versions(["d2"])["d2"] == {changed[2].content_hash}


def test_progress_is_reported_for_every_batch_read(tmp_path):
    seen: list[int] = []
    run_build(tmp_path, "s", documents(9), 3, on_batch=seen.append)
    assert seen == [2, 2, 2, 2, 1]
