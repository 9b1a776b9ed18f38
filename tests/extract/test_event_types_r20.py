"""Event types of fresh news told by a construction of their own, round 20: reports and studies made
public, rulings appealed, falling snow, gatherings before a building, investigations under way,
tributes pouring in, bodies exhumed, facilities that open; with the other senses of their words as
negatives ("par rapport à", "avoir recours à", "faire appel à", "une enquête d'opinion", a shop's
hours). Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event

REPORTS = [
    ("L'Inspection générale publie un rapport accablant sur les prisons.", "report_release", None, None),
    ("Dans un rapport rendu public jeudi, Amnesty dénonce des exécutions.", "report_release", None, None),
    ("Selon un rapport du Sénat, les hôpitaux manquent de lits.", "report_release", None, None),
    ("Une étude britannique révèle que les abeilles déclinent.", "report_release", None, None),
    ("Selon une étude de l'Insee, la natalité recule.", "report_release", None, None),
]
NOT_REPORTS = [
    ("Les loyers ont baissé de 3 % par rapport à 2021.", "report_release"),
    ("Le rapport de force a changé au conseil municipal.", "report_release"),
    ("Ce dossier n'a aucun rapport avec l'affaire.", "report_release"),
    ("Il a terminé ses études de droit à Rennes.", "report_release"),
    ("La mesure est encore à l'étude au gouvernement.", "report_release"),
]

APPEALS = [
    ("Le maire a fait appel de sa condamnation.", "legal_appeal", "maire", None),
    ("Le procureur a fait appel du jugement rendu à Nîmes.", "legal_appeal", "procureur", None),
    ("La défense a interjeté appel de la décision.", "legal_appeal", "défense", None),
    ("Le syndicat a déposé un recours devant le tribunal administratif.", "legal_appeal", "syndicat", None),
    ("L'ancien ministre s'est pourvu en cassation.", "legal_appeal", "ministre", None),
]
NOT_APPEALS = [
    ("La commune a fait appel à des bénévoles pour nettoyer la plage.", "legal_appeal"),
    ("Les éleveurs ont recours à des fourrages importés.", "legal_appeal"),
]

HAPPENINGS = [
    ("La neige est tombée en abondance sur le Jura.", "snow_and_cold", None, None),
    ("Il est tombé 30 cm de neige dans le Cantal.", "snow_and_cold", None, None),
    ("Des dizaines d'habitants se sont rassemblés devant la mairie.", "demonstrate", "habitants", None),
    ("L'enquête est toujours en cours à Brest.", "investigate", None, None),
    ("Les hommages se multiplient depuis la mort de l'acteur.", "ceremony", None, None),
    ("Les gendarmes ont exhumé le corps de la victime.", "investigate", "gendarmes", None),
    ("Une nouvelle maternité a ouvert à Dinan.", "launch", None, "dinan"),
    ("Le musée des Beaux-Arts a ouvert ses portes samedi.", "launch", None, None),
]
NOT_HAPPENINGS = [
    ("Les skieurs attendent la neige avec impatience.", "snow_and_cold"),
    ("Il a rassemblé ses affaires avant de partir.", "demonstrate"),
    ("Une enquête d'opinion est en cours.", "investigate"),
    ("La boulangerie est ouverte jusqu'à 20 h.", "launch"),
    ("Le magasin ouvre le lundi après-midi.", "launch"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), REPORTS + APPEALS + HAPPENINGS)
def test_types_r20(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_REPORTS + NOT_APPEALS + NOT_HAPPENINGS)
def test_other_senses_r20(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


TRIGGER_TEXTS = [
    ("Des milliers d'abonnés sont privés de gaz depuis lundi.", "outage", "privés de gaz"),
    ("Le village reste privé d'eau courante.", "outage", "privé d'eau"),
    ("La baisse des loyers surprend les agences.", "price_change", "baisse des loyers"),
]


@pytest.mark.parametrize(("sentence", "type_", "trigger"), TRIGGER_TEXTS)
def test_trigger_names_what_is_lacking(nlp, sentence, type_, trigger):
    """A generic head, noun or verb of deprivation, is named with its "de X" (``qualified_end``)."""
    found = [e.trigger for e in events_of(nlp, sentence) if e.type == type_]
    assert found == [trigger]
