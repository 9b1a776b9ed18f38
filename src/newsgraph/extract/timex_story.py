"""The story's day of a TV report: the day its lead tells, when that is not the publication day.

A TV news report is put on the web the day after it was broadcast more often than not ("Jeudi,
Intermarché proposait l'essence à un euro", published Friday), and the people it quotes were
filmed on the day the lead tells ("« J'ai attendu aujourd'hui pour faire le plein », confie un
client"). A statement that no expression of its own dates then took that day, not the
publication's. The lead's day counts only when it lies the day before the publication (a
Saturday's story is seldom Monday's report), names its weekday or its number, and the lead names
no day that is the publication's own ("lundi 19 décembre, au lendemain de la finale" is told on
the publication day), nor bounds a stretch with it ("depuis jeudi").
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from newsgraph.extract.timex_calendar import lexicon
from newsgraph.lexicons import alternation
from newsgraph.model import TimeMention, TimeValue

LEAD_CHARS = 400
"""How far the lead of a report reaches: its first two or three sentences."""

STORY_REACH_DAYS = 1
"""How many days before its publication a report's story may have been filmed (two would take a
Saturday's military exercise for the day of Monday's words)."""


@cache
def named_day() -> re.Pattern[str]:
    """A day the lead tells names its weekday or its number ("jeudi", "le 17 novembre"), not a
    feast ("les cadeaux de Noël" is no day of the story)."""
    return re.compile(rf"\d|\b(?:{alternation(lexicon()['weekdays'])})\b", re.I)


DAY_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T|$)")


def story_day(lead_times: list[TimeMention], anchor: TimeValue | None) -> TimeValue | None:
    """The day the lead tells (``lead_times``: the dated mentions of the text's first
    ``LEAD_CHARS`` characters that bound no stretch, in order) when it is one of the
    ``STORY_REACH_DAYS`` days before the publication day ``anchor``, else None.

    >>> t = TimeMention("d", 10, 15, "jeudi", "2022-02-10", "day", "DATE")
    >>> story_day([t], TimeValue("2022-02-11", "day"))
    TimeValue(value='2022-02-10', precision='day')
    """
    if anchor is None or anchor.precision not in ("day", "hour", "minute"):
        return None
    published = date.fromisoformat(anchor.value[:10])
    days = [d for t in lead_times if (d := _day(t)) is not None and named_day().search(t.text)]
    if published in days:
        return None
    told = [d for d in days if 0 < (published - d).days <= STORY_REACH_DAYS]
    return TimeValue(max(told).isoformat(), "day") if told else None


def _day(time: TimeMention) -> date | None:
    m = DAY_VALUE.match(time.value)
    return date.fromisoformat(m.group(1)) if m else None
