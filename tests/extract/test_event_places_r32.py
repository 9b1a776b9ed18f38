"""Where an event happened, round 32: a town the NER takes for a person is a place through the whole
report once it is said with the noun of its class ("La ville de Mykolaïev ..."); "outre-Manche",
"outre-Rhin", "outre-Atlantique" name the country across, not the sea or the river; a place said
where a setting of the main verb lies ("s'est introduit dans une villa à Biarritz") sets the scene
of the sentences after it, as one hanging on the verb does.
Sentences written for these tests; rows (text, trigger, place substring, or "-" for none)."""

from __future__ import annotations

import pytest
from test_event_places_r14 import events_at, triggered

OPENING = "Les chiffres sont connus. Le débat agite la presse. "

PLACES = [
    # a town the NER tags as a person, said once with "la ville de": the report's place, not the
    # landmark the lead names beside it
    (
        "La ville de Mykolaïev est le dernier verrou avant Kherson. Les soldats sont fatigués. Les"
        " habitants se cachent dans les caves. Des roquettes se sont abattues sur le centre dans la nuit.",
        "abattues",
        "mykolaïev",
    ),
    (
        "La ville d'Izioum, dans l'est, a longtemps tenu face à Kharkiv. Les soldats sont fatigués. Les"
        " habitants se cachent. Nous arrivons à Izioum en fin de journée. Des roquettes se sont abattues"
        " sur la ville dans la nuit.",
        "abattues",
        "izioum",
    ),
    # "outre-X": the country across
    (
        "Un scandale fait grand bruit outre-Manche. Le Premier ministre a été arrêté mardi.",
        "arrêté",
        "royaume-uni",
    ),
    (
        "La décision inquiète outre-Rhin. Des milliers de salariés ont manifesté samedi.",
        "manifesté",
        "allemagne",
    ),
    # the place of a setting of the main verb sets the scene of the next sentences
    (
        "À Bayonne, la colère monte. " + OPENING + "Un homme s'est introduit dans une villa à Biarritz"
        " dans la nuit. Il a agressé le propriétaire.",
        "agressé",
        "biarritz",
    ),
    (
        "À Bayonne, la colère monte. " + OPENING + "Un homme a volé un sac dans une villa à Biarritz."
        " Les policiers ont interpellé le suspect.",
        "interpellé",
        "biarritz",
    ),
    # a landmark inside a town that sets the scene stands for the town in the gold's eyes: still the
    # landmark's name (the square, not its city), a known limit
    pytest.param(
        "À Paris, la tension monte. " + OPENING + "La violence a éclaté aux abords de la place de la"
        " Nation. Des voitures ont été incendiées.",
        "incendiées",
        "paris",
        marks=pytest.mark.xfail(strict=True, reason="a square's name is taken for a town's"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_r32(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [(e.trigger, e.location) for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name, [(e.trigger, e.location) for e in events_at(nlp, text)]


DATES = [
    # an infinitive of purpose is dated by the verb it serves, through a modal verb too
    (
        "En tout, 80 pompiers ont été mobilisés, vendredi 8 mars, pour sauver les résidents d'un immeuble.",
        "sauver",
        "2024-03-08",
    ),
    (
        "Dans la soirée du jeudi 7 mars, il a fallu quitter les campings en prévision des orages, pour"
        " trouver refuge dans des gymnases.",
        "trouver refuge",
        "2024-03-07",
    ),
    # "pour avoir agressé": a cause, done before the verb's time, not dated by it
    (
        "En 2021, il était poursuivi pour avoir agressé plusieurs personnes dans un parc.",
        "agressé",
        "2024-03-14",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "day"), DATES)
def test_event_date_r32(nlp, text: str, trigger: str, day: str) -> None:
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [(e.trigger, e.date) for e in events_at(nlp, text)]
    assert found[0].date is not None and found[0].date.value.startswith(day), [
        (e.trigger, e.date) for e in events_at(nlp, text)
    ]
