"""Event arguments, round 24: the agent of an act listed among the measures someone decided
("Parmi les mesures décidées par la préfecture : la fermeture de la route"), with the near misses
that keep their reading (measures asked for, a measure's own complement); and the agents and
targets named by a noun of forces, people or bodies that extraction reads as actors ("les
secours", "les passeurs", "le prévenu"), which resolution now keeps in their role instead of
making them participants; the people of a town or a region named by their demonym ("les
Marseillais ont manifesté"); a study's nationality, which is no state acting ("une étude
américaine"). Sentences written for these tests. Rows as in test_event_constructions
(text, type, agent, target, place; substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_arguments, names, of_type

from newsgraph.resolve.actors import is_actor

LISTED_MEASURES = [
    # an act listed after the measures someone decided is that one's
    (
        "Parmi les mesures décidées par la préfecture : la fermeture des écoles du département.",
        "closure",
        "préfecture",
        None,
        None,
    ),
    (
        "Parmi les mesures annoncées par le gouvernement : la fermeture des écoles.",
        "closure",
        "gouvernement",
        None,
        None,
    ),
    # the item hung as the participle's object, or the measures hung on the item
    (
        "Parmi les mesures prises par le préfet : l'interdiction des rassemblements.",
        "impose_restrictions",
        "préfet",
        None,
        None,
    ),
    (
        "Parmi les décisions prises par le maire, l'interdiction des feux d'artifice.",
        "impose_restrictions",
        "maire",
        None,
        None,
    ),
    # near miss: measures asked for are not decided by who asks
    (
        "Parmi les mesures réclamées par les syndicats : la fermeture des écoles.",
        "closure",
        "-",
        None,
        None,
    ),
]

NOT_LISTED = [
    # near misses: a measure's own complement, with no list, gives no decider
    ("La mesure de fermeture des écoles a été annoncée lundi.", "closure"),
    pytest.param(
        "Les mesures décidées par le gouvernement, dont la fermeture des frontières, entrent en vigueur.",
        "closure",
        marks=pytest.mark.xfail(strict=True, reason="'dont' item typed reduce_relations, no closure"),
    ),
]

SHARED_PASSIVE = [
    # the "par X" of a participle said after the event's verb: not read yet
    pytest.param(
        "Les habitants ont été évacués, emmenés par des policiers vers un gymnase.",
        "rescue",
        "policiers",
        None,
        None,
        marks=pytest.mark.xfail(strict=True, reason="agent of an appended participle not shared"),
    ),
    # a fronted bare participle the parser makes a root of its own: its undergoer is the next
    # clause's subject, not read yet
    pytest.param(
        "Condamné à cinq ans de prison, l'ancien maire a fait appel.",
        "sentence",
        None,
        "maire",
        None,
        marks=pytest.mark.xfail(strict=True, reason="fronted participle parsed a second root"),
    ),
]

TOWN_PEOPLE = [
    # the people of a town or a region named by their demonym act as a group
    (
        "Samedi, les Marseillais ont manifesté contre la fermeture de l'hôpital.",
        "demonstrate",
        "marseillais",
        None,
        None,
    ),
    ("Les Bretons ont manifesté devant la préfecture de Rennes.", "demonstrate", "bretons", None, "rennes"),
    # near miss: the adjective of a town qualifies the actor, it is none (the place stays where)
    ("Un boulanger parisien a augmenté ses prix lundi.", "price_change", "boulanger", None, "paris"),
]

IN_THE_STREET = [
    # a protest said as being in the street: who is in the street protests
    (
        "Les infirmières étaient dans la rue mardi pour dénoncer leurs conditions de travail.",
        "demonstrate",
        "infirmières",
        None,
        None,
    ),
    (
        "Les retraités étaient dans la rue pour réclamer une hausse des pensions.",
        "demonstrate",
        "retraités",
        None,
        None,
    ),
    pytest.param(
        "Les viticulteurs sont dans la rue à Bordeaux.",
        "demonstrate",
        "viticulteurs",
        None,
        "bordeaux",
        marks=pytest.mark.xfail(strict=True, reason="'sont' parsed the main verb, no copula: no protest"),
    ),
]

CELLS = [
    # a terrorist cell or a gang acts as a body, named without the word that says which one
    ("Ces attaques ont été menées par la même cellule terroriste.", "attack", "agent", "cellule terroriste"),
    ("Un gang a attaqué une bijouterie à Nice.", "attack", "agent", "gang"),
]

STUDIES = [
    # a study's nationality says where its researchers work, not that the state acts
    ("Une étude américaine montre que les écrans nuisent au sommeil.", "report_release", "-", None, None),
    # near miss: a body's adjective names the body that reports
    ("Un rapport onusien dénonce les violences contre les civils.", "report_release", "onu", None, None),
]

ACTING_NOUNS = [
    # nouns of forces, people and bodies extraction reads as actors are actors after resolution
    ("secours", True),
    ("passeurs", True),
    ("prévenu", True),
    ("coalition internationale", True),
    ("aviation israélienne", True),
    ("Marseillais", True),
    ("Normands", True),
    # near misses: things, and nouns of a body that name a thing as often
    ("cuisine", False),
    ("protocole", False),
    ("camp de migrants", False),
    ("état des routes", False),
    ("division du travail", False),
]


@pytest.mark.parametrize(
    ("text", "type_", "agent", "target", "place"),
    LISTED_MEASURES + SHARED_PASSIVE + TOWN_PEOPLE + STUDIES + IN_THE_STREET,
)
def test_event_arguments_r24(nlp, text, type_, agent, target, place):
    check_arguments(of_type(nlp, text, type_)[-1], agent, target, place)


@pytest.mark.parametrize(("text", "type_"), NOT_LISTED)
def test_measure_complement_has_no_decider_r24(nlp, text, type_):
    assert names(of_type(nlp, text, type_)[-1], "agent") == ""


@pytest.mark.parametrize(("name", "actor"), ACTING_NOUNS)
def test_acting_nouns_stay_actors_r24(name, actor):
    assert is_actor(name, "group") is actor


@pytest.mark.parametrize(("text", "type_", "role", "name"), CELLS)
def test_cell_is_a_body_r24(nlp, text, type_, role, name):
    e = of_type(nlp, text, type_)[-1]
    assert name in [r.name.lower() for r in e.actors if r.role == role], e.actors
