"""Who acts and where, round 19 (arg19): a capital in the "de X" of a state's act noun is its state
acting, not a place ("la contre-offensive de Kiev": Ukraine; "l'offensive de Moscou": Russia), while
a noun whose "de X" is acted on or left keeps its place ("le bombardement de Kiev", "le retrait de
Kherson"); the country an expulsion sends people to is not the state that expels; "les forces de
l'ordre" keep their complement; a place word inside the name of a body ("La France insoumise",
"l'équipe de France", "la Banque de France") is no event's place, a place of a place noun ("la
ville de Lyon") still is. Sentences written for these tests; rows as in test_event_constructions
(sentence, type, agent, target, place; substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of

ROWS = [
    # a capital in the "de X" of a state's act noun acts as its state
    ("La contre-offensive de Kiev se poursuit dans le sud du pays.", "attack", "ukraine", None, None),
    (
        "L'offensive de Moscou dans le Donbass piétine depuis des semaines.",
        "attack",
        "russie",
        None,
        "donbass",
    ),
    ("Les sanctions de Washington visent trois grandes banques.", "sanction", "états-unis", None, None),
    # a noun whose "de X" is acted on or where it happens keeps it as a place
    ("Le bombardement de Kiev a fait dix morts dans la nuit.", "shell", "-", None, "kiev"),
    ("L'offensive de Kherson a commencé à l'aube.", "attack", "-", None, "kherson"),
    # the country an expulsion sends people to is no acting state
    ("Le ministre a décidé d'expulser l'imam vers l'Algérie.", "expel", "ministre", "imam", "algérie"),
    ("Des migrants ont été expulsés vers le Rwanda mardi.", "expel", "-", "migrants", "rwanda"),
    # collectives named by a noun and its complement keep it
    (
        "Le suspect est activement recherché par les forces de l'ordre.",
        "investigate",
        "forces de l'ordre",
        None,
        None,
    ),
    (
        "Les forces de l'ordre ont interpellé trois manifestants à Rennes.",
        "arrest",
        "forces de l'ordre",
        None,
        "rennes",
    ),
    # a place of a place noun, of an institution, or a collective that is a place, is still where
    ("Les fermetures de lits continuent, comme au CHU de Bordeaux.", "closure", None, None, "bordeaux"),
    ("Le chef de l'État, en visite aux États-Unis, a critiqué la loi.", "visit", None, None, "états-unis"),
    ("La ville de Lyon a été inondée après les orages.", "flood", None, None, "lyon"),
    # the opponent, the verb's object, is no place acted on (passes since eag22's said_as_opponent)
    (
        "L'équipe de France a battu le Maroc mercredi au Qatar.",
        "sport_result",
        "équipe de france",
        None,
        "qatar",
    ),
    # "de X" with an actor "contre Y": X acts (eva20)
    (
        "Les frappes de Washington contre les milices ont fait trois morts.",
        "air_strike",
        "états-unis",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_event_arguments_r19(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


NO_PLACE = [
    # a place word inside the name of a body is no event's place
    ("Les militants de La France insoumise ont manifesté samedi.", "demonstrate"),
    ("La victoire de l'équipe de France face au Danemark a rassuré le sélectionneur.", "sport_result"),
    ("La contre-offensive de Kiev a permis de reprendre plusieurs villages.", "capture"),
]


@pytest.mark.parametrize(("sentence", "type_"), NO_PLACE)
def test_place_word_of_a_name_is_no_place(nlp, sentence, type_):
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, sentence)]
    assert found[0].location is None, found[0].location
