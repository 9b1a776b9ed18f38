"""Calendar values and the anchor: placing a year-less date or a weekday around publication."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract.timex_calendar import Anchor, number, parse_anchor, place_weekday
from newsgraph.model import TimeValue


@pytest.mark.parametrize(
    ("value", "precision", "day"),
    [
        ("2022-11-12", "day", date(2022, 11, 12)),
        ("2022-11", "month", date(2022, 11, 15)),
        ("2022", "year", date(2022, 7, 1)),
        ("2022-W45", "week", date(2022, 11, 9)),
    ],
)
def test_parse_anchor(value, precision, day):
    assert parse_anchor(TimeValue(value, precision)) == Anchor(day, precision)


@pytest.mark.parametrize(
    ("word", "value"), [("deux", 2), ("vingt-quatre", 24), ("12", 12), ("cent", 100), ("mille", None)]
)
def test_number(word, value):
    assert number(word) == value


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("past", date(2022, 11, 8)),
        ("future", date(2022, 11, 15)),
        ("last", date(2022, 11, 8)),
        ("next", date(2022, 11, 15)),
    ],
)
def test_place_tuesday_around_a_saturday(mode, expected):
    assert place_weekday(1, mode, date(2022, 11, 12)) == expected
