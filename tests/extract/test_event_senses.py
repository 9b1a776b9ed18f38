"""Disaster nouns in the constructions reports use for them (a fire as the subject of a verb or
the object of fire-fighting verbs, heat qualified as strong or stifling) and the other senses of
war and protest words in reports of fires, volunteers and animals. Sentences written for these
tests. Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row``."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, xfail

ROWS = [
    # a fire: subject of a verb, object of fire-fighting verbs, head of "départ de", "reprise de"
    xfail(
        "Le feu progresse toujours vers le village de Lacanau.",
        "fire",
        None,
        "lacanau",
        reason="the parser makes 'feu' the root and 'progresse' a relative clause of it",
    ),
    ("Le feu a parcouru 300 hectares près de Lacanau.", "fire", None, "lacanau"),
    ("Le feu n'était toujours pas fixé mardi soir dans la forêt de Chiberta.", "fire", None, "chiberta"),
    ("Deux cents pompiers tentent d'éteindre le feu près de Draguignan.", "fire", None, "draguignan"),
    ("Trois départs de feu ont été signalés dans le Var.", "fire", None, "var"),
    # heat
    (
        "De fortes chaleurs sont attendues dans le Languedoc ce week-end.",
        "heat_wave",
        None,
        "languedoc",
    ),
    ("À Toulouse, la chaleur est étouffante depuis trois jours.", "heat_wave", None, "toulouse"),
    ("Des températures très élevées sont attendues dans la vallée du Rhône.", "heat_wave", None, None),
    # "s'attaquer à" a place or an army is an attack
    ("Les forces russes s'attaquent désormais à Odessa.", "attack", "forces", "odessa"),
    # "se mobiliser" against something, or by unions, is a protest
    ("Les cheminots se mobilisent contre la réforme à Marseille.", "protest", "cheminots", "marseille"),
    ("Les syndicats se sont mobilisés jeudi à Rennes.", "protest", "syndicats", "rennes"),
]

OTHER_SENSES = [
    ("Les bénévoles s'attaquent aux broussailles avant l'été.", "attack"),
    ("Le randonneur a été attaqué par un ours dans les Pyrénées.", "attack"),
    ("Les habitants se sont mobilisés pour aider les sinistrés.", "protest"),
    ("Le commandant a passé sa tenue de combat.", "fight"),
    ("Après une nuit de combat contre les flammes, les pompiers se reposent.", "fight"),
    ("En plein coup de feu, le cuisinier ne lève pas la tête.", "fire"),
    ("Le policier a sorti son arme à feu.", "fire"),
    ("Les soldats du feu ont été applaudis à Bordeaux.", "fire"),
    ("Il faut conserver le vin à basse température.", "natural_disaster"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), ROWS)
def test_sense(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
