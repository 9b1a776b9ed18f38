"""A state that strikes, named by its country or its capital ("Moscou a frappé Kiev"): the air
strike is found with the state as agent only when what it hits is a place or a target of war, so
that a country that "frappe fort" in a match, or a crisis that "frappe" a country, gives none.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of, no_event

STRIKES = [
    # (sentence, agent, target, place): lowercase substrings; None: not checked
    ("Moscou a frappé Kiev dans la nuit de lundi à mardi.", "russ", None, None),
    ("La Russie a de nouveau frappé Odessa samedi matin.", "russ", None, "odessa"),
    ("Kiev a frappé des infrastructures russes en Crimée.", "ukrain", None, None),
    ("Israël a frappé des positions du Hezbollah au Liban.", "isra", None, None),
]


@pytest.mark.parametrize(("sentence", "agent", "target", "place"), STRIKES)
def test_a_state_strikes(nlp, sentence, agent, target, place):
    check(nlp, sentence, "air_strike", agent, target, place)


OTHER_SENSES = [
    "La France a frappé fort en début de match contre l'Argentine.",
    "La crise a frappé l'Espagne plus durement que ses voisins.",
    "L'Allemagne a frappé à la porte de la Commission.",
]


@pytest.mark.parametrize("sentence", OTHER_SENSES)
def test_other_senses_of_striking(nlp, sentence):
    no_event(nlp, sentence, "air_strike")


def test_the_state_is_the_agent_not_a_place(nlp):
    found = [e for e in events_of(nlp, "Moscou a frappé Kharkiv mercredi.") if e.type == "air_strike"]
    assert found and any(r.role == "agent" for r in found[0].actors), found
