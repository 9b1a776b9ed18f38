"""Who takes part and where, round 13: the one a possessive of an undergone event stands for in the
sentence before ("Le ministre arrive devant les sénateurs. Son audition commence"), a team named by
a team noun as a side of a match ("le Stade rochelais", "le XV de France"), the unnamed author of a
violent act named in a sentence around it ("Le tireur a pris la fuite"), an office with its domain
("le ministre de l'Intérieur"), the capital of the country named before a bare "la capitale".
Sentences written for these tests; rows as in test_event_constructions (sentence, type, agent,
target, place; substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of

UNDERGONE = [
    # the possessive of a hearing, an arrest, a trial: its owner is the subject of the sentence before
    (
        "Le ministre de la Santé est arrivé devant les députés mardi. Son audition a duré trois heures.",
        "hearing",
        None,
        "ministre",
        None,
    ),
    (
        "Le conducteur a été rattrapé par les gendarmes. Sa garde à vue a été prolongée samedi.",
        "arrest",
        None,
        "conducteur",
        None,
    ),
    (
        "La directrice de l'école a été entendue par les enquêteurs. Son interpellation a surpris.",
        "arrest",
        None,
        "directrice",
        None,
    ),
    # in its own clause, as before
    ("L'ancien maire a passé la nuit en cellule après son arrestation.", "arrest", None, "maire", None),
]

TEAMS = [
    ("Le Stade toulousain a remporté la finale samedi soir.", "sport_result", "stade toulousain", None, None),
    ("Le XV de France a battu l'Irlande à Dublin.", "sport_result", "xv de france", None, None),
    ("La sélection marocaine a gagné son match contre le Portugal.", "sport_result", "sélection", None, None),
]


AUTHORS = [
    # the unnamed author of a violent act, named by the act in a sentence around it
    (
        "Une fusillade a éclaté devant un lycée de Marseille. Le tireur a pris la fuite à pied.",
        "shooting",
        "tireur",
        None,
        None,
    ),
    (
        "Le forcené a été maîtrisé par le GIGN. Il avait blessé deux gendarmes dans la matinée.",
        "wound",
        None,
        None,
        None,
    ),
    (
        "Une passante a été poignardée mardi à Rennes. L'agresseur a été interpellé dans la soirée.",
        "physical_assault",
        "agresseur",
        "passante",
        "rennes",
    ),
    # the author already the one acted on is not the agent as well
    ("Le tireur a été tué par les policiers.", "kill", "policiers", "tireur", None),
]

OFFICES = [
    # an office keeps the capitalised domain of its "de X": one minister is not every minister
    (
        "Le ministre de l'Agriculture a reçu les éleveurs mardi.",
        "host_visit",
        "ministre de l'agriculture",
        None,
        None,
    ),
    ("La ministre des Sports s'est rendue à Tokyo samedi.", "visit", "ministre des sports", None, "tokyo"),
    (
        "Le procureur de la République a ouvert une enquête.",
        "investigate",
        "procureur de la république",
        None,
        None,
    ),
    (
        "Le ministre de l’Économie a présenté un plan d'aide aux entreprises.",
        "policy_announcement",
        "ministre de l’économie",
        None,
        None,
    ),
    # a lowercase "de X" is no domain of an office
    ("Le maire de la commune a porté plainte.", "sue", "maire", None, None),
]

CAPITALS = [
    # "la capitale" with no capital named before: the capital of the country named before it
    (  # the first sentence names the country without an event ("la guerre continue" is one: evt28b)
        "La situation reste tendue en Ukraine. Des combats ont lieu aux portes de la capitale.",
        "fight",
        None,
        None,
        "ky",
    ),
    ("Des missiles sont tombés sur la capitale ukrainienne dans la nuit.", "air_strike", None, None, "ky"),
    (
        "Les combats ont repris à Kiev. Des explosions ont secoué la capitale.",
        "explosion",
        None,
        None,
        "kiev",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "agent", "target", "place"), UNDERGONE + TEAMS + AUTHORS + OFFICES + CAPITALS
)
def test_roles(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # a bare team noun is the venue, no side
        ("Le stade a été évacué avant la finale de samedi.", "sport_result"),
        # a possessive with no subject before it to take up: nobody
        ("Son audition a été reportée à la semaine prochaine.", "hearing"),
        # a capital said with another quality is no country's capital
        ("En France, des milliers de personnes ont manifesté dans la capitale des Gaules.", "demonstrate"),
    ],
)
def test_no_side(nlp, sentence, type_):
    for e in events_of(nlp, sentence):
        if e.type == type_:
            assert not [r for r in e.actors if "stade" in r.name.lower()], e.actors
            assert not e.actors or type_ != "hearing", e.actors
            assert e.location is None or e.location.name != "Paris", e.location
