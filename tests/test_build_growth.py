"""Groups of batches that grow with what a build wrote (``build._Growth``, on a store that says its
writes cost more as it grows: Oxigraph): fewer writes, the same graph and registry as batch by
batch; a store without the attribute, and a small build, write every ``write_every`` batches."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph import build as build_mod
from newsgraph import write
from newsgraph.build import _Growth, build
from newsgraph.resolve import Registry
from newsgraph.stores.oxigraph import OxigraphStore
from test_build_r18 import CountingStore, documents, extractor, graph

GROWTH_TABLE = [
    # growth, most, written, records in the group -> the group is full
    (0.0, 0, 0, 1, True),  # a store without growth: write_every alone
    (0.0, 0, 10**6, 1, True),
    (0.5, 32_000, 0, 1, True),  # nothing written yet: wanted 0, under the floor
    (0.5, 32_000, 19_998, 1, True),  # wanted 9,999: under WRITE_GROWTH_FROM
    (0.5, 32_000, 20_000, 9_999, False),  # wanted 10,000
    (0.5, 32_000, 20_000, 10_000, True),
    (0.5, 32_000, 50_000, 20_000, False),  # wanted 25,000
    (0.5, 32_000, 50_000, 25_000, True),
    (0.5, 32_000, 10**7, 31_999, False),  # wanted at most 32,000
    (0.5, 32_000, 10**7, 32_000, True),
]


@pytest.mark.parametrize(("growth", "most", "written", "records", "full"), GROWTH_TABLE)
def test_a_group_is_full_at_a_share_of_what_was_written(growth, most, written, records, full):
    assert _Growth(growth, most, written).full(records) is full


def test_oxigraph_groups_grow_and_stay_one_ingestion():
    growth = _Growth.of(OxigraphStore(None))
    assert 0 < growth.growth <= 1
    # rdf.most_quads: 12.8 quads a record in the reports of 2022, 13.8 in their worst batch of
    # 64: a full group streams into one bulk ingestion
    assert 14 * growth.most <= OxigraphStore.BULK_MAX
    assert 14 * growth.most >= OxigraphStore.STREAM_MIN


class GrowingStore(CountingStore):
    WRITE_GROWTH, WRITE_RECORDS_MAX = 0.5, 40


class FixedStore(CountingStore):
    WRITE_GROWTH, WRITE_RECORDS_MAX = 0.0, 0


def run(tmp_path: Path, name: str, store: CountingStore, every: int, n: int = 40):
    registry_file = tmp_path / f"{name}.registry.json"
    report = build(
        documents(n),
        store,
        write.open_registry(registry_file, store),
        batch_size=2,
        extractor=extractor(),
        registry_file=registry_file,
        write_every=every,
    )
    return report, Registry.load(registry_file).to_json()


def test_groups_grow_with_the_records_written_and_the_graph_is_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(build_mod, "WRITE_GROWTH_FROM", 4)  # records: 2 a document here
    one = FixedStore(tmp_path / "one")
    r1, reg1 = run(tmp_path, "one", one, 1)
    grown = GrowingStore(tmp_path / "grown")
    rg, regg = run(tmp_path, "grown", grown, 1)
    assert one.writes == [2] * 20
    # documents per write: 2 (nothing written), 2 (wanted 2 records: under the floor of 4), then
    # half the records written (in whole batches), up to 40 records (20 documents)
    assert grown.writes == [2, 2, 2, 4, 6, 8, 12, 4]
    assert graph(one) == graph(grown) and regg == reg1
    assert (r1.documents, r1.batches, len(r1.actors)) == (rg.documents, rg.batches, len(rg.actors))
    capped = GrowingStore(tmp_path / "capped")
    run(tmp_path, "capped", capped, 1, n=120)
    assert max(capped.writes) == 20 and sum(capped.writes) == 120


def test_a_store_without_growth_and_a_small_build_write_every_n_batches(tmp_path):
    fixed = FixedStore(tmp_path / "fixed")
    run(tmp_path, "fixed", fixed, 3)
    small = GrowingStore(tmp_path / "small")  # 80 records at most: under WRITE_GROWTH_FROM
    run(tmp_path, "small", small, 3)
    assert fixed.writes == small.writes == [6] * 6 + [4]


def test_an_extraction_counts_its_records_as_it_lists_them():
    """A group's size is counted with ``record_count``; it stays the length of ``records()``."""
    for x in extractor()(documents(3)):
        assert x.record_count() == len(x.records()) > 1
