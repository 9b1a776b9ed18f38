"""Where an event happened, round 25: a point of the compass a movement heads to is a direction,
not a place ("le feu progresse vers le Sud"), though "le Nord" said as where stays the
department; a town's capitalised article after a preposition belongs to its name when the
gazetteer knows neither ("la station de La Rosière"); a river's or a mountain's name said as the
"de X" of a landform is the landform, not the department of the same name ("les gorges du Tarn",
"la vallée de la Roya"), while a town's landform stays the town ("la baie de Saint-Malo").
Sentences written for these tests; rows (text, trigger, place substring; "-": no place)."""

from __future__ import annotations

import pytest
from test_event_constructions import xfail
from test_event_places_r14 import events_at

PLACES = [
    # a direction is no place
    ("Le feu a progressé vers le Sud dans la nuit.", "feu", "-"),
    ("Poussé par le vent, l'incendie avance vers l'Ouest depuis ce matin.", "incendie", "-"),
    # "le Nord" acted on or said as where is the department
    ("De violents orages ont frappé le Nord mardi.", "orages", "nord"),
    # a town towards which a fire heads stays a place
    ("Le feu avance vers Saumos.", "feu", "saumos"),
    # a capitalised article after a preposition is the town's
    ("Un skieur s'est grièvement blessé lundi dans la station de La Rosière.", "blessé", "la rosière"),
    # the gazetteer's towns keep their own name
    ("Un incendie a touché La Flèche mardi.", "incendie", "la flèche"),
    # a landform named after a river or a mountain
    ("Un incendie s'est déclaré dans les gorges du Tarn.", "incendie", "gorges du tarn"),
    (
        "Un glissement de terrain a coupé la route dans la vallée de la Roya.",
        "glissement de terrain",
        "la roya",
    ),
    ("Un bateau a chaviré dans le golfe du Morbihan.", "chaviré", "golfe du morbihan"),
    # a town's landform stays the town
    ("Un voilier a chaviré dans la baie de Saint-Malo.", "chaviré", "saint-malo"),
    # a town said after "à" that the parser reads as the verb's argument
    xfail(
        "Un skieur a été blessé à La Clusaz lundi.",
        "blessé",
        "la clusaz",
        reason="'à La Clusaz' parsed as an argument (obl:arg) of 'blessé', not said as where",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_r25(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [e.trigger for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name if place != "-" else name == "-"
