"""Event arguments, round 22: a relative or a gathering of people named with the "de X" that says
who they are ("la mère d'un patient", "le collectif de riverains"); the one of a set said as a
pronoun ("l'une des marques", "l'un des suspects"), who acts as the set's noun; the opponent a verb
faces ("affronter l'Allemagne", "battre le Maroc à Doha"), which is no place; the firefighters a
fire report names, as the agent of its agentless firefighting ("L'incendie a été fixé"). With the
near misses that keep their reading. Sentences written for these tests. Rows as in
test_event_constructions (sentence, type, agent, target, place; substrings, None: not checked, "-":
none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of

KIN = [
    # a relative keeps whose relative it is
    ("Elle a été giflée par la mère d'un patient.", "physical_assault", "mère d'un patient", None, None),
    ("Le père de la victime a porté plainte contre le club.", "sue", "père de la victime", None, None),
    (
        "Les voisins du suspect ont manifesté devant la mairie.",
        "demonstrate",
        "voisins du suspect",
        None,
        None,
    ),
    ("Les parents d'élèves ont bloqué l'entrée du collège.", "obstruct", "parents d'élèves", None, None),
    # a gathering keeps whom it gathers
    (
        "Le collectif de riverains a déposé une plainte contre l'usine.",
        "sue",
        "collectif de riverains",
        None,
        None,
    ),
    ("L'association des victimes a porté plainte contre X.", "sue", "association des victimes", None, None),
    # near misses: a gathering of no plural noun keeps its plain name; a relative with no "de X"
    ("L'association de défense a porté plainte.", "sue", "association", None, None),
    ("Son mari a porté plainte contre le médecin.", "sue", "mari", None, None),
]

ONE_OF = [
    (
        "L'une des grandes marques britanniques a décidé de supprimer les dates limites.",
        "removal",
        "marques britanniques",
        None,
        None,
    ),
    ("L'un des suspects a été interpellé par les gendarmes.", "arrest", "gendarmes", "suspects", None),
    # near miss: "l'un d'eux" names no set's noun, no actor
    ("L'un d'eux a été interpellé par les gendarmes.", "arrest", "gendarmes", "-", None),
]

OPPONENTS = [
    # the opponent faced is a side, the place is where it is faced
    ("L'équipe de France a battu le Maroc en demi-finale à Doha.", "sport_result", None, None, "doha"),
    (
        "Le XV de France a battu l'Irlande au Stade de France samedi.",
        "sport_result",
        None,
        None,
        "stade de france",
    ),
    # near miss: a place acted on stays where ("a bombardé Kharkiv")
    ("Les Russes ont bombardé Kharkiv dans la nuit.", "shell", "russes", None, "kharkiv"),
]

FIREFIGHTERS = [
    (
        "Deux cents sapeurs-pompiers sont sur place dans le Var. L'incendie a été fixé dans la nuit.",
        "emergency_response",
        "pompiers",
        None,
        None,
    ),
    (
        "Le feu est maîtrisé, mais les pompiers surveillent encore la zone.",
        "emergency_response",
        "pompiers",
        None,
        None,
    ),
    # near misses: no firefighters named; the one who did it is said; the fire is not yet fixed
    (
        "L'incendie a été fixé dans la nuit de mardi, selon la préfecture.",
        "emergency_response",
        "-",
        None,
        None,
    ),
    (
        "Les pompiers sont arrivés tard. Les habitants ont maîtrisé le feu avant eux.",
        "emergency_response",
        "habitants",
        None,
        None,
    ),
    ("Les pompiers sont sur place. Le feu n'est toujours pas fixé.", "emergency_response", "-", None, None),
    (
        "Les pompiers sont sur place. Le feu pourrait être maîtrisé ce soir.",
        "emergency_response",
        "-",
        None,
        None,
    ),
    # verbs conjugated with être are no passive: their subject acts
    ("Les pompiers sont intervenus dans la nuit.", "emergency_response", "pompiers", "-", None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), KIN + ONE_OF + FIREFIGHTERS)
def test_event_arguments_r22(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), OPPONENTS)
def test_opponent_places_r22(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(
    ("text", "type_", "not_place"),
    [
        (
            "Les joueurs tricolores s'opposent au Danemark samedi. En 2018, ils avaient fait match nul.",
            "sport_result",
            "danemark",
        ),
        (
            "Les femmes vont affronter une nation redoutée : l'Allemagne. Les deux derniers matchs"
            " ont été gagnés.",
            "sport_result",
            "allemagne",
        ),
    ],
)
def test_opponent_no_place_r22(nlp, text, type_, not_place):
    """The opponent of the report's opening is no place for its matches."""
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert found
    assert all(e.location is None or not_place not in e.location.name.lower() for e in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Une infirmière a été blessée par le mari d'une patiente dimanche à Colmar.", "mari d'une patiente"),
        ("Un pharmacien a été agressé par le frère d'un client samedi à Nancy.", "frère d'un client"),
    ],
)
def test_kin_complement_stops_before_a_date(nlp, sentence, name):
    """A date (and what follows) the parser hangs on the complement is no part of the name."""
    agents = [r.name for e in events_of(nlp, sentence) for r in e.actors if r.role == "agent"]
    assert name in agents, agents
