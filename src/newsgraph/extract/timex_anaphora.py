"""Time expressions named from another date of the story rather than from the publication date:
"trois jours plus tard", "un an auparavant", "l'année suivante", "la semaine précédente", "ce
jour-là", "la même année", "au lendemain de", "la veille du 14 juillet".

Their value is the date mentioned just before them (in the same or the previous paragraph, see
``timex._near``), moved by so many days, weeks, months or years; "la veille du 14 juillet" is
placed from the date that follows it. With no such date ("trois jours plus tard" of an event the
text names without a date), the expression is still a time expression: it is kept with TimeML's
unknown value of its grain ("XXXX-XX-XX", "XXXX"), which dates nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from newsgraph.extract.timex_calendar import (
    Cal,
    Label,
    Resolved,
    Shift,
    add_months,
    number,
    rank,
    truncate,
)
from newsgraph.extract.timex_resolvers import Ctx
from newsgraph.model import Precision

UNKNOWN: dict[str, str] = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}
"""TimeML's value of a date of that grain that cannot be placed."""

# The stretch a word of these expressions names ("ce soir-là" is a day).
UNIT_WORDS: dict[str, Precision] = {
    "jour": "day",
    "jours": "day",
    "journée": "day",
    "soir": "day",
    "matin": "day",
    "après-midi": "day",
    "nuit": "day",
    "semaine": "week",
    "semaines": "week",
    "week-end": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
    "moment": "minute",
    "instant": "minute",
}

AFTER_WORDS = {"plus tard": 1, "après": 1, "plus tôt": -1, "auparavant": -1, "avant": -1}


def r_offset_from(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``trois jours plus tard``, ``un an auparavant``, ``quelques semaines après``, ``48 heures
    plus tard`` (the day it falls on)."""
    hours = m["unit"].lower().startswith("heure")  # "36 heures plus tard": the day it falls on
    unit = "day" if hours else UNIT_WORDS[m["unit"].lower()]
    if m["vague"]:
        return Label(UNKNOWN[unit], unit)
    n = number(m["n"])
    if n is None or (hours and n < DAY_HOURS):
        return None  # "deux heures plus tard": TimeBank-FR leaves it unmarked, as the day stays
    if hours:
        n //= DAY_HOURS
    sign = AFTER_WORDS[re.sub(r"\s+", " ", (m["rel"] or m["rel2"]).lower())]
    return Shift(unit, sign * n)


def r_neighbour(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``l'année suivante``, ``le mois précédent``, ``la semaine d'après``."""
    rel = m["rel"].lower()
    return Shift(UNIT_WORDS[m["unit"].lower()], -1 if rel.startswith(("précédent", "d'avant")) else 1)


def r_that(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``ce jour-là``, ``cette année-là``, ``la même année``, ``ce soir-là``."""
    return Shift(UNIT_WORDS[(m["unit"] or m["unit2"]).lower()], 0)


def r_eve(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``la veille de``, ``au lendemain du``: the day before or after what follows."""
    return Shift("day", -1 if "veille" in m[0].lower() else 1, ahead=True)


# (name, pattern, trigger, resolver): rows of timex_rules' table. "trois ans après" is an
# expression of its own only where nothing follows that it is after ("trois ans après la guerre"
# counts from the war, which has no date here).
NUMBER = r"\d{1,3}|(?:{NUMW})(?:[-\s](?:et[-\s])?(?:{NUMW}))*"
DAY_HOURS = 24
"""Hours counted from a day told are a day later only from a day's worth ("36 heures plus tard")."""

ROWS: tuple[tuple[str, str, str, Callable[[re.Match[str], Ctx], Resolved]], ...] = (
    (
        "offsetfrom",
        r"(?!(?:quelques|plusieurs)\s+heures)(?:(?:un\s+peu\s+)?(?:plus|moins)\s+d[e']\s*|près\s+d[e']\s*|environ\s+|à\s+peine\s+)?"
        rf"(?:(?P<n>{NUMBER})|(?P<vague>quelques|plusieurs))\s+(?P<unit>heures|jours?|semaines?|mois|ans?|années?)\s+"
        r"(?:(?P<rel>plus\s+tard|plus\s+tôt|auparavant)|(?P<rel2>après|avant)(?=\s*(?:[,.;:!?)»]|$)))",
        r"plus\s+tard|plus\s+tôt|auparavant|(?:heures|jours?|semaines?|mois|ans?|années?)\s+(?:après|avant)",
        r_offset_from,
    ),
    (
        "neighbour",
        r"(?:l'|le\s+|la\s+)(?P<unit>année|an|mois|semaine|jour|week-end)\s+"
        r"(?P<rel>suivante?|précédente?|d'après|d'avant)(?!\s+(?:de|du|d')\b)",
        r"suivante?|précédente?|d'après|d'avant",
        r_neighbour,
    ),
    (
        "that",
        r"(?:ce|cette|cet)\s+(?:même\s+)?"
        r"(?P<unit>jour|soir|matin|après-midi|nuit|semaine|week-end|mois|année|moment|instant)(?:-|\s+)là\b"
        r"|(?:la|le)\s+même\s+(?P<unit2>année|mois|semaine)",
        r"[-\s]là|même\s+(?:année|mois|semaine)",
        r_that,
    ),
    (
        "eve",
        r"(?:(?:au\s+|le\s+|du\s+)lendemain|(?:à\s+la\s+|la\s+|de\s+la\s+)veille)(?=\s+(?:de|du|des|d')\b)",
        r"lendemain|veille",
        r_eve,
    ),
)


def shifted(cal: Cal, shift: Shift) -> Cal | None:
    """The date ``shift`` names from ``cal``, at the shift's grain (None when ``cal`` is coarser);
    "à ce moment-là" (a shift of no steps in minutes) is the story's last time told, as told."""
    if shift.unit == "minute" and shift.steps == 0:
        return cal
    if rank(cal.precision) < rank(shift.unit) or (cal.precision == "week" and shift.unit == "month"):
        return None
    if shift.unit == "day":
        return Cal(cal.day + timedelta(days=shift.steps), "day")
    if shift.unit == "week":
        return truncate(cal.day + timedelta(days=7 * shift.steps), "week")
    if shift.unit == "month":
        return Cal(add_months(cal.day, shift.steps), "month")
    return Cal(date(cal.day.year + shift.steps, 1, 1), "year")


EVE_GAP = re.compile(r"^\s*(?:de|du|des|d')\s*(?:la\s+|l')?$", re.I)


def place(
    text: str,
    cals: list[tuple[int, int, Cal]],
    shifts: list[tuple[int, int, Shift]],
    near: Callable[[str, int, int], bool],
    today: date | None = None,
) -> tuple[list[tuple[int, int, Cal]], list[tuple[int, int, Label]]]:
    """The shifts placed from the dates around them, and the ones left with an unknown value.

    Months or years "plus tard" counted from the report's own day (``today``) would land in its
    future: "Dimanche 20 mars, une cérémonie. Dix ans plus tard, l'émotion" counts from an
    earlier event the text names without a date (the future is told "dans dix ans"), so the
    value is unknown."""
    placed: list[tuple[int, int, Cal]] = []
    unknown: list[tuple[int, int, Label]] = []
    for start, end, shift in shifts:
        found: Cal | None = None
        if shift.ahead:
            after = [(s, c) for s, e, c in cals if s >= end and EVE_GAP.match(text[end:s])]
            if after:
                found = shifted(after[0][1], shift)
        else:
            # "ce jour-là", "la même année" name a day the story told, however far back it was told
            before = [(e, c) for s, e, c in cals if e <= start and (near(text, e, start) or shift.steps == 0)]
            for _, cal in sorted(before, key=lambda t: -t[0]):
                if today is not None and _from_today(cal, shift, today):
                    break
                found = shifted(cal, shift)
                if found is not None or rank(cal.precision) >= rank("day"):
                    break  # the story's last day decides; a coarser date before it does not
        if found is not None:
            placed.append((start, end, found))
        else:
            unit = shift.unit if shift.unit in UNKNOWN else "day"  # "à ce moment-là" of nothing told
            unknown.append((start, end, Label(UNKNOWN[unit], unit)))
    return placed, unknown


def _from_today(cal: Cal, shift: Shift, today: date) -> bool:
    """Whether ``shift`` counts months or years forward from the report's own day."""
    forward = shift.steps > 0 and shift.unit in ("month", "year")
    return forward and cal.precision != "year" and cal.day == today
