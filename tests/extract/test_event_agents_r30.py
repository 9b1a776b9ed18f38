"""Round 30 agents: the subject of a verb of carrying out ("pratiquer", "assurer", "exécuter") is the
agent of the event noun it takes as object, and the subject of "promettre" the agent of the (not yet
real) act it promises, as "menacer de frappes". Sentences written for these tests. Each row: (text,
trigger, name): the last event whose trigger starts with ``trigger`` names ``name`` among its agents
(a lowercase substring), or no agent when ``name`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names, xfail

CARRY_OUT = [
    ("Les policiers assurent la surveillance du quartier depuis lundi.", "surveillance", "policiers"),
    ("Les pompiers ont assuré l'évacuation des habitants de l'immeuble.", "évacuation", "pompiers"),
    ("L'armée israélienne a exécuté une frappe sur un entrepôt à Gaza.", "frappe", "armée"),
    ("Les policiers pratiquent des interpellations dans le quartier.", "interpellations", "policiers"),
    # "appliquer" is left out (fresh reports: mostly an infinitive of a call, "appellent à appliquer")
    xfail(
        "L'Union européenne a appliqué de nouvelles sanctions à Moscou.",
        "sanctions",
        "union européenne",
        reason="appliquer is no carrier: its infinitive after a call made the caller the agent",
    ),
]

PROMISES = [
    ("Le gouvernement promet un nouveau coup de pouce aux retraités.", "coup de pouce", "gouvernement"),
    ("Les syndicats promettent une grève massive jeudi.", "grève", "syndicats"),
    ("Berlin promet de nouvelles livraisons d'armes à l'Ukraine.", "livraisons", "allemagne"),
]

NONE = [
    # a verb of fearing or judging carries nothing: the subject is no doer; nor a call to carry out
    ("Des militants appellent à appliquer les sanctions contre la Russie.", "sanctions", "-"),
    ("Les habitants craignent un bombardement de la ville.", "bombardement", "-"),
    ("Les commerçants redoutent une grève des transports.", "grève", "-"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), CARRY_OUT + PROMISES + NONE)
def test_round30_agents(nlp, text, trigger, name):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    event = found[-1]
    if name == "-":
        assert not names(event, "agent"), event.actors
    else:
        assert name in names(event, "agent"), event.actors
