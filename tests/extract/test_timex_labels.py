"""Time expressions whose TimeML value names no calendar stretch: the present, past and future
(PRESENT_REF, PAST_REF, FUTURE_REF), decades and centuries (199X, 19XX), stretches of time (P3Y)
and recurrences (XXXX-WXX-1, P1M). Made-up sentences; strict xfails for what fails today."""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import find_times
from newsgraph.model import TimeValue

FRI = TimeValue("2023-03-17", "day")  # a Friday


def xfail(*case: object, reason: str) -> object:
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


# Values that name no calendar stretch: (sentence, anchor, words) -> (value, TIMEX3 type). They get
# no date interval and date no statement nor event.
LABELS = [
    ("Autrefois, le village vivait de la pêche.", FRI, "Autrefois", "PAST_REF", "DATE"),
    ("Le musée a récemment rouvert ses portes.", FRI, "récemment", "PAST_REF", "DATE"),
    ("La ligne sera prochainement prolongée.", FRI, "prochainement", "FUTURE_REF", "DATE"),
    ("À l'avenir, les contrôles seront plus stricts.", FRI, "À l'avenir", "FUTURE_REF", "DATE"),
    ("De nos jours, peu de gens écrivent des lettres.", FRI, "De nos jours", "PRESENT_REF", "DATE"),
    ("La ville a beaucoup changé dans les années 1980.", FRI, "les années 1980", "198X", "DATE"),
    ("Le quartier a été construit dans les années 60.", FRI, "les années 60", "196X", "DATE"),
    ("Les années 2000 ont vu naître le réseau.", FRI, "Les années 2000", "200X", "DATE"),
    ("Le pont a été bâti au XIXe siècle.", FRI, "XIXe siècle", "18XX", "DATE"),
    ("Le chantier du siècle dernier reste inachevé.", FRI, "siècle dernier", "19XX", "DATE"),
    ("La grève a duré trois semaines.", FRI, "trois semaines", "P3W", "DURATION"),
    ("Il a vécu pendant douze ans à Lyon.", FRI, "pendant douze ans", "P12Y", "DURATION"),
    ("Les habitants attendent depuis des mois.", FRI, "depuis des mois", "PXM", "DURATION"),
    ("Le dossier a été bouclé en 48 heures.", FRI, "en 48 heures", "PT48H", "DURATION"),
    ("Il a dirigé l'usine pendant plusieurs décennies.", FRI, "plusieurs décennies", "PXDE", "DURATION"),
    ("Le comité se réunit chaque mois.", FRI, "chaque mois", "P1M", "SET"),
    ("La collecte a lieu tous les mardis.", FRI, "tous les mardis", "XXXX-WXX-2", "SET"),
    ("Le festival revient tous les deux ans.", FRI, "tous les deux ans", "P2Y", "SET"),
    ("Pendant les mois d'été, la ville se vide.", FRI, "été", "XXXX-SU", "DATE"),
    xfail(
        "Aujourd'hui, les jeunes lisent moins qu'autrefois.",
        FRI,
        "Aujourd'hui",
        "PRESENT_REF",
        "DATE",
        reason="'aujourd'hui' in the sense of nowadays is read as the publication day",
    ),
    ("Il y a quelques années, le stade était vide.", FRI, "Il y a quelques années", "PAST_REF", "DATE"),
    ("Le tribunal statuera dans quelques jours.", FRI, "dans quelques jours", "FUTURE_REF", "DATE"),
    ("Les prix ont grimpé ces dernières années.", FRI, "ces dernières années", "PXY", "DURATION"),
    ("Au cours des trois derniers mois, le chômage a baissé.", FRI, "trois derniers mois", "P3M", "DURATION"),
    ("Le calendrier sera fixé dans les prochaines semaines.", FRI, "prochaines semaines", "PXW", "DURATION"),
    xfail(
        "Le chantier s'achèvera bientôt.",
        FRI,
        "bientôt",
        "FUTURE_REF",
        "DATE",
        reason="'bientôt' is left out: too often a manner ('bientôt fini') to count as the future",
    ),
]


@pytest.mark.parametrize(("sentence", "anchor", "key", "value", "kind"), LABELS)
def test_label_values(sentence, anchor, key, value, kind):
    found = [(t.value, t.type) for t in find_times(sentence, anchor, "d") if key in t.text]
    assert found == [(value, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Un homme de 45 ans a été interpellé.",
        "Marie Dupont, 32 ans, habite le quartier.",
        "Il a fêté ses 80 ans.",
        "Le passage aux 35 heures a changé l'usine.",
    ],
)
def test_ages_and_counts_are_no_durations(sentence):
    assert find_times(sentence, FRI, "d") == []


def test_a_label_flows_to_jsonl_and_the_graph_without_a_date_interval():
    from newsgraph.model import to_dict
    from newsgraph.rdf import ng, triples
    from newsgraph.stores.graph_mapping import graph_batch

    sentence = "Il a vécu pendant trois ans à Lyon, le 3 mars 2021."
    stretch, day = find_times(sentence, FRI, "d")
    assert (stretch.value, stretch.type, day.value, day.type) == ("P3Y", "DURATION", "2021-03-03", "DATE")
    assert to_dict(stretch)["type"] == "DURATION"
    predicates = {q.predicate for q in triples([stretch])}
    assert ng("timexType") in predicates and ng("dateStart") not in predicates
    assert ng("dateStart") in {q.predicate for q in triples([day])}
    rows = graph_batch([stretch, day]).nodes["TimeExpression"]
    props = {row["props"]["value"]: row["props"] for row in rows.values()}
    assert "dateStart" not in props["P3Y"] and props["2021-03-03"]["dateStart"] == "2021-03-03"
    assert props["P3Y"]["timexType"] == "DURATION"


def test_label_values_conform_to_the_shapes():
    pytest.importorskip("pyshacl")
    import pyoxigraph as ox
    from pyshacl import validate
    from rdflib import Graph

    from newsgraph import rdf
    from newsgraph.model import Document
    from newsgraph.resources import resource_dir

    text = (
        "Autrefois, dans les années 80 et au XIXe siècle, chaque lundi et tous les soirs, pendant "
        "plusieurs décennies, depuis trois ans, les mois d'été, il y a quelques années."
    )
    times = find_times(text, FRI, "d")
    assert {t.type for t in times} == {"DATE", "SET", "DURATION"}
    quads = list(rdf.triples([Document(id="d", text=text), *times]))
    data = ox.serialize(
        [ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES
    )
    g = Graph().parse(data=data.decode(), format="nt")
    shapes = Graph().parse(resource_dir("ontology") / "shapes.ttl")
    ontology = Graph().parse(resource_dir("ontology") / "newsgraph.ttl")
    conforms, _, report = validate(g, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report
