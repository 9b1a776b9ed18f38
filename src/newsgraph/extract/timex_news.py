"""Rows of the time-rule table for two constructions of news French that name a day or a month
through a word of the calendar of schools and of bounds:

- "la rentrée" after a preposition ("à la rentrée", "dès la rentrée prochaine", "rentrée 2026"):
  the start of the school year, September (TimeML DATE ``2026-09``), the last or the next one by
  the verb's tense (one ahead only when told from May to September);
- a lone day of the month after a word of bounds ("jusqu'au 25.", "à partir du 3,", "depuis le
  12."): that day of the month being told, this month or the next (or the last) as the words look
  ahead (or back). A lone "le 5" elsewhere stays out: it is a rank, a score, a bus line as often;
- "la nouvelle année", "cette nouvelle année": the year just begun or about to begin, told from
  November to March (TimeML DATE ``2027`` in December 2026 and in January 2027).

Each row is (name, pattern, trigger, resolver) as ``timex_rules`` reads it (templates filled from
``ontology/lexicons/time_fr.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from newsgraph.extract.timex_calendar import (
    Cal,
    Resolved,
    add_months,
    coarsen,
    day_number,
    modifier,
    place_month,
)
from newsgraph.extract.timex_resolvers import Ctx

SCHOOL_YEAR_MONTH = 9
"""The month "la rentrée" names: the start of the French school year."""

SUMMER_TERM = frozenset(range(5, 10))
"""The months (May to September) in which a "rentrée" ahead is the September one: later in the
school year it is as often the return from a holiday ("pour la rentrée" in October, February)."""
TIME_PREPOSITION = re.compile(r"(?<![\w'])(?:à|dès|depuis|d'ici|avant|après|pour|jusqu'à)\s+$", re.I)
"""What makes "la rentrée" a time: a preposition of time before it ("à la rentrée")."""

BOUND_BEFORE = (
    r"(?:(?<=jusqu'au\s)|(?<=partir\sdu\s)|(?<=compter\sdu\s)|(?<=depuis\sle\s)|(?<=dès\sle\s)"
    r"|(?<=avant\sle\s)|(?<=après\sle\s)|(?<=ici\sle\s)|(?<=ici\sau\s))"
)
"""The words of bounds a lone day number follows (fixed-width look-behinds: the words stay out of
the extent, so ``timex_dating`` still reads them as a bound and dates no statement with it)."""


def r_school_start(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``à la rentrée``, ``dès la rentrée prochaine``, ``rentrée 2026``: that September."""
    if m["y"]:
        return Cal(date(int(m["y"]), SCHOOL_YEAR_MONTH, 1), "month")
    if not (m["mod"] or TIME_PREPOSITION.search(ctx.text, max(0, m.start() - 12), m.start())):
        return None  # "la rentrée s'est bien passée": the event, not its time
    direction = ctx.direction(m.start(), m.end())
    if not m["mod"] and direction != "past" and ctx.anchor.day.month not in SUMMER_TERM:
        return None  # "pour la rentrée" in October: as likely the end of the Toussaint holidays
    found = place_month(SCHOOL_YEAR_MONTH, modifier(m["mod"]), ctx.anchor, direction)
    return coarsen(Cal(found, "month"), "month", ctx.anchor)


def r_bound_day(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``jusqu'au 25``, ``depuis le 3``: the day of this month, or of the next one when the words
    look ahead and the day is past (or of the last one when they look back and it is to come)."""
    day = day_number(m["d"])
    if not 1 <= day <= 31 or ctx.anchor.precision != "day":
        return None
    a = ctx.anchor.day
    direction = ctx.direction(m.start(), m.end())
    month = date(a.year, a.month, 1)
    if direction == "future" and day < a.day:
        month = add_months(month, 1)
    elif direction == "past" and day > a.day:
        month = add_months(month, -1)
    try:
        return Cal(date(month.year, month.month, day), "day")
    except ValueError:  # "jusqu'au 31" of a 30-day month
        return None


NEW_YEAR_MONTHS = {11: 1, 12: 1, 1: 0, 2: 0, 3: 0}
"""The months in which "la nouvelle année" is told, and how many years ahead it lies then."""


def r_new_year(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``la nouvelle année``, ``cette nouvelle année``: the year nearest a turn of the year."""
    ahead = NEW_YEAR_MONTHS.get(ctx.anchor.day.month)
    if ahead is None or ctx.anchor.precision not in ("day", "week", "month"):
        return None  # in summer, "la nouvelle année" is as often a school or a fiscal year
    return Cal(date(ctx.anchor.day.year + ahead, 1, 1), "year")


ROWS: tuple[tuple[str, str, str, Callable[[re.Match[str], Ctx], Resolved]], ...] = (
    (
        "schoolstart",
        # not "la rentrée de septembre", "la rentrée des vacances": TimeBank-FR leaves the noun phrase
        r"(?:la\s+)?rentrée(?:\s+(?:scolaire|des\s+classes))?(?:\s+(?:(?P<y>{Y4})|{MOD}))?(?!\s+(?:de|du|d'|des)\b)",
        r"rentrée",
        r_school_start,
    ),
    (
        "boundday",
        BOUND_BEFORE + r"{D}(?!\s*(?:er\s+)?(?:{MONTHS})(?!\w))(?=\s*(?:$|[,.;:!?)»]|\s(?:inclus|et|au)\b))",
        r"\d(?:er)?\s*(?:[,.;:!?)»]|$|\s(?:inclus|et|au)\b)",
        r_bound_day,
    ),
    (
        "newyear",
        r"(?:la|cette)\s+nouvelle\s+année(?!\s+(?:scolaire|universitaire|fiscale)\b)",
        r"nouvelle\s+année",
        r_new_year,
    ),
)
