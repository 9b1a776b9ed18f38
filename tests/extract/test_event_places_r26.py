"""Where an event happened, round 26: the "Sceaux" of "le garde des Sceaux" (the minister of
justice's title) is no town the event happened in, while "à Sceaux" still is; a country in brackets
after a capital that acts as its state ("Moscou (Russie) a bombardé") places the state, not the
act, while a town's bracket still says where it lies ("Kiev (Ukraine) a été bombardée").
Sentences written for these tests; rows (text, trigger, place substring; "-": no place)."""

from __future__ import annotations

import pytest
from test_event_constructions import xfail
from test_event_places_r14 import events_at

PLACES = [
    # a title's place word
    ("Deux enquêtes ordonnées par le garde des Sceaux sont en cours.", "enquêtes", "-"),
    ("Le garde des Sceaux a inauguré un tribunal à Lille.", "inauguré", "lille"),
    ("Une manifestation a eu lieu à Sceaux samedi.", "manifestation", "sceaux"),
    # the bracket of a capital acting as its state
    ("Samedi, Moscou (Russie) a bombardé les centrales électriques.", "bombardé", "-"),
    ("Kiev (Ukraine) a été bombardée.", "bombardée", "kiev"),
    ("Un habitant de Lyon (Rhône) a été agressé samedi soir.", "agressé", "lyon"),
    # the parser splits the capital and its bracket from the verb: no subject, the bracket is kept
    xfail(
        "Moscou (Russie) frappe les centrales électriques depuis octobre.",
        "frappe",
        "-",
        reason="'Moscou (Russie)' parsed as a sentence of its own, no subject acts as the state",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_r26(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [e.trigger for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name if place != "-" else name == "-"
