"""Topics from the SKOS lexicons of ontology/topics.ttl."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from newsgraph import lexicons
from newsgraph.extract.topics import TOPICS_TTL, topic_evidence, topics_for

CASES = [
    ("Kiev se dit prête à des pourparlers avec Moscou", "negotiation"),
    ("il existe une fenêtre d'opportunité pour la négociation", "negotiation"),
    ("les deux pays ont négocié un cessez-le-feu", "negotiation"),
    ("Nous sommes prêts pour la paix", "negotiation"),
    ("une trêve de Noël a été proposée", "negotiation"),
    ("Burns ne discute pas d'un règlement de la guerre", "negotiation"),
    ("l'armée a bombardé la ville toute la nuit", "military_action"),
    ("une contre-offensive dans le Sud", "military_action"),
    ("100 000 soldats russes ont été tués ou blessés", "casualties"),
    ("une nouvelle aide militaire de 2,6 milliards", "aid"),
    ("des preuves de torture et de crimes de guerre", "war_crimes"),
    ("les conséquences d'une utilisation des armes nucléaires", "nuclear_threat"),
]


# negotiation of every kind, decided by a word of negotiating and a word of its field
NARROWER = [
    ("Les deux pays ont engagé des pourparlers de paix sous l'égide de l'ONU", "diplomatic_negotiation"),
    ("Kiev se dit ouvert au dialogue si Moscou retire ses troupes", "diplomatic_negotiation"),
    ("Les syndicats réclament l'ouverture de négociations salariales", "labour_negotiation"),
    ("La direction a fait un compromis sur les primes pour lever la grève", "labour_negotiation"),
    (
        "Le gouvernement cherche un compromis avec les députés de l'opposition sur le budget",
        "political_negotiation",
    ),
    ("La gauche a conclu un accord électoral pour les législatives", "political_negotiation"),
]


@pytest.mark.parametrize(("text", "topic"), NARROWER)
def test_narrower_negotiation(text: str, topic: str) -> None:
    found = topic_evidence(text)
    assert topic in found and "negotiation" in found, found
    assert found["negotiation"], "the words that decided it are given"


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a ouvert la réunion du conseil municipal.",  # a meeting is not a negotiation
        "Les gardiens de la paix ont interpellé deux suspects.",  # police officers
        "Retirer de l'argent dans une autre banque coûte plus cher.",  # not a military withdrawal
        "Nous avons discuté du menu de la cantine avec les parents.",
        "Je suis tout à fait d'accord avec vous.",
    ],
)
def test_not_negotiation(text: str) -> None:
    assert not {"negotiation", "military_action"} & set(topics_for(text)), topic_evidence(text)


def test_context_decides_a_weak_word() -> None:
    assert "negotiation" not in topics_for("Il faudra faire des compromis.")
    assert "labour_negotiation" in topics_for(
        "Il faudra faire des compromis.", "La grève continue à la raffinerie."
    )


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
        assert any(True for _ in g.objects(concept, SKOS.hiddenLabel))
