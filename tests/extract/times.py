"""Anchors and a one-expression helper shared by the timex tests."""

from __future__ import annotations

from newsgraph.extract.timex import find_times
from newsgraph.model import TimeValue

SAT = TimeValue("2022-11-12", "day")  # a Saturday
THU = TimeValue("2022-11-10", "day")
MONTH = TimeValue("2023-08", "month")
YEAR = TimeValue("2023", "year")


def one(sentence: str, anchor: TimeValue | None, nlp=None) -> tuple[str, str, str]:
    found = find_times(sentence, anchor, "d", nlp(sentence) if nlp else None)
    assert len(found) == 1, found
    t = found[0]
    assert sentence[t.start : t.end] == t.text
    return t.text, t.value, t.precision
