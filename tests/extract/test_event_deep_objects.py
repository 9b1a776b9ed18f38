"""Passives and participles whose object is not the parse's object: the passive subject, also
through a modal ("ont dû être évacuées"), and the noun a participle qualifies ("les habitants
évacués", "le Donbass occupé par les séparatistes") are what the verb acts on, so a trigger's
requirement on its object holds for them. Sentences written for these tests. Rows: (sentence,
type, actor, place) as in ``test_event_constructions.check_row``."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

ROWS = [
    ("Près de 3 000 personnes ont dû être évacuées dans la nuit près de Mende.", "rescue", None, "mende"),
    (
        "Les habitants évacués de Landiras ont passé la nuit dans un gymnase.",
        "rescue",
        "habitants",
        "landiras",
    ),
    ("Dans le village évacué de Saint-Jean, les commerces rouvrent.", "rescue", None, None),
    ("Les touristes ont été évacués par les gendarmes à Biarritz.", "rescue", "gendarmes", "biarritz"),
    (
        "La ville de Melitopol, occupée par l'armée russe depuis mars, reste coupée du monde.",
        "capture",
        "armée",
        "melitopol",
    ),
    ("Plusieurs journalistes ont été libérés par la junte à Bamako.", "release", "junte", "bamako"),
    ("Deux otages libérés par le Hamas sont arrivés en Égypte.", "release", "hamas", None),
]

OTHER_SENSES = [
    # the participle's noun is a thing, not people acted on
    ("Les bagages évacués par le tapis roulant arrivent au hall 2.", "rescue"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), ROWS)
def test_deep_object(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
