"""The RDF of the sample corpus conforms to the SHACL shapes, and is stable."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from newsgraph import rdf
from newsgraph.model import ActorRef, Document, Evidence, Statement, TimeValue
from newsgraph.resources import resource_dir


def to_rdflib(quads) -> Graph:
    g = Graph()
    g.parse(
        data=ox.serialize(
            [ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES
        ).decode(),
        format="nt",
    )
    return g


def shacl(g: Graph):
    from pyshacl import validate

    shapes = Graph().parse(resource_dir("ontology") / "shapes.ttl")
    ontology = Graph().parse(resource_dir("ontology") / "newsgraph.ttl")
    conforms, _, text = validate(g, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    return conforms, text


def test_sample_graph_conforms_to_shapes(sample_records):
    g = to_rdflib(rdf.triples(sample_records))
    assert len(g) > 100
    conforms, text = shacl(g)
    assert conforms, text


def test_shapes_catch_a_broken_statement():
    doc = Document(id="d", text="x")
    bad = Statement(
        id="s",
        doc="d",
        speaker=ActorRef("a", "A", "person"),
        content="",
        direct=True,
        cue="dire",
        evidence=Evidence(0, 1, "x"),
        date=TimeValue("9 nov", "day"),
    )
    g = to_rdflib(rdf.triples([doc, bad]))  # no actor record: the speaker is not an ng:Actor either
    conforms, text = shacl(g)
    assert not conforms
    assert "content" in text and "date" in text


def test_same_records_give_same_triples(sample_records):
    once = set(map(str, rdf.triples(sample_records)))
    again = set(map(str, rdf.triples(sample_records)))
    assert once == again


def test_ontology_parses_and_declares_what_rdf_uses():
    g = Graph().parse(resource_dir("ontology") / "newsgraph.ttl")
    declared = {str(s) for s in g.subjects()}
    used = {
        "Statement",
        "Event",
        "EventReport",
        "Evidence",
        "Document",
        "Actor",
        "Person",
        "Place",
        "speaker",
        "content",
        "direct",
        "cue",
        "topic",
        "about",
        "date",
        "datePrecision",
        "evidence",
        "inDocument",
        "reportOf",
        "eventType",
        "agent",
        "target",
        "place",
        "TimeExpression",
        "value",
    }
    missing = {u for u in used if rdf.NG + u not in declared}
    assert not missing


@pytest.mark.parametrize("precision", ["year", "month", "week", "day", "hour", "minute"])
def test_time_units_exist_for_every_precision(precision):
    assert precision in rdf.TIME_UNITS
