"""Where an event happened, round 28: a country an event is placed in is narrowed to the town or
region of that country the report's opening names, unless the event's own sentence tells it at
the country's scale: it names the country itself ("extradé vers la France", "une grande partie de
la France") or speaks of "le pays" ("des milliers de personnes fuient le pays"). A country named
only as where a town or region lies ("la grande ville de l'ouest de l'Ukraine", "le sud de la
France") or in a title ("la reine d'Angleterre") still lets the report's town stand, and a town or
region the sentence itself names still wins.
Sentences written for these tests; rows (text, trigger, place substring)."""

from __future__ import annotations

import pytest
from test_event_places_r14 import events_at

PLACES = [
    # the sentence names the country: the country, not the opening's town
    (
        "Un homme a été interpellé à Lyon mardi. Il avait été extradé vers la France en 2020.",
        "extradé",
        "france",
    ),
    (
        "À Toulouse, les habitants étouffent. Une grande partie de la France a battu des records de chaleur"
        " mercredi.",
        "records de chaleur",
        "france",
    ),
    (
        "À Lviv, en Ukraine, les gares sont bondées. Chaque jour, des milliers de civils fuient le pays.",
        "fuient",
        "ukraine",
    ),
    # the broader place is right: a strike across the country, the town an example of the opening
    (
        "Les pénuries de carburant se multiplient en France, comme à Lille. La grève dans les raffineries"
        " de France pourrait durer.",
        "grève",
        "france",
    ),
    # the country named as where a town or region lies, or as a title's: the report's town
    (
        "À Toulouse, les habitants étouffent. Le sud de la France a battu des records de chaleur mercredi.",
        "records de chaleur",
        "toulouse",
    ),
    (
        "Des milliers de personnes se pressent à Londres. Le jubilé de la reine d'Angleterre se poursuit.",
        "jubilé",
        "londres",
    ),
    (
        "Des missiles ont frappé Kharkiv dans la nuit. La grande ville de l'est de l'Ukraine a de nouveau"
        " été bombardée.",
        "bombardée",
        "kharkiv",
    ),
    # the sentence's own town or region still wins over its country
    (
        "Les secours sont mobilisés en France. Un incendie a détruit un entrepôt à Roubaix, dans le nord de"
        " la France.",
        "incendie",
        "roubaix",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_r28(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [(e.trigger, e.location) for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name, [(e.trigger, e.location) for e in events_at(nlp, text)]
