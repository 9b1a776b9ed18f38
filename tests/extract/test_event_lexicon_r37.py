"""Happenings of everyday news the scheme had no type or word for, round 37 (evt37o), one table per
domain of news kept: health rules and screening (health_measure) and holidays (holiday); the wages,
building-works and working-arrangements domains were measured and reverted (no gain on the check half).
The words are the domain's general French vocabulary; each comes with the topic noun's use that names
no happening.
Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


HEALTH = [  # isolement, quarantaine, dépistage, masque
    ("La durée de l'isolement passe de dix à sept jours pour les contacts.", "health_measure", None, None),
    ("L'isolement des cas positifs est réduit à cinq jours.", "health_measure", None, None),
    ("Les voyageurs venant de Chine seront placés en quarantaine.", "health_measure", None, None),
    ("Le port du masque redevient obligatoire dans les transports.", "health_measure", None, None),
    ("Une campagne de dépistage du cancer du sein est lancée à Lille.", "health_measure", None, "lille"),
    ("Le dépistage massif a commencé dans les lycées de la ville.", "health_measure", None, None),
    xfail(
        "Le gouvernement allège les règles d'isolement.",
        "health_measure",
        None,
        None,
        reason="a bare noun qualifying another (règles d'isolement) makes no event",
    ),
    xfail(
        "Le masque n'est plus obligatoire dans les écoles.",
        "health_measure",
        None,
        None,
        reason="obligatoire is the copula's predicate, not a dependent of masque",
    ),
]
NOT_HEALTH = [
    ("Une quarantaine de personnes ont manifesté devant la mairie.", "health_measure"),
    ("Les personnes âgées souffrent de l'isolement pendant l'hiver.", "health_measure"),
    ("Cette usine fabrique des masques pour les hôpitaux.", "health_measure"),
    ("Le centre de dépistage de la place est fermé le dimanche.", "health_measure"),
]
HOLIDAYS = [  # vacances that begin, are left on, spent
    ("Les vacances de la Toussaint commencent samedi pour tous les élèves.", "holiday", None, None),
    ("Des milliers de familles partent en vacances ce week-end.", "holiday", "familles", None),
    ("Ils ont passé leurs vacances dans un camping de Bretagne.", "holiday", None, None),
]
NOT_HOLIDAYS = [
    ("Pendant les vacances, la piscine reste ouverte.", "holiday"),
    ("Elle rêve de vacances au soleil.", "holiday"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), HEALTH + HOLIDAYS)
def test_event_word(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_HEALTH + NOT_HOLIDAYS)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
