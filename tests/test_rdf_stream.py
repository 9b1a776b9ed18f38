"""The quads of records made a record at a time (``rdf.triples``), their bound counted without
making them (``rdf.most_quads``), and the Oxigraph write that streams them into one bulk ingestion."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsgraph import rdf
from newsgraph.model import (
    Actor,
    ActorRef,
    Document,
    Event,
    Evidence,
    Place,
    PlaceRef,
    Quantity,
    RoleRef,
    Statement,
    TimeMention,
    TimeValue,
)
from newsgraph.stores import StoreError
from newsgraph.stores.oxigraph import OxigraphStore

EV = Evidence(0, 5, "Texte")
DAY = TimeValue("2022-11-09", "day")
SPEAKER = ActorRef("a1", "Jean Dupont", "person")

# each record type with every optional field set (and two members in each tuple): the bound is
# the exact count, so a writer that gains a quad without the bound fails here
FULL = [
    Document("d1", "Texte.", "Titre", DAY, "France 2", "https://ex.org/d1", "fr", "f.jsonl:1"),
    Actor("d1", "a1", "Jean Dupont", "person", ("Dupont", "J. Dupont"), identified=True),
    Place("d1", "p1", "Lyon", "city", 45.75, 4.85, 2996944, "FR", ("Lugdunum", "Lyon 1er")),
    Statement(
        "s1", "d1", SPEAKER, "il viendra", False, "dire", EV, ("economy", "health"),
        TimeValue("2022-11", "month"), "text", 0, 5, (SPEAKER, ActorRef("a2", "Paris", "gpe")),
        ("prix", "hôpital"),
    ),
    Event(
        "e1", "d1", "abduct", "enlevé", EV, "181",
        (RoleRef("a1", "Jean Dupont", "agent"), RoleRef("a2", "Paris", "target")), PlaceRef("p1", "Lyon"),
        DAY, (Quantity(3.0, "people", "trois"), Quantity(2.5, "EUR", "2,5 €")), "ev1", "negated", "text",
    ),
    TimeMention("d1", 0, 5, "mardi", "2022-11-08", "day"),
]  # fmt: skip
# and with none set: the bound is at least the count
BARE = [
    Document("d2", "Texte."),
    Actor("d2", "a3", "un homme", "anonymous"),
    Place("d2", "p2", "Ailleurs"),
    Statement("s2", "d2", SPEAKER, "non", True, "dire", EV),
    Event("e2", "d2", "protest", "manifesté", EV),
    TimeMention("d2", 0, 5, "jadis", "PAST_REF", "day"),
]


@dataclass(frozen=True, slots=True)
class Later(Actor):
    """A subclass of a record type: written by its base type's writer."""


@pytest.mark.parametrize("record", FULL, ids=lambda r: type(r).__name__)
def test_the_bound_is_exact_for_a_full_record(record):
    assert rdf.most_quads([record]) == len(rdf.quads([record]))


@pytest.mark.parametrize(
    "record", [*BARE, Later("d2", "a4", "Lui", "person")], ids=lambda r: type(r).__name__
)
def test_the_bound_holds_for_a_bare_record(record):
    assert rdf.most_quads([record]) >= len(rdf.quads([record])) > 0


def test_streamed_quads_are_the_list_in_its_order(sample_records):
    records = [*sample_records, *FULL, *BARE, Later("d2", "a4", "Lui", "person")]
    assert list(rdf.triples(records)) == rdf.quads(records)
    assert rdf.most_quads(records) >= len(rdf.quads(records))


def _streaming(path, records) -> OxigraphStore:
    store = OxigraphStore(path)
    store.BULK_MIN, store.STREAM_MIN = 1, 1  # type: ignore[misc]
    assert rdf.most_quads(records) <= store.BULK_MAX
    return store


def test_a_streamed_write_stores_what_a_list_does(sample_records, tmp_path):
    streamed = _streaming(tmp_path / "s", sample_records)
    streamed.write(sample_records)
    listed = OxigraphStore(tmp_path / "l")
    listed.STREAM_MIN = 10**9  # type: ignore[misc]
    listed.write(sample_records)
    assert set(streamed.store) == set(listed.store) and len(streamed) > 100
    streamed.close()
    listed.close()


def test_a_streamed_write_that_fails_midway_writes_nothing(sample_records, tmp_path):
    """The last record's IRI is invalid: its quads fail after every other record's were loaded."""
    broken = [*sample_records, Actor("d1", "not an iri", "X", "person")]
    store = _streaming(tmp_path / "s", broken)
    with pytest.raises((ValueError, StoreError)):
        store.write(broken)
    assert len(store) == 0
    store.write(sample_records)
    assert len(store) > 100
    store.close()
