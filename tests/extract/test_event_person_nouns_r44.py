"""A person as the object of a trigger (``@PERSON``, round 44, evt44t): any noun of a person's role,
trade or group the role lexicons hold (``roles.txt`` but its institutions, ``people_nouns.txt``)
would count, not only the actor nouns of ``event_nouns.tsv``: "ont sauvé deux plaisanciers", "a
relâché le photographe", "a abattu un vigile". Measured and reverted: the rows the base misses stay
strict xfail. The negative twins give the same verbs a thing as object, or a word of those lexicons
whose first sense is a thing ("une source", "la bande"). Sentences written for these tests.
Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row``; negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, xfail

REVERTED = (
    "@PERSON widened to roles.txt and people_nouns.txt, measured and reverted (evt44t): check half "
    "type unchanged, 5 events added (3 matching), 1 of 3 fresh changes right"
)

PEOPLE = [
    ("Les secours en mer ont sauvé deux plaisanciers au large de Brest.", "rescue", "plaisanciers", "brest"),
    xfail(
        "Trois alpinistes ont été sauvés par les gendarmes.", "rescue", "alpinistes", None, reason=REVERTED
    ),
    xfail("Les ravisseurs ont relâché le photographe.", "release", "photographe", None, reason=REVERTED),
    ("La junte a libéré deux universitaires arrêtés en mars.", "release", "universitaires", None),
    xfail("Le forcené a abattu un vigile avant de fuir.", "kill", "vigile", None, reason=REVERTED),
    ("Une voiture a percuté un livreur à vélo à Bordeaux.", "accident", "livreur", "bordeaux"),
    xfail("Les douaniers ont interpellé deux convoyeurs.", "arrest", "convoyeurs", None, reason=REVERTED),
]

THINGS = [
    ("Les pompiers ont sauvé la charpente de la cathédrale.", "rescue"),
    ("Le gouvernement veut sauver la saison des stations de ski.", "rescue"),
    ("Le bûcheron a abattu un chêne centenaire.", "kill"),
    ("La justice a libéré la bande des scellés.", "release"),
    ("Le journaliste a protégé sa source.", "arrest"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), PEOPLE)
def test_person_object(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), THINGS)
def test_thing_object(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
