"""Amounts stated with an event: money in any listed currency, head counts for casualties."""

from __future__ import annotations

import pytest
from test_event_constructions import of_type

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


@pytest.mark.parametrize(
    ("type_", "text", "value"),
    [
        ("kill", "l'attentat a fait quatre morts", 4.0),
        ("wound", "vingt-deux personnes ont été blessées", 22.0),
        ("kill", "soixante-dix-sept soldats tués", 77.0),
        ("kill", "quatre-vingt-dix civils tués", 90.0),
        ("death", "deux cents personnes ont péri", 200.0),
        ("kill", "trois mille cinq cents morts", 3500.0),
        ("kill", "vingt et un morts", 21.0),
        ("injury", "une dizaine de blessés légers", 10.0),  # approximate: its round number
        ("injury", "deux centaines de blessés", 200.0),
        ("kill", "un mort et deux blessés", 1.0),  # "un" counts one with a casualty noun
        ("kill", "l'explosion a fait 3 morts et sept blessés", 3.0),  # the first count, digits or words
    ],
)
def test_head_counts_in_words(type_, text, value):
    (q,) = quantities(type_, [text])
    assert (q.value, q.unit) == (value, "people")


@pytest.mark.parametrize(
    ("type_", "text"),
    [
        ("kill", "des dizaines de morts"),  # no number stated
        ("kill", "plusieurs centaines de blessés"),
        ("kill", "un homme a été tué"),  # "un homme": an article, not a count
        ("death", "la chanteuse, mère de trois enfants, est décédée"),
        ("kill", "la dix-huitième victime"),  # an ordinal counts nothing
        ("kill", "les Vingt-Sept ont condamné l'attaque"),
    ],
)
def test_no_head_count_in_words(type_, text):
    assert quantities(type_, [text]) == ()


def test_dead_subjects_count_with_any_people_noun():
    """A death's subject that starts with a count is the count of the dead; a count further in it
    ("mère de trois enfants") is not."""
    assert quantities("death", [""], ["Trois randonneurs"])[0].value == 3.0
    assert quantities("death", [""], ["La chanteuse, mère de trois enfants"]) == ()


STRETCHES = [
    # two tolls in one sentence: each verb counts the people of its own stretch, not the first count
    ("« Sept personnes ont été tuées, 11 autres ont été blessées », a dit le procureur.", "wound", 11.0),
    ("« Sept personnes ont été tuées, 11 autres ont été blessées », a dit le procureur.", "kill", 7.0),
    ("Deux soldats ont été tués ; trois autres ont été blessés par l'explosion d'une mine.", "wound", 3.0),
    ("Il a tué quatre passants et en a blessé 12 autres.", "wound", 12.0),  # the verb's own words
]


@pytest.mark.parametrize(("text", "type_", "value"), STRETCHES)
def test_each_toll_counts_its_own_stretch(nlp, text, type_, value):
    assert [q.value for q in of_type(nlp, text, type_)[0].quantities] == [value]
