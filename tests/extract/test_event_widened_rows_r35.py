"""Trigger rows widened by construction, round 35 (evt35g): projectiles launched as they are fired
("a lancé des roquettes"), a means of transport suspended, a person carried away by water or by an
illness, hostages held ("retenus en otage"); with the near misses each row keeps out. Sentences
written for these tests; each row (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, of_type, xfail

WIDENED = [
    ("Le Hamas a lancé des dizaines de roquettes vers le sud d'Israël.", "shell"),
    ("La Corée du Nord a lancé un missile balistique vers la mer du Japon.", "air_strike"),
    ("Les transports scolaires sont suspendus ce jeudi dans le département.", "traffic_disruption"),
    ("La compagnie a suspendu tous ses vols vers Moscou.", "traffic_disruption"),
    ("Le préfet suspend la circulation des poids lourds.", "traffic_disruption"),
    ("Un pêcheur a été emporté par une vague sur la digue.", "accident"),
    ("Trois randonneurs ont été emportés par une avalanche.", "accident"),
    ("Les rebelles retiennent en otage trois journalistes.", "abduct"),
    xfail(
        "Le chanteur, emporté par un cancer, laisse trois enfants.",
        "death",
        reason="a participle set off by commas: the parse does not hang it on the person",
    ),
]


@pytest.mark.parametrize("sentence,type_", WIDENED)
def test_widened_rows(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


NEAR_MISSES = [
    ("La Corée du Nord a lancé un missile lors d'un essai.", "air_strike"),  # a test, not a strike
    ("Les enfants ont lancé des pétards dans la rue.", "shell"),
    ("Des voitures ont été emportées par les flots.", "accident"),  # no person carried away
    ("Il emporte toujours un parapluie.", "accident"),
    ("Il a suspendu sa séance de dédicace.", "traffic_disruption"),
]


@pytest.mark.parametrize("sentence,type_", NEAR_MISSES)
def test_near_misses(nlp, sentence, type_):
    assert type_ not in [e.type for e in events_of(nlp, sentence)]
