"""Happenings of everyday news the scheme had no type or word for, round 37 (evt37o), one table per
domain of news: health rules and screening (health_measure), wages (wage_change), holidays (holiday),
building works (renovation, removal) and working arrangements (work_arrangement). The words are the
domain's general French vocabulary; each comes with the topic noun's use that names no happening.
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
WAGES = [  # smic, salaire, rémunération as the object or subject of a verb of change
    ("Les salaires des fonctionnaires ont été gelés pendant dix ans.", "wage_change", None, None),
    ("L'entreprise va augmenter les salaires de 3 % cette année.", "wage_change", None, None),
    xfail(
        "Le Smic augmente de 2 % au 1er janvier.",
        "wage_change",
        None,
        None,
        reason="Smic is read as a proper noun: no noun row applies",
    ),
]
NOT_WAGES = [
    ("Les syndicats réclament une augmentation des salaires.", "wage_change"),
    ("Il touche un salaire de 2 000 euros par mois.", "wage_change"),
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
WORKS = [  # chantier, réhabilitation, reconstruire, consolider, démontage, démonter
    ("Le chantier de la nouvelle gare a démarré lundi à Rennes.", "renovation", None, "rennes"),
    ("La réhabilitation du quartier a commencé en mars.", "renovation", None, None),
    ("Les logements du quartier ont été réhabilités l'an dernier.", "renovation", None, None),
    ("Les habitants doivent reconstruire leurs maisons après la tempête.", "renovation", "habitants", None),
    ("La reconstruction de la cathédrale se poursuit.", "renovation", None, None),
    ("Les ouvriers consolident le pont avec des pieux.", "renovation", "ouvriers", None),
    ("Le démontage du campement a commencé à l'aube.", "removal", None, None),
    ("Les policiers ont démonté les tentes des migrants.", "removal", "policiers", None),
]
NOT_WORKS = [
    ("La réforme des retraites est un chantier prioritaire pour le gouvernement.", "renovation"),
    ("Elle a subi une reconstruction mammaire.", "renovation"),
]
WORK_ARRANGEMENTS = [  # télétravail, la semaine de quatre jours
    ("Le gouvernement recommande le télétravail contre les contaminations.", "work_arrangement", None, None),
    ("Cette entreprise est passée à la semaine de quatre jours.", "work_arrangement", None, None),
    xfail(
        "Le télétravail redevient obligatoire trois jours par semaine.",
        "work_arrangement",
        None,
        None,
        reason="obligatoire is the copula's predicate, not a dependent of télétravail",
    ),
    xfail(
        "La mairie expérimente la semaine de quatre jours pour ses agents.",
        "work_arrangement",
        None,
        None,
        reason="no event: the noun row's carrier test misses the object of expérimenter",
    ),
]
NOT_WORK_ARRANGEMENTS = [
    ("Elle est en télétravail depuis deux ans.", "work_arrangement"),
    ("Il travaille quatre jours par semaine.", "work_arrangement"),
    ("La semaine dernière, quatre personnes sont passées au tribunal.", "work_arrangement"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"), HEALTH + WAGES + HOLIDAYS + WORKS + WORK_ARRANGEMENTS
)
def test_event_word(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(
    ("sentence", "type_"), NOT_HEALTH + NOT_WAGES + NOT_HOLIDAYS + NOT_WORKS + NOT_WORK_ARRANGEMENTS
)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
