"""Event rows of the actor network a reader rejects, by construction (issue 17), second part of
round 19: a nominal event that is the subject of a verb in the conditional ("aurait pu", "pourrait":
a possibility; without a modal the journalistic conditional of an unconfirmed fact); a country
after "au", "aux", "en" in an act of sending (where someone is sent, not the state that sends);
"menacé … dans les sondages" (a rival ahead in the polls, no threat). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names
from test_network_rows_r19 import has_row, network_rows

MODALITY = [
    ("Une attaque contre ce pays aurait pu déclencher une guerre mondiale.", "attaque", "hypothetical"),
    ("Une grève pourrait paralyser le port de Marseille la semaine prochaine.", "grève", "hypothetical"),
    ("Une frappe aurait fait dix morts dans la nuit, selon l'armée.", "frappe", "reported"),
    ("Une frappe a fait dix morts dans la nuit.", "frappe", "asserted"),
    ("L'attaque a provoqué la colère de Washington.", "attaque", "asserted"),
]


@pytest.mark.parametrize(("text", "trigger", "modality"), MODALITY)
def test_conditional_subject_modality(nlp, text, trigger, modality):
    found = [e for e in events_of(nlp, text) if trigger in e.trigger.lower()]
    assert found, [(e.trigger, e.type) for e in events_of(nlp, text)]
    assert found[0].modality == modality, [(e.trigger, e.modality) for e in found]


SENT = [
    # (text, trigger part, a name that must not be the agent, a name that must be, or None)
    ("Le militant a été extradé aux États-Unis mardi.", "extrad", "états-unis", None),
    ("L'opposant a été expulsé en Algérie la semaine dernière.", "expuls", "algérie", None),
    ("L'imam a été expulsé vers le Maroc.", "expuls", "maroc", None),
    # not a sending: the country where the arrest happens is who arrests
    ("Deux journalistes ont été arrêtés en Iran.", "arrêt", "", "iran"),
]


@pytest.mark.parametrize(("text", "trigger", "not_agent", "agent"), SENT)
def test_destination_of_a_sending_is_not_its_agent(nlp, text, trigger, not_agent, agent):
    found = [e for e in events_of(nlp, text) if trigger in e.trigger.lower()]
    assert found, [(e.trigger, e.type) for e in events_of(nlp, text)]
    agents = names(found[0], "agent")
    if not_agent:
        assert not_agent not in agents, agents
    if agent:
        assert agent in agents, agents


def test_no_threat_in_the_polls(nlp):
    rows = network_rows(nlp, "En 1995, Édouard Balladur est menacé par Jacques Chirac dans les sondages.")
    assert not any(r == "threaten" for _, r, _ in rows), rows


def test_a_threat_stays(nlp):
    rows = network_rows(nlp, "Joe Biden a menacé Vladimir Poutine de sanctions sévères.")
    assert has_row(rows, "biden", "threaten", "poutine"), rows


def test_a_possible_attack_makes_no_row(nlp):
    rows = network_rows(nlp, "Une attaque de la Russie contre la Finlande aurait pu provoquer une guerre.")
    assert not any(r.endswith("attack") or r == "attack" for _, r, _ in rows), rows
