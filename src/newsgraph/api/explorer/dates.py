"""Date values as the graph holds them (``2022``, ``2022-11``, ``2022-W45``, ``2022-11-09``,
``2022-11-09T14:30``) turned into the days they cover, and written for people: a week or a month
is shown as the range of days it stands for."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
_VALUE = re.compile(r"^(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$")


@dataclass(frozen=True, slots=True)
class Span:
    """The days a date value covers, and its precision."""

    start: date
    end: date
    precision: str
    time: str | None = None  # "14:30" for an hour or minute value


def span(value: str | None) -> Span | None:
    """The days ``value`` covers, or None for a value that is not a date.

    >>> span("2022-W45")
    Span(start=datetime.date(2022, 11, 7), end=datetime.date(2022, 11, 13), precision='week', time=None)
    >>> span("2022-11").end
    datetime.date(2022, 11, 30)
    """
    m = _VALUE.match(value or "")
    if not m:
        return None
    year, week, month, day, clock = m.groups()
    y = int(year)
    try:
        if week:
            start = date.fromisocalendar(y, int(week), 1)
            return Span(start, start + timedelta(days=6), "week")
        if not month:
            return Span(date(y, 1, 1), date(y, 12, 31), "year")
        mo = int(month)
        if not day:
            return Span(date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]), "month")
        d = date(y, mo, int(day))
    except ValueError:
        return None
    if clock:
        return Span(d, d, "minute" if not clock.endswith(":00") else "hour", clock)
    return Span(d, d, "day")


def _day(d: date, lang: str, year: bool = True) -> str:
    text = f"{d.day} {MONTHS[lang][d.month - 1]}"
    return f"{text} {d.year}" if year else text


def human(value: str | None, lang: str) -> str:
    """``2022-W45`` -> ``7–13 nov. 2022``; a month -> ``1–30 nov. 2022``; a day -> ``9 nov. 2022``."""
    s = span(value)
    if s is None:
        return value or ""
    if s.precision == "year":
        return str(s.start.year)
    if s.start == s.end:
        return _day(s.start, lang) + (f" {s.time}" if s.time else "")
    if s.start.year != s.end.year:
        return f"{_day(s.start, lang)} – {_day(s.end, lang)}"
    if s.start.month != s.end.month:
        return f"{_day(s.start, lang, year=False)} – {_day(s.end, lang)}"
    return f"{s.start.day}–{_day(s.end, lang)}"


def months_between(first: str | None, last: str | None) -> list[str]:
    """Every month ``YYYY-MM`` from the month of ``first`` to the month of ``last`` (at most 600)."""
    a, b = span(first), span(last)
    if a is None or b is None:
        return []
    out: list[str] = []
    y, m = a.start.year, a.start.month
    while (y, m) <= (b.end.year, b.end.month) and len(out) < 600:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out
