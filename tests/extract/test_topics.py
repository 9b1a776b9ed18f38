"""Topics from the SKOS lexicons of ontology/topics.ttl (negotiation: test_topics_negotiation.py)."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from newsgraph import lexicons
from newsgraph.extract.topics import TOPICS_TTL, topics_for

CASES = [
    ("Kiev se dit prête à des pourparlers avec Moscou", "negotiation"),
    ("il existe une fenêtre d'opportunité pour la négociation", "negotiation"),
    ("les deux pays ont négocié un cessez-le-feu", "negotiation"),
    ("l'armée a bombardé la ville toute la nuit", "military_action"),
    ("une contre-offensive dans le Sud", "military_action"),
    ("100 000 soldats russes ont été tués ou blessés", "casualties"),
    ("une nouvelle aide militaire de 2,6 milliards", "aid"),
    ("des preuves de torture et de crimes de guerre", "war_crimes"),
    ("les conséquences d'une utilisation des armes nucléaires", "nuclear_threat"),
]


@pytest.mark.parametrize(("text", "topic"), CASES)
def test_topic_found(text: str, topic: str) -> None:
    assert topic in topics_for(text)


@pytest.mark.parametrize(
    "text",
    ["Le temps sera ensoleillé demain à Paris.", "Nous sommes prêts à partir.", "Il donne une interview."],
)
def test_no_topic(text: str) -> None:
    assert topics_for(text) == ()


def test_accents_and_case_do_not_matter() -> None:
    assert "negotiation" in topics_for("NEGOCIATIONS DE PAIX")


def test_scheme_is_skos() -> None:
    g = Graph().parse(lexicons.path(TOPICS_TTL), format="turtle")
    base = "https://newsgraph.org/ontology/topic/"
    names = {"negotiation", "military_action", "casualties", "aid", "war_crimes", "nuclear_threat"}
    for name in names:
        concept = URIRef(base + name)
        assert (concept, RDF.type, SKOS.Concept) in g
        langs = {lit.language for lit in g.objects(concept, SKOS.prefLabel)}
        assert {"fr", "en"} <= langs
        # negotiation is decided from its graded lexicon (see test_topics_negotiation.py)
        lexicon = URIRef("https://newsgraph.org/ontology#lexicon")
        assert any(True for _ in g.objects(concept, SKOS.hiddenLabel)) or (concept, lexicon, None) in g
