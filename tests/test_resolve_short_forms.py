"""A body named in full and by a short form in one report is one actor (acronyms, head nouns alone),
and the gazetteer of French bodies joins the usual short names across reports."""

from __future__ import annotations

import pytest

from newsgraph.names import actor_id
from newsgraph.resolve import resolve
from newsgraph.resolve.short_forms import initials
from resolution import doc, ids_of

ORG = "organization"


@pytest.mark.parametrize(
    ("full", "acronym"),
    [
        ("Fédération nationale des syndicats d'exploitants agricoles", "FNSEA"),
        ("Confédération paysanne de l'Ouest", "CPO"),
        ("Union nationale des étudiants", "UNE"),
        ("Haute Autorité de santé", "HAS"),
        ("Agence régionale de santé", "ARS"),
        ("Syndicat des Agents Pénitentiaires", "SAP"),
        ("Office français de la biodiversité", "OFB"),
    ],
)
def test_full_name_joins_its_acronym_in_one_report(full, acronym):
    out = resolve([doc("a", (full, ORG), (acronym, ORG))])
    assert ids_of(out[0]) == {actor_id(acronym, ORG)}
    merged = out[0].actors[0]
    assert full in merged.aliases and merged.name.upper() == acronym  # shown as the other reports show it
    assert {r.id for r in out[0].events[0].actors} == {actor_id(acronym, ORG)}  # roles rewritten too


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Haute Autorité de santé", "HCR"),  # initials differ
        ("Santé publique", "SNCF"),
        ("Agence régionale de santé", "Ars"),  # not written in capitals: a word, not initials
    ],
)
def test_names_whose_initials_differ_stay_apart(a, b):
    out = resolve([doc("a", (a, ORG), (b, ORG))])
    assert len(ids_of(out[0])) == 2


def test_an_acronym_two_full_names_fit_is_left_alone():
    two = (("Agence régionale de santé", ORG), ("Association des retraités du sport", ORG))
    out = resolve([doc("a", *two, ("ARS", ORG))])
    assert len(ids_of(out[0])) == 3


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Commission", "Commission européenne"),
        ("Conseil", "Conseil constitutionnel"),
        ("Parlement", "Parlement européen"),
        ("Cour", "Cour de cassation"),
        ("Sénat", "Sénat américain"),
    ],
)
def test_an_institution_head_alone_joins_the_one_full_name_of_its_report(short, full):
    out = resolve([doc("a", (short, ORG), (full, ORG)), doc("b", (short, ORG))])
    assert ids_of(out[0]) == {actor_id(full, ORG)}
    assert short in out[0].actors[0].aliases
    assert ids_of(out[1]) != ids_of(out[0])  # another report without the full name: not joined


@pytest.mark.parametrize(
    "people",
    [
        (("Conseil", ORG), ("Conseil d'État", ORG), ("Conseil constitutionnel", ORG)),  # which one?
        (("France", "gpe"), ("France Télévisions", ORG)),  # a state is no head noun
        (("Renault", ORG), ("Renault Trucks", ORG)),  # a firm's name is no institution head
    ],
)
def test_head_noun_rule_needs_one_institution_full_name(people):
    out = resolve([doc("a", *people)])
    assert len(ids_of(out[0])) == len(people)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("l'Assemblée", "Assemblée nationale"),
        ("RN", "Rassemblement national"),
        ("LFI", "La France insoumise"),
        ("Force ouvrière", "FO"),
        ("La République en marche", "Renaissance"),
    ],
)
def test_gazetteer_joins_usual_names_across_reports(a, b):
    out = resolve([doc("a", (a, ORG)), doc("b", (b, ORG))])
    assert ids_of(out[0]) == ids_of(out[1])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Rassemblement national", {"rn"}),
        ("La France insoumise", {"lfi", "fi"}),
        ("Europe Écologie-Les Verts", {"eelv", "eev"}),
        ("Organisation mondiale de la santé", {"omdls", "oms"}),
        ("Macron", set()),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected
