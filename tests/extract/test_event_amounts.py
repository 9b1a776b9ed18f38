"""Amounts stated with an event: money in any listed currency, head counts for casualties."""

from __future__ import annotations

import pytest

from newsgraph.extract.event_amounts import parse_number, quantities


@pytest.mark.parametrize(
    ("type_", "text", "value", "unit"),
    [
        ("provide_aid", "une aide de 400 millions de dollars", 400e6, "USD"),
        ("provide_aid", "un prêt de 2,5 milliards d'euros", 2.5e9, "EUR"),
        ("sanction", "des avoirs de 300 000 roubles gelés", 300_000.0, "RUB"),
        ("kill", "l'attaque a fait 12 morts", 12.0, "people"),
        ("wound", "1 200 blessés ont été soignés", 1200.0, "people"),
        ("injury", "la collision a fait 14 blessés légers", 14.0, "people"),  # an accident's injured
        ("death", "la tempête a fait 7 morts dans le sud du pays", 7.0, "people"),  # a storm's dead
        ("death", "18 personnes ont péri dans l'éboulement", 18.0, "people"),
    ],
)
def test_quantities(type_, text, value, unit):
    (q,) = quantities(type_, [text])
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("type_", "text"),
    [
        ("attack", "l'attaque a fait 12 morts"),  # head counts only for casualty reports
        ("kill", "en 2022 la guerre a commencé"),  # a year counts nothing
        ("kill", "12 maisons détruites"),  # houses are no casualties
        ("death", "la chanteuse, mère de 3 enfants, est décédée"),  # a death counts the dead only
        ("death", "le comédien est mort à 91 ans"),
    ],
)
def test_no_quantity(type_, text):
    assert quantities(type_, [text]) == ()


def test_parse_number_reads_french_thousands():
    assert parse_number("1 200", None) == 1200 and parse_number("3,5", "millions") == 3.5e6
