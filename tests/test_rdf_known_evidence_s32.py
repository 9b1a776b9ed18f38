"""The evidence node a report's records share (``rdf.Known``): its quads are made once a report,
and the graph is the one every quad makes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pyoxigraph import DefaultGraph

from newsgraph import rdf
from newsgraph.model import ActorRef, Event, Evidence, RoleRef, Statement
from newsgraph.stores.oxigraph import OxigraphStore

SENTENCE = Evidence(0, 38, "Le maire a annoncé la fermeture du pont.")
OTHER = Evidence(40, 61, "La grève continue lundi.")
SAID = Statement(
    "s1", "d1", ActorRef("a1", "Claire Martin", "person"), "la fermeture du pont", False, "annoncer", SENTENCE
)
CLOSED = Event("e1", "d1", "death", "fermeture", SENTENCE, actors=(RoleRef("a1", "Claire Martin", "agent"),))
ARREST = Event("e2", "d1", "arrest", "arrêté", SENTENCE)  # a dyadic type: its type quad known after one


def _in(doc, record):
    return replace(record, doc=doc)


# (what, records in write order, evidence nodes made fewer times than the records that name them)
CASES = [
    ("a statement and an event of one sentence", [SAID, CLOSED], True),
    ("two events of one sentence, one of a dyadic type", [ARREST, CLOSED, replace(ARREST, id="e3")], True),
    ("two sentences of one report", [SAID, replace(CLOSED, evidence=OTHER)], False),
    ("one sentence's offsets in two reports", [SAID, _in("d2", CLOSED)], False),
    (
        "the same offsets with another text",
        [SAID, replace(CLOSED, evidence=replace(SENTENCE, text="Autre."))],
        False,
    ),
    ("a report, another, the first again", [SAID, _in("d2", SAID), replace(CLOSED, id="e9")], False),
]


def test_the_cases_name_a_dyadic_type_and_one_that_is_not():
    assert ARREST.type in rdf.DYADIC and CLOSED.type not in rdf.DYADIC


@pytest.mark.parametrize(("what", "records", "fewer"), CASES, ids=[c[0] for c in CASES])
def test_a_shared_evidence_node_is_made_once_and_the_graph_is_the_same(what, records, fewer):
    made = list(rdf.triples(records, rdf.Known()))
    every = rdf.quads(records)
    assert set(made) == set(every)
    nodes = {q.object for q in every if q.predicate == rdf.A_EVIDENCE}
    made_of_nodes = sum(q.subject in nodes for q in made)
    assert (made_of_nodes < sum(q.subject in nodes for q in every)) is fewer


def test_clear_forgets_the_evidence_made():
    known = rdf.Known()
    list(rdf.triples([SAID], known))
    known.clear()
    assert set(rdf.triples([CLOSED], known)) == set(rdf.quads([CLOSED]))


def test_a_failed_write_leaves_a_shared_evidence_to_the_next(tmp_path):
    """The failing write made the sentence's node first: the next write of the report makes it again."""
    store = OxigraphStore(tmp_path / "s")
    store.BULK_MIN, store.STREAM_MIN = 1, 1  # type: ignore[misc]
    with pytest.raises(Exception):  # noqa: B017  (whatever the store raises for a bad IRI)
        store.write([SAID, replace(CLOSED, id="not an iri")])
    store.write([CLOSED])
    assert set(store.store.quads_for_pattern(None, None, None, DefaultGraph())) == set(rdf.quads([CLOSED]))
    store.close()
