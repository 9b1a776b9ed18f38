"""Where an event happened, round 38 (evt38p): when a sentence names several events, each with its
own place ("des files d'attente en Tunisie, des manifestations en Iran"), and a scene set more than
four sentences back. Both rules were measured and reverted (a place in another event's phrase as the
sentence's last resort: null on both halves, 2 of 5 fresh changes right; a scene kept up to eight
sentences while none between names a place: 12 of 32 fresh changes right): the rows they fixed are
strict xfail rows, the rows that hold either way stay.
Sentences written for these tests; rows (text, trigger, place substring, or "-" for none)."""

from __future__ import annotations

import pytest
from test_event_places_r14 import events_at, triggered

LIST = "a place in another event's phrase of the sentence is still lent (evt38p's rule reverted)"

PLACES = [
    # a list of events, each with its own place
    pytest.param(
        "Des pénuries de farine en Égypte, des émeutes contre la hausse des prix au Pérou : la crise"
        " s'étend.",
        "émeutes",
        "pérou",
        marks=pytest.mark.xfail(strict=True, reason=LIST),
    ),
    pytest.param(
        "Des files d'attente en Tunisie, des manifestations contre la flambée des prix en Iran.",
        "manifestations",
        "iran",
        marks=pytest.mark.xfail(strict=True, reason=LIST),
    ),
    # a place of the event's own phrase wins over one of another event's phrase
    pytest.param(
        "Après l'incendie de Landiras, une manifestation s'est tenue à Bordeaux samedi.",
        "manifestation",
        "bordeaux",
        marks=pytest.mark.xfail(strict=True, reason=LIST),
    ),
    # the place of another event's phrase stays the sentence's last resort
    ("Après les inondations en Bretagne, la solidarité s'organise.", "solidarité", "bretagne"),
    # a single event's own place is unchanged
    ("Des manifestations ont eu lieu à Téhéran contre la hausse des prix.", "manifestations", "téhéran"),
    ("À Lille, la grève des cheminots a paralysé le trafic mardi.", "paralysé", "lille"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_r38(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [(e.trigger, e.location) for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    found_places = [(e.trigger, e.location) for e in events_at(nlp, text)]
    assert place in name if place != "-" else name == "-", found_places


FILLER = (
    " Une heure plus tard, tout était fini. Les habitants ont eu très peur. Certains pleuraient encore."
    " Les dégâts sont importants."
)

SCENES = [
    # a scene set five sentences back lasts while the sentences between name no place (evt38p's
    # rule, reverted: most of what it changed on fresh reports was a national statement or a
    # report's last town lent to a general one)
    pytest.param(
        "Des orages ont frappé le Sud mardi. Les départements étaient en alerte. La pluie a duré."
        " À Nîmes, dans le Gard, les orages ont provoqué des inondations." + FILLER + " Trois personnes"
        " ont été secourues.",
        "secourues",
        "nîmes",
        marks=pytest.mark.xfail(strict=True, reason="a scene is looked for four sentences back only"),
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
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [(e.trigger, e.location) for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert (place[1:] not in name) if place.startswith("-") else (place in name), name
