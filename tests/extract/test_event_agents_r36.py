"""Round 36 agents and places of the events a report is about: the one who sets, keeps, changes or ends a
measure or an aid ("le gouvernement va supprimer la ristourne", "X a proposé l'instauration d'une
indemnité"), never the one who receives, pays for or judges it; the government named acting before
an agentless national measure ("Le gouvernement a tenu parole. La remise entre en vigueur"), not the
prefect or council before a ban (tried and reverted);
constructions still missed (a bare surname opening a headline-like sentence, a measure's agent
carried by a relative on the measure, a verb of thinking about a measure); and the opening's events
that stay unplaced when the report names its town only further on (a national trend is not the
filmed town's: round 36 tried and reverted it).
Sentences written for these tests. Each row: (text, trigger, name): the last event whose trigger
starts with ``trigger`` names ``name`` among its agents (a lowercase substring), or no agent when
``name`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names, xfail

MEASURE_SET = [
    # the measure is the object of the verb that sets, keeps or ends it
    ("Le groupe Leclerc appliquera une remise de dix centimes par litre.", "remise", "leclerc"),
    ("Le gouvernement va progressivement supprimer la ristourne sur le carburant.", "ristourne", "gouvern"),
    ("La préfecture a renforcé les restrictions d'eau dans le département.", "restrictions", "préfecture"),
    # the measure is the "de X" of the noun of that change, object of the verb
    ("Le gouvernement a proposé la création d'une indemnité carburant.", "indemnité", "gouvern"),
    ("Le ministre a annoncé la prolongation de la remise sur le carburant.", "remise", "ministre"),
    xfail(
        "TotalEnergies a annoncé vendredi une ristourne de vingt centimes.",
        "ristourne",
        "totalenergies",
        reason="the parser hangs the measure on the weekday ('vendredi'), not on the verb",
    ),
    xfail(
        "Le maire a pris un arrêté qui interdit les barbecues.",
        "interdit",
        "maire",
        reason="a ban said by a relative on the measure ('un arrêté qui interdit') takes no agent from it",
    ),
    xfail(
        "Le ministère de l'Économie réfléchit à un gel des loyers.",
        "gel",
        "ministère",
        reason="a verb of thinking about a measure ('réfléchir à') does not carry its agent",
    ),
]

MEASURE_NOT_SET = [
    # who receives, pays for or judges a measure does not set it
    ("Neuf millions de foyers vont recevoir un chèque alimentaire.", "chèque", "-"),
    ("Les automobilistes saluent la remise de dix centimes.", "remise", "-"),
    ("L'entreprise doit financer le bouclier tarifaire.", "bouclier", "-"),
    # a passive verb of setting: its subject is the measure, not the one who sets it
    ("La remise a été prolongée jusqu'à la fin de l'année.", "remise", "-"),
]

# the government named acting in the lead or the two sentences before sets the agentless national
# measure or aid that follows; not one said with its own doer, nor when no government acts
GOVERNMENT_MEASURE = [
    (
        "Le gouvernement a tenu sa promesse. Une remise de 30 centimes par litre entre en vigueur jeudi.",
        "vigueur",
        "gouvern",
    ),
    ("L'exécutif a tranché mardi. L'indemnité carburant sera versée en octobre.", "versée", "exécutif"),
    (
        "Le gouvernement a présenté son budget. À Lyon, une aide de 100 euros sera versée par la mairie.",
        "versée",
        "mairie",
    ),
    ("Les prix de l'énergie flambent. Le bouclier tarifaire est prolongé jusqu'en juin.", "bouclier", "-"),
    # a measure said as a region's or a town's is not the government's
    (
        "Le gouvernement a tenu parole. Des subventions régionales seront versées aux familles.",
        "subventions",
        "-",
    ),
    ("Le gouvernement a tenu parole. Une aide municipale sera versée aux familles.", "versée", "-"),
]

# a ban told with no doer after the prefect or the town council acts: tried in round 36 and reverted
# (it also took a mayor quoted with "souligne" for the doer of prefectoral restrictions)
AUTHORITY_BAN = [
    xfail(
        "Le préfet du Var a pris un arrêté sécheresse. L'arrosage des jardins est interdit.",
        "interdit",
        "préfet",
        reason="no context rule gives a ban the prefect or council named acting before it",
    ),
    xfail(
        "La mairie a réagi vite. La baignade est interdite sur la plage.",
        "interdite",
        "mairie",
        reason="no context rule gives a ban the prefect or council named acting before it",
    ),
    ("Le maire et le préfet se sont réunis. La baignade est interdite.", "interdite", "-"),
]

HEADLINE = [
    ("Emmanuel Macron annonce un plan pour l'hôpital.", "annonce", "macron"),
    xfail(
        "Macron annonce un plan pour l'hôpital.",
        "annonce",
        "macron",
        reason="a bare surname opening the sentence is parsed as an adverb of the verb: no subject",
    ),
]


@pytest.mark.parametrize(
    ("text", "trigger", "name"), MEASURE_SET + MEASURE_NOT_SET + GOVERNMENT_MEASURE + AUTHORITY_BAN + HEADLINE
)
def test_round36_agents(nlp, text, trigger, name):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    agents = names(found[-1], "agent")
    if name == "-":
        assert not agents, found[-1].actors
    else:
        assert name in agents, found[-1].actors


# the opening's place is the place of its unplaced events; a town the report names only further on
# is not lent to a national trend told in the opening (each row: text, trigger, place or "-")
OPENING_PLACES = [
    (
        "À Brive (Corrèze), le prix du carburant a encore grimpé cette semaine. Les clients font la queue.",
        "grimpé",
        "brive",
    ),
    (
        "Le prix du carburant a encore grimpé cette semaine. Les clients s'inquiètent. Les stocks baissent."
        " Les livraisons tardent. Dans une station de Brive (Corrèze), le gérant a baissé ses marges.",
        "grimpé",
        "-",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), OPENING_PLACES)
def test_round36_opening_places(nlp, text, trigger, place):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    where = found[0].location.name.lower() if found[0].location is not None else "-"
    assert (place in where) if place != "-" else where == "-", where
