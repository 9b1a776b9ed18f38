"""The calendar side of time expressions: the French time vocabulary (``time_fr.json``), calendar
values and the anchor (the publication date), and the rules that place a year-less "24 février" or
a "samedi" around the anchor."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal

from newsgraph import lexicons
from newsgraph.lexicons import alternation
from newsgraph.model import PRECISIONS, Precision, TimeValue, TimexType

Direction = Literal["past", "future", "present"]
DateSource = Literal["text", "publication"]


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})


def unify_apostrophes(text: str) -> str:
    """The same as translating with ``_APOSTROPHES``, by ``str.replace`` (several times faster)."""
    for c in "’ʼ‘`":
        text = text.replace(c, "'")
    if "A " in text:  # "A la mi-journée", "A partir de lundi": the capital À written without its accent
        text = CAPITAL_A.sub("À", text)
    return text


CAPITAL_A = re.compile(r"(?<![\w'-])A(?= (?:la|l'|partir|compter|peine|midi|minuit|\d))")


@cache
def lexicon() -> dict[str, Any]:
    """The French time vocabulary (``ontology/lexicons/time_fr.json``)."""
    data: dict[str, Any] = lexicons.data("time_fr.json")
    return data


def rank(precision: str) -> int:
    return PRECISIONS.index(precision)


@dataclass(frozen=True, slots=True)
class Cal:
    """A resolved calendar value: ``day`` is the first day of the period (its Monday for a week)."""

    day: date
    precision: Precision
    hour: int = 0
    minute: int = 0

    def value(self) -> str:
        if self.precision == "year":
            return f"{self.day.year:04d}"
        if self.precision == "month":
            return f"{self.day.year:04d}-{self.day.month:02d}"
        if self.precision == "week":
            y, w, _ = self.day.isocalendar()
            return f"{y:04d}-W{w:02d}"
        if self.precision == "day":
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.hour:02d}:{self.minute:02d}"


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date: ``day`` is a stand-in day inside it when it is coarser than a day."""

    day: date
    precision: Precision

    def cal(self) -> Cal:
        return truncate(self.day, self.precision)


@dataclass(frozen=True, slots=True)
class Clock:
    """A time of day (or with precision day, a part of a day) waiting for the day it belongs to;
    ``shift`` moves that day ("la veille": -1)."""

    hour: int
    minute: int
    precision: Precision
    shift: int = 0
    anaphoric: bool = False  # "le jour même": only with a day mentioned before, never the anchor's
    told: bool = False  # "Le soir, ...": only with a day told just before (nearby), never the anchor's
    past: bool = False  # "la veille" of a verb in the past: the day before the story's, however far back


@dataclass(frozen=True, slots=True)
class Label:
    """A TimeML value that names no calendar stretch ("PRESENT_REF", "199X", "P3Y", "XXXX-WXX-1"),
    the grain its words name and its TIMEX3 type."""

    value: str
    precision: Precision
    type: TimexType = "DATE"


@dataclass(frozen=True, slots=True)
class Shift:
    """A stretch named from another date of the story ("trois jours plus tard", "l'année suivante",
    "ce jour-là"): ``steps`` of ``unit`` from the date mentioned just before it (or, ``ahead``, from
    the date right after it: "la veille du 14 juillet")."""

    unit: Precision
    steps: int
    ahead: bool = False


Resolved = Cal | Clock | Label | Shift | None


def truncate(day: date, precision: Precision) -> Cal:
    if precision == "year":
        return Cal(date(day.year, 1, 1), "year")
    if precision == "month":
        return Cal(date(day.year, day.month, 1), "month")
    if precision == "week":
        return Cal(day - timedelta(days=day.weekday()), "week")
    return Cal(day, "day")


def parse_anchor(anchor: TimeValue | None) -> Anchor | None:
    """The anchor as a day (the 15th of a month anchor, 1 July of a year anchor)."""
    if anchor is None:
        return None
    v = anchor.value
    if m := re.match(r"^(\d{4})-W(\d{2})", v):
        return Anchor(date.fromisocalendar(int(m[1]), int(m[2]), 3), "week")
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if not m:
        return None
    y, mo, d = int(m[1]), m[2], m[3]
    if d:
        return Anchor(date(y, int(mo), int(d)), "day")
    if mo:
        return Anchor(date(y, int(mo), 15), "month")
    return Anchor(date(y, 7, 1), "year")


def coarsen(cal: Cal, needs: Precision, anchor: Anchor) -> Cal:
    """A value computed from the anchor, lowered to the anchor's precision when that is coarser."""
    if rank(anchor.precision) >= rank(needs) or (anchor.precision == "week" and needs == "month"):
        return cal
    return anchor.cal()


def number(word: str) -> int | None:
    """``deux`` -> 2, ``vingt-quatre`` -> 24, ``12`` -> 12."""
    if word.isdigit():
        return int(word)
    numbers = lexicon()["numbers"]
    total = 0
    for part in re.split(r"[-\s]+", word.lower()):
        if part == "et":
            continue
        if part not in numbers:
            return None
        n = numbers[part]
        total = total * n if n == 100 and total else total + n
    return total or None


def month_number(word: str) -> int:
    return int(lexicon()["months"][word.lower()])


def weekday_number(word: str) -> int:
    return int(lexicon()["weekdays"][word.lower()])


def day_number(word: str) -> int:
    w = word.lower()
    return 1 if w.startswith(("1er", "1ᵉʳ", "premier")) else int(w)


def year_number(word: str, anchor: Anchor) -> int:
    """A year written with 4 digits, or 2 ("octobre 98"): the century that keeps it near the anchor."""
    digits = word.lstrip("'")
    y = int(digits)
    if len(digits) == 2:
        century = anchor.day.year // 100 * 100
        y += century
        if y > anchor.day.year + 10:
            y -= 100
    return y


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def modifier(word: str | None) -> int:
    """-1 for "dernier", +1 for "prochain", 0 otherwise."""
    if not word:
        return 0
    w = word.lower()
    if w in lexicon()["past_modifiers"]:
        return -1
    if w in lexicon()["future_modifiers"]:
        return 1
    return 0


# Windows (in days, then months) in which a year-less date is placed around the anchor.
DAY_WINDOWS: dict[Direction | None, tuple[int, int]] = {
    "past": (-358, 7),
    "future": (-7, 358),
    "present": (-300, 65),
    None: (-300, 65),
}
MONTH_WINDOWS: dict[Direction | None, tuple[int, int]] = {
    "past": (-11, 0),
    "future": (0, 11),
    "present": (-9, 2),
    None: (-9, 2),
}


def place_day(
    month: int, day: int, weekday: int | None, mod: int, anchor: Anchor, direction: Direction | None
) -> date | None:
    """The year of a year-less "24 février": the anchor's, moved to the nearest sensible year."""
    a = anchor.day
    candidates: list[date] = []
    for y in (a.year, a.year - 1, a.year + 1):
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if anchor.precision == "year":
        return candidates[0] if candidates[0].year == a.year else None
    if mod < 0:
        return max((c for c in candidates if c < a), default=None)
    if mod > 0:
        return min((c for c in candidates if c > a), default=None)
    lo, hi = DAY_WINDOWS[direction]
    window = [c for c in candidates if lo <= (c - a).days <= hi]
    if weekday is not None:
        # the weekday picks the year among the ones the tense allows; a weekday that fits no such
        # year is a slip of the text ("vendredi 11 juin" two days after a Saturday 11 June)
        matching = [c for c in window or candidates if c.weekday() == weekday]
        if matching:
            return min(matching, key=lambda c: abs((c - a).days))
    return window[0] if window else candidates[0]


def place_month(month: int, mod: int, anchor: Anchor, direction: Direction | None) -> date:
    """The year of a year-less "en mars", "septembre dernier"."""
    a = anchor.day
    if anchor.precision == "year":
        return date(a.year, month, 1)
    here = a.year * 12 + a.month - 1
    options = [(y * 12 + month - 1) for y in (a.year, a.year - 1, a.year + 1)]
    if mod < 0:
        pick = max(o for o in options if o < here)
    elif mod > 0:
        pick = min(o for o in options if o > here)
    else:
        lo, hi = MONTH_WINDOWS[direction]
        pick = next((o for o in options if lo <= o - here <= hi), options[0])
    return date(pick // 12, pick % 12 + 1, 1)


def place_weekday(weekday: int, mode: str, anchor: date) -> date:
    """The date of a weekday named relative to the anchor (``mode``: past, future, last, next, near)."""
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if mode == "last":
        return anchor - timedelta(days=back or 7)
    if mode == "next":
        return anchor + timedelta(days=forward or 7)
    if mode == "future":
        return anchor + timedelta(days=forward)
    if mode == "near":
        return anchor - timedelta(days=back) if back <= forward else anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)


def weekday_mode(direction: Direction | None) -> str:
    return {"future": "future", "present": "near"}.get(direction or "past", "past")


@dataclass(frozen=True, slots=True)
class Prepositions:
    """Words just before an expression that say which way it points or what a number is."""

    past: re.Pattern[str]  # "depuis samedi"
    future: re.Pattern[str]  # "d'ici samedi"
    year: re.Pattern[str]  # "en 2019"
    clock: re.Pattern[str]  # "à 18 heures"
    duration: re.Pattern[str]  # "pendant 24 heures"
    until: re.Pattern[str]  # "jusqu'en janvier"


@cache
def prepositions() -> Prepositions:
    """The preposition patterns, compiled from the lexicon once."""
    lx = lexicon()

    def before(key: str, article: bool) -> re.Pattern[str]:
        # an elided word ("jusqu'") runs into what follows: "jusqu'à la Toussaint" matched whole
        tail = r"(?:(?<=')|\s+(?:le\s+|ce\s+|cette\s+)?)$" if article else r"\s*$"
        return re.compile(rf"(?:^|[\s'(])(?:{alternation(lx[key])}){tail}")

    return Prepositions(
        before("past_prepositions", True),
        before("future_prepositions", True),
        before("year_prepositions", False),
        before("clock_prepositions", False),
        before("duration_markers", False),
        before("until_prepositions", True),
    )


CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$")


def interval(value: TimeValue) -> tuple[str, str]:
    """The first and last instants a calendar value covers, at its own grain: days for a year, a
    month, a week or a day; minutes for a time of day. "La semaine dernière" is a stretch of seven
    days, not the Monday it starts on: what a query comparing dates needs.

    >>> interval(TimeValue("2022-W45", "week"))
    ('2022-11-07', '2022-11-13')
    >>> interval(TimeValue("2022-11-09T14:00", "hour"))
    ('2022-11-09T14:00', '2022-11-09T14:59')
    """
    m = CALENDAR_VALUE.match(value.value)
    if m is None:
        raise ValueError(f"not a calendar value: {value.value!r}")
    y, week, month, day, hour, minute = m.groups()
    try:
        if week:
            first = date.fromisocalendar(int(y), int(week), 1)
            last = first + timedelta(days=6)
        elif day:
            first = last = date(int(y), int(month), int(day))
        elif month:
            first = date(int(y), int(month), 1)
            last = add_months(first, 1) - timedelta(days=1)
        else:
            first, last = date(int(y), 1, 1), date(int(y), 12, 31)
    except ValueError as e:
        raise ValueError(f"not a calendar value: {value.value!r} ({e})") from None
    if hour is None:
        return first.isoformat(), last.isoformat()
    start = f"{first.isoformat()}T{hour}:{minute}"
    return start, (f"{first.isoformat()}T{hour}:59" if value.precision == "hour" else start)
