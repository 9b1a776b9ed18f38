"""The recurring quads an Oxigraph store's earlier writes hold (``rdf.Known``): left out of later
streamed writes, the graph the same as with every quad written."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from newsgraph import rdf
from newsgraph.model import Actor, Document, Event, Evidence, Place, PlaceRef, RoleRef
from newsgraph.stores import StoreError
from newsgraph.stores.oxigraph import OxigraphStore

EV = Evidence(0, 6, "Grève")
MAIRE = Actor("d1", "a1", "Claire Martin", "person", ("Martin",), identified=True)
NANTES = Place("d1", "p1", "Nantes", "city", 47.22, -1.55, 2990969, "FR", ("Naoned",))
STRIKE = Event("e1", "d1", "death", "mort", EV, actors=(RoleRef("a1", "Claire Martin", "agent"),))
MEETING = Event("e2", "d1", "arrest", "arrêté", EV, actors=(RoleRef("a1", "Claire Martin", "agent"),))


def _in(doc: str, record):
    """The record as another report gives it (its own document, the same fields otherwise)."""
    return replace(record, doc=doc)


# (what, records in write order, whether a quad is left out)
CASES = [
    ("an actor in two reports", [MAIRE, _in("d2", MAIRE)], True),
    ("an actor named otherwise in the second", [MAIRE, replace(_in("d2", MAIRE), name="C. Martin")], False),
    ("an actor identified in the second only", [replace(MAIRE, identified=False), _in("d2", MAIRE)], False),
    ("a place in two reports", [NANTES, _in("d2", NANTES)], True),
    ("a place with other coordinates", [NANTES, replace(_in("d2", NANTES), lat=47.0)], False),
    ("two events of a dyadic type", [MEETING, replace(MEETING, id="e3", doc="d2")], True),
    ("two events of a type that is not dyadic", [STRIKE, replace(STRIKE, id="e4", doc="d2")], False),
    ("a document twice", [Document("d1", "Grève."), Document("d1", "Grève.")], False),
]


def test_the_cases_name_a_dyadic_type_and_one_that_is_not():
    assert MEETING.type in rdf.DYADIC and STRIKE.type not in rdf.DYADIC


@pytest.mark.parametrize(("what", "records", "fewer"), CASES, ids=[c[0] for c in CASES])
def test_known_quads_make_the_same_graph(what, records, fewer):
    known = rdf.Known()
    made = list(rdf.triples(records, known))
    assert set(made) == set(rdf.quads(records))
    assert (len(made) < len(rdf.quads(records))) is fewer


@pytest.mark.parametrize("record", [MAIRE, NANTES, STRIKE, MEETING], ids=lambda r: type(r).__name__)
def test_a_record_seen_first_gives_all_its_quads(record):
    assert rdf.Known().quads(record) == rdf.quads([record])


def test_known_is_bounded(monkeypatch):
    monkeypatch.setattr(rdf.Known, "MOST", 2)
    known = rdf.Known()
    assert [known.first((k,)) for k in (1, 2, 1, 3, 1)] == [True, True, False, True, True]
    assert len(known.keys) <= 2


def _streaming(path) -> OxigraphStore:
    store = OxigraphStore(path)
    store.BULK_MIN, store.STREAM_MIN = 1, 1  # type: ignore[misc]
    return store


def _listed(path, writes) -> set:
    """What a store holds after ``writes`` made as lists (every quad, no ``Known``)."""
    store = OxigraphStore(path)
    store.STREAM_MIN = 10**9  # type: ignore[misc]
    for records in writes:
        store.write(records)
    held = set(store.store)
    store.close()
    return held


def _repeated(sample_records):
    """The sample written again as the records of other reports (same actors, places, types)."""
    return [_in(f"{r.doc}-bis", r) for r in sample_records if isinstance(r, Actor | Place | Event)]


def test_streamed_writes_store_what_lists_do(sample_records, tmp_path):
    writes = [sample_records, _repeated(sample_records)]
    streamed = _streaming(tmp_path / "s")
    for records in writes:
        streamed.write(records)
    assert len(list(rdf.triples(writes[1], streamed._known))) < len(rdf.quads(writes[1]))
    assert set(streamed.store) == _listed(tmp_path / "l", writes)
    streamed.close()


def test_a_failed_write_forgets_what_is_known(sample_records, tmp_path):
    """The failing write named the actors of its records first: they are written by the next."""
    store = _streaming(tmp_path / "s")
    broken = [*sample_records, Actor("d1", "not an iri", "X", "person")]
    with pytest.raises((ValueError, StoreError)):
        store.write(broken)
    assert not store._known.keys
    store.write(sample_records)
    assert set(store.store) == _listed(tmp_path / "l", [sample_records])
    store.close()


def test_a_write_that_replaces_documents_forgets_what_is_known(sample_records, tmp_path):
    store = _streaming(tmp_path / "s")
    store.write(sample_records)
    assert store._known.keys
    doc = next(r for r in sample_records if isinstance(r, Document))
    store.write([doc], replace={doc.id})
    assert not store._known.keys
    store.write(sample_records)
    assert set(store.store) == _listed(tmp_path / "l", [sample_records])
    store.close()


def test_an_events_place_is_never_left_out():
    """An event's place is its own quad (``ng:place``), not one of the place's."""
    at = replace(MEETING, location=PlaceRef("p1", "Nantes"))
    known = rdf.Known()
    list(rdf.triples([NANTES, at], known))
    again = list(rdf.triples([replace(at, id="e5")], known))
    assert sum(q.predicate == rdf.A_PLACE for q in again) == 2  # the report's and its event's


def _other(value):
    """Another value of the same kind (for a field of a record)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, tuple):
        return (*value, "Autre")
    return f"{value}-autre"


@pytest.mark.parametrize(
    ("record", "name"),
    [(r, f.name) for r in (MAIRE, NANTES) for f in fields(r) if f.name != "doc"],
    ids=lambda x: x if isinstance(x, str) else type(x).__name__,
)
def test_a_record_that_differs_in_any_field_is_written_whole(record, name):
    """A writer that reads a field ``Known``'s key leaves out would lose quads here."""
    other = replace(record, doc="d2", **{name: _other(getattr(record, name))})
    assert set(rdf.triples([record, other], rdf.Known())) == set(rdf.quads([record, other]))


def test_a_name_shown_again_after_a_relabel_is_the_label_again(tmp_path):
    """An actor written as "État", then "Etat" (its label moved to the aliases), then "État" again:
    the third write's label is known, and is written all the same (else no label at all)."""
    streamed = _streaming(tmp_path / "s")
    names = ["État", "Etat", "État"]
    for i, name in enumerate(names):
        streamed.write([replace(MAIRE, doc=f"d{i}", id="etat", name=name, type="organization")])
    held = [
        q.object.value for q in streamed.store.quads_for_pattern(rdf.actor_iri("etat"), rdf.RDFS_LABEL, None)
    ]
    assert held == ["État"]
    streamed.close()
