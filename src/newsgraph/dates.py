"""Dates as filters take: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, ASCII digits, a real calendar
day. One check for every door a date comes in by (API parameters, named-query parameters, the
command line): ``2022-13-45``, ``2022-02-30`` and full-width ``２０２２`` are refused."""

from __future__ import annotations

import re
from datetime import date

DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z", re.ASCII)
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
"""The same shape for OpenAPI (the calendar check is done by :func:`checked`)."""
DATE_PARAMS = ("since", "until")
"""The named-query parameters that are dates."""


def checked(value: str) -> str:
    """``value`` if it is a date as above; ValueError naming the problem otherwise.

    >>> checked("2022-02-28")
    '2022-02-28'
    >>> checked("2022-02-30")
    Traceback (most recent call last):
    ...
    ValueError: not a calendar date: '2022-02-30' (day out of range for month)
    """
    m = DATE.match(value)
    if m is None:
        shown = value[:40].encode("ascii", "backslashreplace").decode("ascii")
        raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD with ASCII digits): {shown!r}")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        date(year, month, day)
    except ValueError as e:
        raise ValueError(f"not a calendar date: {value!r} ({e})") from None
    return value
