"""Round 37 agents: a town's noun that acts would stand for its council ("la commune a interdit",
"certaines villes ont mis en place": strict xfail, the rule was reverted), never the town that
undergoes ("la ville a été bombardée",
"la commune a connu des inondations"); a person's office keeps the institution it serves ("la
porte-parole du gouvernement", "le directeur de l'hôpital"), as it keeps a capitalised domain.
Sentences written for these tests. Each row: (text, trigger, name): the last event whose trigger
starts with ``trigger`` names ``name`` among its agents (a lowercase substring), or no agent when
``name`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names, xfail

TOWN_REVERTED = (
    "a town acting for its council: reverted in round 37 (no check-half gain; 11 of 15 fresh changes right"
    " before guards drawn from the same reports; resolve demotes 'commune' to a participant)"
)

TOWNS = [
    # the town's noun, subject of an active verb: its council acts
    xfail(
        "La commune a interdit l'arrosage des pelouses.",
        "interdit",
        "commune",
        reason=TOWN_REVERTED,
    ),
    xfail(
        "Certaines villes ont mis en place un encadrement des loyers.",
        "encadrement",
        "villes",
        reason=TOWN_REVERTED,
    ),
    xfail(
        "La ville a lancé une campagne de vaccination gratuite.",
        "vaccination",
        "ville",
        reason=TOWN_REVERTED,
    ),
    xfail(
        "La ville a décidé de fermer ses piscines municipales.",
        "fermer",
        "ville",
        reason=TOWN_REVERTED,
    ),
    # a named town keeps its name; a body noun was read before
    ("La ville de Tours a interdit la manifestation.", "interdit", "ville de tours"),
    ("La municipalité a interdit la manifestation.", "interdit", "municipalité"),
    # the town undergoes: no council acts
    ("La ville a été bombardée par l'armée russe.", "bombardée", "armée"),
    ("La commune a subi des inondations.", "inondations", "-"),
    xfail(
        "La commune a stoppé son arrosage dès le mois de juin.",
        "arrosage",
        "commune",
        reason="a restriction's possessive is its target's, and 'stopper' carries no measure",
    ),
]

OFFICES = [
    # a person's office and the institution it serves, lowercase
    (
        "La remise sera prolongée jusqu'à la fin de l'année, a indiqué la porte-parole du gouvernement.",
        "remise",
        "porte-parole du gouvernement",
    ),
    ("Le directeur de l'hôpital a lancé un plan blanc.", "plan", "directeur de l'hôpital"),
    ("Le président de la région a décidé de fermer les lycées.", "fermer", "président de la région"),
    ("Le président du syndicat a appelé à la grève.", "grève", "président du syndicat"),
    ("Le chef de l'armée a ordonné une offensive.", "offensive", "chef de l'armée"),
    # a capitalised domain, as before
    (
        "Le ministre de l'Intérieur, Gérald Darmanin, a annoncé une réforme de la police.",
        "réforme",
        "darmanin",
    ),
    xfail(
        "Le bureau d'enquête et d'analyse a ouvert une enquête.",
        "enquête",
        "bureau d'enquête",
        reason="a body's head ('bureau') keeps no lowercase 'de X' that is no institution",
    ),
]


@pytest.mark.parametrize("text,trigger,name", TOWNS + OFFICES)
def test_round37_agents(nlp, text, trigger, name):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger.lower())]
    assert found, f"no event for {trigger!r}"
    agents = names(found[-1], "agent")
    if name == "-":
        assert not agents, agents
    else:
        assert name in agents, agents
