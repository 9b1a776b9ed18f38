"""Scheduled public events (festivals, fairs, shows, sports competitions): a named one ("le
Festival d'Avignon", "la Coupe du monde") or one that opens, is held or comes back; and prices
raised by someone ("les opérateurs augmentent leurs tarifs"), the causative of "les prix
augmentent". Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row``."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

ROWS = [
    ("Le Festival d'Avignon s'ouvre samedi avec une création très attendue.", "cultural_event", None, None),
    ("Le salon de l'agriculture a ouvert ses portes à Paris.", "cultural_event", None, "paris"),
    ("Plus de 200 exposants sont attendus au Salon du livre de Genève.", "cultural_event", None, None),
    ("La Coupe du monde de rugby débute vendredi au Stade de France.", "sport_competition", None, None),
    (
        "Le championnat d'Europe d'athlétisme se tient cette semaine à Munich.",
        "sport_competition",
        None,
        "munich",
    ),
    ("Le Tour de France arrive mardi dans les Alpes.", "sport_competition", None, None),
    ("Les opérateurs vont augmenter leurs tarifs en janvier.", "price_change", "opérateurs", None),
    ("La boulangerie a dû baisser ses prix à Lille.", "price_change", None, "lille"),
]

OTHER_SENSES = [
    ("Il a installé un salon de jardin sur la terrasse.", "cultural_event"),
    ("Nous avons fait le tour du quartier avant le dîner.", "sport_competition"),
    ("Les touristes visitent la Tour Eiffel malgré la pluie.", "sport_competition"),
    ("Elle boit une coupe de champagne.", "sport_competition"),
    ("Il habite à Tours depuis dix ans.", "sport_competition"),
    ("Les mascottes des Jeux olympiques ont été dévoilées.", "sport_competition"),
    ("Il faut augmenter les chances de réussite des élèves.", "price_change"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), ROWS)
def test_public_event(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
