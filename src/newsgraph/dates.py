"""Calendar values: how a date filter is checked, and the interval every date value stands for.

A filter (``since``, ``until``, from the API, a named query's parameters or the command line) is
``YYYY``, ``YYYY-MM``, ``YYYY-Www`` or ``YYYY-MM-DD`` in ASCII digits naming a real calendar day,
month or week: ``2022-13-45``, ``2022-02-30`` and full-width ``２０２２`` are refused, by one check at
every door.

A year, a month, an ISO week, a day (or a time within a day) is the span of days from its first to
its last. The graph stores both ends of every date (``ng:dateStart`` / ``ng:dateEnd``), so that
queries keep what overlaps a range and sort by start, whatever the precision: ``2022-W48``
(28 November to 4 December) overlaps the month ``2022-11`` and sorts before ``2022-11-30``.

>>> interval("2022-W48")
(datetime.date(2022, 11, 28), datetime.date(2022, 12, 4))
>>> interval("2022-11")
(datetime.date(2022, 11, 1), datetime.date(2022, 11, 30))
>>> interval("2022-11-09T14:30")
(datetime.date(2022, 11, 9), datetime.date(2022, 11, 9))
"""

from __future__ import annotations

import calendar
import re
from datetime import date

QUERY_DATE_FORMS = "YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD"
DATE = re.compile(r"([0-9]{4})(?:-(?:W([0-9]{2})|([0-9]{2})(?:-([0-9]{2}))?))?\Z", re.ASCII)
"""A date as a filter takes it."""
_VALUE = re.compile(
    r"([0-9]{4})(?:-(?:W([0-9]{2})|([0-9]{2})(?:-([0-9]{2})(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?)?))?\Z",
    re.ASCII,
)
"""A date value as the graph holds it (a day may carry a time)."""
DATE_SCHEMA = {
    "anyOf": [
        {"type": "string", "format": "date"},
        {"type": "string", "pattern": r"^[0-9]{4}$"},
        {"type": "string", "pattern": r"^[0-9]{4}-(0[1-9]|1[0-2])$"},
        {"type": "string", "pattern": r"^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$"},
    ],
    "description": f"{QUERY_DATE_FORMS} (a real calendar day, month or ISO week)",
}
"""The same for OpenAPI (a full date is a JSON Schema ``date``, which is a calendar day)."""
DATE_PARAMS = ("since", "until")
"""The named-query parameters that are dates."""


def checked(value: str) -> str:
    """``value`` if it is a date as a filter takes it; ValueError naming the problem otherwise.

    >>> checked("2022-02-28")
    '2022-02-28'
    >>> checked("2022-02-30")
    Traceback (most recent call last):
    ...
    ValueError: not a calendar date: '2022-02-30' (day is out of range for month)
    """
    m = DATE.match(value)
    if m is None:
        shown = value[:40].encode("ascii", "backslashreplace").decode("ascii")
        raise ValueError(f"not a date (want {QUERY_DATE_FORMS} with ASCII digits): {shown!r}")
    year, week, month, day = int(m[1]), m[2], int(m[3] or 1), m[4]
    if week is not None:
        try:
            date.fromisocalendar(year, int(week), 1)
        except ValueError as e:
            raise ValueError(f"not a calendar week: {value!r} ({e})") from None
        return value
    if not 1 <= month <= 12:
        raise ValueError(f"not a calendar date: {value!r} (month must be in 1..12)")
    if day is not None:
        try:
            date(year, month, int(day))
        except ValueError as e:
            raise ValueError(f"not a calendar date: {value!r} ({e})") from None
    return value


def interval(value: str) -> tuple[date, date] | None:
    """The first and last day of a calendar value (year, month, ISO week, day, day and time), or
    None when the text is no such value or names no real day (``2022-02-30``, ``2022-W60``)."""
    m = _VALUE.match(value.strip())
    if m is None:
        return None
    year, week, month, day = m[1], m[2], m[3], m[4]
    y = int(year)
    try:
        if week is not None:
            return date.fromisocalendar(y, int(week), 1), date.fromisocalendar(y, int(week), 7)
        if month is None:
            return date(y, 1, 1), date(y, 12, 31)
        mo = int(month)
        if day is None:
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        d = date(y, mo, int(day))
        return d, d
    except ValueError:
        return None


def query_bounds(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """The first day ``since`` covers and the last day ``until`` covers (a query keeps what
    overlaps that range). Raises ValueError naming the value that is not a date."""
    start = end = None
    for name, value in (("since", since), ("until", until)):
        if value is None or value == "":
            continue
        try:
            span = interval(checked(str(value)))
        except ValueError as e:
            raise ValueError(f"{name}={str(value)[:40]!r} is not a date ({e})") from None
        if span is None:  # pragma: no cover - checked() refuses what interval() cannot read
            raise ValueError(f"{name}={value!r} is not a date (want {QUERY_DATE_FORMS})")
        if name == "since":
            start = span[0]
        else:
            end = span[1]
    return start, end
