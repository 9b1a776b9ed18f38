"""The rows of the derived tables saved beside an Oxigraph store (stores/derived_file.py): a store
opened again reads them from the file, with the same answers as from the graph; a write removes
the file before it writes, so a file never describes a state the store has left; a file made from
another state of the store (another number of triples) or by another version is not read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsgraph.stores.derived_file import SavedRows
from newsgraph.stores.oxigraph import OxigraphStore
from test_derived import first_document_renamed, halves

QUESTIONS = [
    ("who_said_what", {"topic": "negotiation"}),
    ("search_statements", {"text": "kiev", "order": "desc"}),
    ("actor_names", {"q": "e"}),
    ("search_actors", {}),
    ("actor_network", {}),
    ("events", {}),
    ("export_items", {}),
    ("export_aliases", {}),
]


def answers(store: OxigraphStore) -> list[list[list[object]]]:
    return [store.query(name, params).rows for name, params in QUESTIONS]


def no_graph_reads(store: OxigraphStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any read of the tables from the graph fail."""

    def refuse(text: str) -> list[list[object]]:
        raise AssertionError("the tables were read from the graph")

    monkeypatch.setattr(store, "_every_row", refuse)


def test_saved_rows_are_read_at_the_next_start_and_forgotten_by_a_write(
    sample_records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    first, rest = halves(sample_records)
    path = tmp_path / "store"
    saved = tmp_path / "store.tables"
    store = OxigraphStore(path, cache_size=0)
    store.write(first)
    assert not saved.exists()
    expected = answers(store)  # read from the graph, then saved
    assert saved.exists()
    store.close()

    store = OxigraphStore(path, cache_size=0)
    with monkeypatch.context() as m:
        no_graph_reads(store, m)
        assert answers(store) == expected  # from the file

    shutil.copy(saved, tmp_path / "first.tables")
    store.write(rest)  # more documents (POST /documents, a build's next batch)
    assert not saved.exists()
    after = answers(store)
    assert after != expected
    store.close()
    fresh = OxigraphStore(tmp_path / "copy", cache_size=0)  # the same graph, without a file
    fresh.write(first)
    fresh.write(rest)
    assert answers(fresh) == after
    fresh.close()

    # a file of an earlier state, put back: not read (another number of triples)
    shutil.copy(tmp_path / "first.tables", saved)
    store = OxigraphStore(path, cache_size=0)
    assert answers(store) == after

    # a document replaced by a version whose speaker has a new name: the file goes, the answers follow
    doc, renamed = first_document_renamed(rest)
    assert answers(store)
    assert saved.exists()
    store.write(renamed, replace=[doc])
    assert not saved.exists()
    assert store.query("actor_names", {"q": "quux"}).rows
    replaced = answers(store)
    store.close()
    store = OxigraphStore(path, cache_size=0)
    with monkeypatch.context() as m:
        no_graph_reads(store, m)
        assert answers(store) == replaced
    store.close()


def test_a_file_of_other_queries_or_of_no_known_shape_is_not_read(tmp_path: Path):
    path = tmp_path / "t.tables"
    rows = {"derived_names": [["actor", "a1", "label", "Macron"]]}
    SavedRows(path, lambda: 7, "queries A").save(rows, lambda: True)
    assert SavedRows(path, lambda: 7, "queries A").load() == rows
    assert SavedRows(path, lambda: 7, "queries A").current()
    assert SavedRows(path, lambda: 8, "queries A").load() is None  # another state
    assert not SavedRows(path, lambda: 8, "queries A").current()
    assert SavedRows(path, lambda: 7, "queries B").load() is None  # other queries
    SavedRows(path, lambda: 7, "queries A").save({"x": []}, lambda: False)  # the store moved on
    assert SavedRows(path, lambda: 7, "queries A").load() == rows
    path.write_bytes(b"not a file of rows")
    assert SavedRows(path, lambda: 7, "queries A").load() is None
    assert not SavedRows(path, lambda: 7, "queries A").current()
