"""Dates as filters take: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, ASCII digits, a real calendar
day. One check for every door a date comes in by (API parameters, named-query parameters, the
command line): ``2022-13-45``, ``2022-02-30`` and full-width ``２０２２`` are refused."""

from __future__ import annotations

import re
from datetime import date

DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z", re.ASCII)
DATE_SCHEMA = {
    "anyOf": [
        {"type": "string", "format": "date"},
        {"type": "string", "pattern": r"^[0-9]{4}$"},
        {"type": "string", "pattern": r"^[0-9]{4}-(0[1-9]|1[0-2])$"},
    ],
    "description": "YYYY, YYYY-MM or YYYY-MM-DD (a calendar day)",
}
"""The same for OpenAPI (a full date is a JSON Schema ``date``, which is a calendar day)."""
DATE_PARAMS = ("since", "until")
"""The named-query parameters that are dates."""


def checked(value: str) -> str:
    """``value`` if it is a date as above; ValueError naming the problem otherwise.

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
        raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD with ASCII digits): {shown!r}")
    year, month = int(m[1]), int(m[2] or 1)
    if not 1 <= month <= 12:
        raise ValueError(f"not a calendar date: {value!r} (month must be in 1..12)")
    if m[3] is not None:
        try:
            date(year, month, int(m[3]))
        except ValueError as e:
            raise ValueError(f"not a calendar date: {value!r} ({e})") from None
    return value
