"""Agents an event takes from the rest of its report (``event_agent_context``): the one agent the
report's other events of its kind name, the organisation or state that announces a passive. Mini-
reports written for these tests. Each row: (text, trigger, agent): the event whose trigger starts
with ``trigger`` (the last one in the text) names ``agent`` among its agents (a lowercase
substring), or none when ``agent`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names

from newsgraph.extract.event_agent_context import natural, nobody_acts, of_kind

GIVEN = [
    # the same kind of event, told again without its agent
    (
        "Les syndicats de la RATP ont déclenché une grève lundi. Une nouvelle grève est prévue jeudi.",
        "grève",
        "syndicats",
    ),
    (
        "La Russie a bombardé Kharkiv dans la nuit de mardi. De nouvelles frappes ont visé Odessa.",
        "frappes",
        "russie",
    ),
    (
        "L'Union européenne a adopté des sanctions contre Moscou. De nouvelles sanctions visent les"
        " banques russes.",
        "sanctions",
        "union européenne",
    ),
    # a passive that an organisation announces: in the next sentence, or in its complement clause
    (
        "La SNCF annonce un plan d'économies. Trois cents trains seront supprimés d'ici à juin.",
        "supprimés",
        "sncf",
    ),
    (
        "L'armée ukrainienne a annoncé lundi que vingt villes ont été reprises.",
        "reprises",
        "armée",
    ),
]

WITHHELD = [
    # two sides act: no guess
    (
        "La Russie a bombardé Kharkiv mardi. L'Ukraine a bombardé Belgorod. De nouvelles frappes ont visé"
        " Odessa.",
        "frappes",
        "-",
    ),
    # a happening of a feature (a price rising) is not the act of whoever did it before
    (
        "Un boulanger de Lyon a augmenté ses prix en mai. Le prix du pain a encore augmenté en juin.",
        "augmenté",
        "-",
    ),
    # a clause with its own subject keeps it, even when it names nobody the roles can read
    (
        "Les syndicats ont déclenché une grève lundi à Marseille. Elle a déclenché une grève jeudi.",
        "grève",
        "-",
    ),
    # in a war, both sides act: an act of either side before leaves the next one open
    (
        "Les Russes ont pris Izioum en mars. Les Ukrainiens ont bombardé un dépôt russe. De nouvelles"
        " frappes ont visé la ville.",
        "frappes",
        "-",
    ),
    (
        "Une étudiante a été agressée par deux hommes à Nantes. Seule une femme victime de violences"
        " sexuelles sur dix porte plainte.",
        "violences",
        "-",
    ),
    # a person announcing is not the one who acts
    ("Le procureur a annoncé que deux hommes ont été interpellés à Lyon.", "interpellés", "-"),
    # nobody performs a fire, though a crew fights it
    (
        "Un incendie a détruit 300 hectares dans le Var. Un autre incendie s'est déclaré dans l'Hérault.",
        "incendie",
        "-",
    ),
    # nor what is undergone: another death is not the same killer's
    (
        "Un chasseur a tué un promeneur en Corrèze samedi. Un autre promeneur a été tué dans le Lot.",
        "tué",
        "-",
    ),
]


LEAD = [
    # the report's main actor, named in the lead, for the feature's happenings it performs
    pytest.param(
        "Dans la Beauce, les agriculteurs ont une priorité : finir la moisson avant la pluie. La récolte"
        " s'annonce bonne.",
        "récolte",
        "agriculteurs",
        marks=pytest.mark.xfail(strict=True, reason="no rule gives the lead's subject to a feature's events"),
    ),
]


def last_event(nlp, text: str, trigger: str):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    return found[-1]


@pytest.mark.parametrize(("text", "trigger", "agent"), GIVEN + WITHHELD + LEAD)
def test_context_agent(nlp, text, trigger, agent):
    event = last_event(nlp, text, trigger)
    if agent == "-":
        assert not names(event, "agent"), event.actors
    else:
        assert agent in names(event, "agent"), event.actors


KINDS = [
    ("heat_wave", True, True),  # under natural_disaster, under the disasters
    ("fire", True, True),
    ("emergency_response", False, False),  # the rescue is somebody's act
    ("traffic_disruption", True, False),  # an operator may cut trains
    ("strike_or_boycott", False, False),
]


@pytest.mark.parametrize(("kind", "nobody", "is_natural"), KINDS)
def test_kinds(kind, nobody, is_natural):
    assert nobody_acts(kind) is nobody
    assert natural(kind) is is_natural


def test_firing_kinds_are_one():
    assert of_kind("shell", "air_strike")
    assert not of_kind("shell", "sanction")


def test_victims_of_a_kind_name_no_act(nlp):
    """What befalls victims in general is not the act told before; since round 24 the bare "de X"
    of a party noun names no event at all (``events.party_to_a_kind``)."""
    text = (
        "Une étudiante a été agressée par deux hommes à Nantes. Les victimes de violences sexuelles"
        " portent rarement plainte."
    )
    assert not [e for e in events_of(nlp, text) if e.trigger.lower().startswith("violences")]
