"""Where an event happened, round 38 (evt38p): when a sentence names several events, each with its
own place, an event with no place of its own phrase does not take a place said in another event's
phrase ("des files d'attente en Tunisie, des manifestations en Iran") while the sentence names
another; a place of its own phrase reached through another trigger noun ("des manifestations contre
la hausse des prix en Iran") stays its own.
Sentences written for these tests; rows (text, trigger, place substring, or "-" for none)."""

from __future__ import annotations

import pytest
from test_event_places_r14 import events_at

PLACES = [
    # a list of events, each with its own place
    (
        "Des pénuries de farine en Égypte, des émeutes contre la hausse des prix au Pérou : la crise"
        " s'étend.",
        "émeutes",
        "pérou",
    ),
    (
        "Des files d'attente en Tunisie, des manifestations contre la flambée des prix en Iran.",
        "manifestations",
        "iran",
    ),
    # a place of the event's own phrase wins over one of another event's phrase
    (
        "Après l'incendie de Landiras, une manifestation s'est tenue à Bordeaux samedi.",
        "manifestation",
        "bordeaux",
    ),
    # the place of another event's phrase stays the sentence's last resort
    ("Après les inondations en Bretagne, la solidarité s'organise.", "solidarité", "bretagne"),
    # a single event's own place is unchanged
    ("Des manifestations ont eu lieu à Téhéran contre la hausse des prix.", "manifestations", "téhéran"),
    ("À Lille, la grève des cheminots a paralysé le trafic mardi.", "paralysé", "lille"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_r38(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [(e.trigger, e.location) for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    found_places = [(e.trigger, e.location) for e in events_at(nlp, text)]
    assert place in name if place != "-" else name == "-", found_places


FILLER = (
    " Une heure plus tard, tout était fini. Les habitants ont eu très peur. Certains pleuraient encore."
    " Les dégâts sont importants."
)

SCENES = [
    # a scene set five sentences back lasts while the sentences between name no place
    (
        "Des orages ont frappé le Sud mardi. Les départements étaient en alerte. La pluie a duré."
        " À Nîmes, dans le Gard, les orages ont provoqué des inondations." + FILLER + " Trois personnes"
        " ont été secourues.",
        "secourues",
        "nîmes",
    ),
    # ... not when one of them names another place
    (
        "Des orages ont frappé le Sud mardi. Les départements étaient en alerte. La pluie a duré."
        " À Nîmes, dans le Gard, les orages ont provoqué des inondations. Une heure plus tard, tout"
        " était fini. Les habitants de Montpellier ont eu très peur. Certains pleuraient encore."
        " Les dégâts sont importants. Trois personnes ont été secourues.",
        "secourues",
        "-nîmes",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), SCENES)
def test_event_scene_r38(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [(e.trigger, e.location) for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert (place[1:] not in name) if place.startswith("-") else (place in name), name
