"""Calendar values as intervals: a year, a month, an ISO week, a day (or a time within a day) is the
span of days from its first to its last.

The graph stores both ends of every date (``ng:dateStart`` / ``ng:dateEnd``), so that queries keep
what overlaps a range and sort by start, whatever the precision: ``2022-W48`` (28 November to
4 December) overlaps the month ``2022-11`` and sorts before ``2022-11-30``.

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

_VALUE = re.compile(r"^(\d{4})(?:-(?:W(\d{2})|(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?)?))?$")
QUERY_DATE_FORMS = "YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD"


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
        span = interval(str(value)) if not str(value).count("T") else None
        if span is None:
            raise ValueError(f"{name}={value!r} is not a date (want {QUERY_DATE_FORMS}, a real calendar day)")
        if name == "since":
            start = span[0]
        else:
            end = span[1]
    return start, end
