"""Where an event happened, ninth round: a town said with where it lies ("Conty (Somme)", "Bellignat,
dans l'Ain", "le village de X, en Ukraine") is the town, not its department or country; towns too
small for the main gazetteer (French communes, Ukrainian villages, their French spellings); a town
as the noun's modifier ("l'incendie de Landiras"); a capitalised common noun is no place ("vis-à-vis
de l'État"); a French city before a foreign one of the same name. Sentences written for these tests;
rows as in test_event_constructions (sentence, type, agent, target, place; substrings, None: not
checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of, xfail

from newsgraph.geo import geocode

QUALIFIED_TOWNS = [
    # "X (Département)": the town, not the department in brackets
    ("Samedi, une tornade a arraché trente toits à Conty (Somme).", "storm", None, None, "conty"),
    (
        "À Montpellier (Hérault), des manifestants ont défilé.",
        "demonstrate",
        "manifestants",
        None,
        "montpellier",
    ),
    ("Une boulangerie à Armentières (Nord) va fermer ses portes.", "closure", None, None, "armentières"),
    ("Un entrepôt a brûlé dans la nuit à Guipavas (Finistère).", "fire", None, None, "guipavas"),
    # "X, dans le/en Département": the same, said with a comma
    ("Un incendie a ravagé un hangar à Bellignat, dans l'Ain.", "fire", None, None, "bellignat"),
    (
        "À Armentières, dans le Nord, un boulanger a décidé de fermer sa boutique.",
        "closure",
        None,
        None,
        "armentières",
    ),
    ("Un soldat a été tué dans le village de Myronivka, en Ukraine.", "kill", None, None, "myronivka"),
    # a town the gazetteer knows only as a small place, after "à"
    ("Jeudi, à Ouistreham, un homme a été interpellé par les gendarmes.", "arrest", None, None, "ouistreham"),
    ("Un parc éolien a été inauguré mardi à Plouescat.", "ceremony", None, None, "plouescat"),
    # a place the gazetteer does not know, in a town it knows: the town
    (
        "Un homme a été tué par balle dans le quartier de la Busserine à Marseille.",
        "kill",
        None,
        None,
        "marseille",
    ),
    # a foreign village the tagger takes for a common noun, without an article: still a place
    ("C'est à Dziwnów qu'un bateau a coulé dimanche, faisant trois morts.", "kill", None, None, "dziwnów"),
    # a road's code is a place's name, not a common noun
    ("Un carambolage s'est produit sur l'A7 mardi matin.", "accident", None, None, "a7"),
    # a town as the event noun's modifier, which the NER does not label
    ("L'incendie de Lacanau a détruit des milliers d'hectares de pins.", "fire", None, None, "lacanau"),
    # a Ukrainian village in its French spelling
    ("Les forces russes ont bombardé Vougledar pendant la nuit.", "shell", None, None, "vougledar"),
    # the report's dateline names the town, the event's sentence does not
    (
        "À Carhaix-Plouguer (Finistère), la mairie est sous le choc. "
        "Dimanche, un incendie a détruit la salle des fêtes.",
        "fire",
        None,
        None,
        "carhaix",
    ),
    xfail(
        "Le feu de Landiras a repris mardi après-midi.",
        "fire",
        "-",
        None,
        "landiras",
        reason="the NER labels the town a person: it becomes the fire's agent (event_roles), not its place",
    ),
    xfail(
        "À Chenôve, dans la 3e circonscription de Côte-d'Or, on a voté dimanche.",
        "vote",
        None,
        None,
        "chenôve",
        reason="a constituency named after its department is not read as where the town lies",
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), QUALIFIED_TOWNS)
def test_event_place(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


NO_PLACE = [
    # a department's name that begins a longer name the NER cut ("Nord | Stream")
    ("Une explosion a endommagé le gazoduc Nord Stream 2.", "explosion"),
    # a capitalised common noun after a preposition of no place
    (
        "Les syndicats ont mené une grève mardi pour garder leur indépendance vis-à-vis de l'État.",
        "strike_or_boycott",
    ),
]


@pytest.mark.parametrize(("sentence", "type_"), NO_PLACE)
def test_no_place(nlp, sentence, type_):
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found and found[0].location is None, [(e.type, e.location) for e in found]


def test_french_city_before_a_foreign_one(nlp):
    found = [
        e for e in events_of(nlp, "La manifestation a réuni 3 000 personnes à Orléans samedi.") if e.location
    ]
    assert found and found[0].location is not None
    place = geocode(found[0].location.name)
    assert place is not None and place.country == "FR"
    assert found[0].location.id == place.id
