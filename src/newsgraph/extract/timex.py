"""French time expressions, normalized to TimeML-style ISO values against the publication date.

Rules are regular expressions built from ``ontology/lexicons/time_fr.json`` (month, weekday and
number words); each rule has a resolver that turns a match into a calendar value relative to the
anchor (the publication date). Values take the model's forms ``2022``, ``2022-11``, ``2022-W45``,
``2022-11-09``, ``2022-11-09T14:30``; a part of the day ("hier soir") keeps the day's value.

When the anchor is coarser than an expression needs ("samedi" or "hier" with the anchor
``2023-08``), the mention is kept with the anchor's own value and precision (``2023-08``, month):
it is honest about what is known and still places the words in time. Clock times without a day
("à 18 h", "dans la nuit") take the day of the nearest preceding day mention in the same or the
previous paragraph, else the anchor's day (with a coarser anchor they are dropped); "la veille" and
"le lendemain" are emitted only next to such a day mention. Without an anchor only expressions
that carry their own year are emitted. The verb's tense (from the parse, when given) and
prepositions ("depuis", "d'ici") choose between the last and the next "samedi" or "mars".
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import doc_text
from newsgraph.model import PRECISIONS, Precision, TimeMention, TimeValue
from newsgraph.resources import resource_dir

Direction = Literal["past", "future", "present"]
DateSource = Literal["text", "publication"]

VERB_POS = frozenset({"VERB", "AUX"})
AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "aux:caus"})
# How a time expression hangs on the verb whose date it gives (the statement's own clause).
ATTACH_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "advmod", "nmod", "xcomp", "appos", "dep"})
# What may stand between a speech verb and its adjacent time expression.
ADJACENT_FILLER = re.compile(
    r"^[\s,]*(?:(?:-t)?-(?:il|elle|ils|elles|on)\b[\s,]*)?(?:(?:encore|aussi|également|ainsi|notamment|déjà|lors)\b[\s,]*)?$",
    re.I,
)
CLOCK_JOIN = re.compile(r"^[\s,]*(?:(?:à|dès|et|jusqu'à|avant|après)\s*)?$", re.I)
YEAR_BLOCK_AFTER = re.compile(
    r"^(?:[\s\u00a0\u202f]\d{3}\b|[.,]\d|\s*(?:%|€|\$|euros?\b|dollars?\b|km\b|kilomètres?\b|m\b|mètres?\b|kg\b|tonnes?\b|habitants\b))",
    re.I,
)
SENTENCE_START = re.compile(r"(?:^|[.!?»«\"“”:;\n\[(]\s*|^\s*)$")

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})


def _unify_apostrophes(text: str) -> str:
    """The same as translating with ``_APOSTROPHES``, by ``str.replace`` (several times faster)."""
    for c in '’ʼ‘`':
        text = text.replace(c, "'")
    return text


# --------------------------------------------------------------------------- lexicon and rules


@cache
def lexicon() -> dict[str, Any]:
    """The French time vocabulary (``ontology/lexicons/time_fr.json``)."""
    path = resource_dir("ontology") / "lexicons" / "time_fr.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _alt(words: Any) -> str:
    """A regex alternation of ``words``, longest first, with optional trailing dots escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _rank(precision: str) -> int:
    return PRECISIONS.index(precision)


@dataclass(frozen=True, slots=True)
class _Cal:
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
class _Anchor:
    """The publication date: ``day`` is a stand-in day inside it when it is coarser than a day."""

    day: date
    precision: Precision

    def cal(self) -> _Cal:
        return _truncate(self.day, self.precision)


@dataclass(frozen=True, slots=True)
class _Clock:
    """A time of day (or with precision day, a part of a day) waiting for the day it belongs to;
    ``shift`` moves that day ("la veille": -1)."""

    hour: int
    minute: int
    precision: Precision
    shift: int = 0


Resolved = _Cal | _Clock | None


@dataclass(slots=True)
class _Ctx:
    text: str
    anchor: _Anchor
    sdoc: Doc | None

    def direction(self, start: int, end: int) -> Direction | None:
        """Whether the expression looks back or ahead: its preposition ("depuis", "d'ici"), else the
        tense of its verb (when the text was parsed)."""
        before = self.text[max(0, start - 15) : start].lower()
        if _PAST_PREP.search(before):
            return "past"
        if _FUTURE_PREP.search(before):
            return "future"
        return tense_at(self.sdoc, start, end) if self.sdoc is not None else None


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    resolve: Callable[[re.Match[str], _Ctx], Resolved]
    block: bool = False
    trigger: re.Pattern[str] | None = None  # see _triggers


def _truncate(day: date, precision: Precision) -> _Cal:
    if precision == "year":
        return _Cal(date(day.year, 1, 1), "year")
    if precision == "month":
        return _Cal(date(day.year, day.month, 1), "month")
    if precision == "week":
        return _Cal(day - timedelta(days=day.weekday()), "week")
    return _Cal(day, "day")


def _parse_anchor(anchor: TimeValue | None) -> _Anchor | None:
    """The anchor as a day (the 15th of a month anchor, 1 July of a year anchor)."""
    if anchor is None:
        return None
    v = anchor.value
    if m := re.match(r"^(\d{4})-W(\d{2})", v):
        return _Anchor(date.fromisocalendar(int(m[1]), int(m[2]), 3), "week")
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if not m:
        return None
    y, mo, d = int(m[1]), m[2], m[3]
    if d:
        return _Anchor(date(y, int(mo), int(d)), "day")
    if mo:
        return _Anchor(date(y, int(mo), 15), "month")
    return _Anchor(date(y, 7, 1), "year")


def _coarsen(cal: _Cal, needs: Precision, anchor: _Anchor) -> _Cal:
    """A value computed from the anchor, lowered to the anchor's precision when that is coarser."""
    if _rank(anchor.precision) >= _rank(needs) or (anchor.precision == "week" and needs == "month"):
        return cal
    return anchor.cal()


def _number(word: str) -> int | None:
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


def _month(word: str) -> int:
    return int(lexicon()["months"][word.lower()])


def _weekday(word: str) -> int:
    return int(lexicon()["weekdays"][word.lower()])


def _day_number(word: str) -> int:
    w = word.lower()
    return 1 if w.startswith(("1er", "1ᵉʳ", "premier")) else int(w)


def _year(word: str, anchor: _Anchor) -> int:
    """A year written with 4 digits, or 2 ("octobre 98"): the century that keeps it near the anchor."""
    digits = word.lstrip("'")
    y = int(digits)
    if len(digits) == 2:
        century = anchor.day.year // 100 * 100
        y += century
        if y > anchor.day.year + 10:
            y -= 100
    return y


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _modifier(word: str | None) -> int:
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


def _place_day(
    month: int, day: int, weekday: int | None, mod: int, anchor: _Anchor, direction: Direction | None
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
    if weekday is not None:
        matching = [c for c in candidates if c.weekday() == weekday]
        if matching:
            return min(matching, key=lambda c: abs((c - a).days))
    lo, hi = DAY_WINDOWS[direction]
    for c in candidates:
        if lo <= (c - a).days <= hi:
            return c
    return candidates[0]


def _place_month(month: int, mod: int, anchor: _Anchor, direction: Direction | None) -> date:
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


def _place_weekday(weekday: int, mode: str, anchor: date) -> date:
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


def _weekday_mode(direction: Direction | None) -> str:
    return {"future": "future", "present": "near"}.get(direction or "past", "past")


# --------------------------------------------------------------------------- resolvers


def _r_date(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``le 24 février``, ``mercredi 9 novembre 2022``, ``le 6 mai dernier``, ``les 6 (et 13 avril)``."""
    day = _day_number(m["d"])
    month = _month(m["mon"])
    if not 1 <= day <= 31:
        return None
    weekday = _weekday(m["wd"]) if m["wd"] else None
    if m["y"]:
        try:
            return _Cal(date(_year(m["y"], ctx.anchor), month, day), "day")
        except ValueError:
            return None
    found = _place_day(
        month, day, weekday, _modifier(m["mod"]), ctx.anchor, ctx.direction(m.start(), m.end())
    )
    return _Cal(found, "day") if found else None


def _r_numeric(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``10/10/2022``, ``10.10.22``, ``2022-10-10``, ``2022-10``."""
    try:
        if m["jy"]:
            return _Cal(date(int(m["jy"]), int(m["jm"]), 1), "month")
        if m["iy"]:
            return _Cal(date(int(m["iy"]), int(m["im"]), int(m["id"])), "day")
        return _Cal(date(_year(m["ny"], ctx.anchor), int(m["nm"]), int(m["nd"])), "day")
    except ValueError:
        return None


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``samedi``, ``mardi soir``, ``lundi dernier``, ``jeudi prochain``, ``ce dimanche``."""
    if (
        m["wd"][0].isupper()
        and not m["det"]
        and not SENTENCE_START.search(ctx.text[max(0, m.start() - 3) : m.start()])
    ):
        return None  # "le Journal du Dimanche": a name
    mod = _modifier(m["mod"])
    if mod:
        mode = "last" if mod < 0 else "next"
    elif m["det"]:
        mode = "near"
    else:
        mode = _weekday_mode(ctx.direction(m.start(), m.end()))
    day = _place_weekday(_weekday(m["wd"]), mode, ctx.anchor.day)
    return _coarsen(_Cal(day, "day"), "day", ctx.anchor)


def _r_night(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``dans la nuit de samedi à dimanche``: the evening's day."""
    mode = _weekday_mode(ctx.direction(m.start(), m.end()))
    day = _place_weekday(_weekday(m["wd1"]), mode, ctx.anchor.day)
    return _coarsen(_Cal(day, "day"), "day", ctx.anchor)


def _r_deictic(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``hier``, ``aujourd'hui``, ``demain soir``, ``avant-hier``."""
    offset = lexicon()["deictic_days"][m["deic"].lower()]
    return _coarsen(_Cal(ctx.anchor.day + timedelta(days=offset), "day"), "day", ctx.anchor)


def _r_this(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``ce matin``, ``cette nuit``, ``cette semaine``, ``plus tôt cette semaine``, ``cette année``."""
    a = ctx.anchor.day
    if m["part"]:
        return _coarsen(_Cal(a, "day"), "day", ctx.anchor)
    unit = (m["unit"] or "").lower()
    if unit == "week-end":
        mode = {"past": "past", "future": "future"}.get(ctx.direction(m.start(), m.end()) or "", "near")
        return _coarsen(_truncate(_place_weekday(5, mode, a), "week"), "week", ctx.anchor)
    if unit == "semaine":
        return _coarsen(_truncate(a, "week"), "week", ctx.anchor)
    if unit.startswith("mois"):
        return _coarsen(_truncate(a, "month"), "month", ctx.anchor)
    return _truncate(a, "year")


def _r_relative(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``la semaine dernière``, ``le mois prochain``, ``l'an dernier``, ``le week-end dernier``."""
    a = ctx.anchor.day
    step = _modifier(m["mod"])
    unit = m["unit"].lower()
    if unit == "week-end":
        saturday = _place_weekday(5, "last" if step < 0 else "next", a)
        return _coarsen(_truncate(saturday, "week"), "week", ctx.anchor)
    if unit == "semaine":
        return _coarsen(_truncate(a + timedelta(days=7 * step), "week"), "week", ctx.anchor)
    if unit == "mois":
        return _coarsen(_Cal(_add_months(a, step), "month"), "month", ctx.anchor)
    return _Cal(date(a.year + step, 1, 1), "year")


def _r_offset(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``il y a deux jours``, ``dans trois semaines``, ``il y a un an``."""
    n = _number(m["n"])
    if n is None:
        return None
    sign = -1 if m["ago"] else 1
    unit = lexicon()["units"][m["unit"].lower()]
    a = ctx.anchor.day
    if unit == "day":
        return _coarsen(_Cal(a + timedelta(days=sign * n), "day"), "day", ctx.anchor)
    if unit == "week":
        return _coarsen(_truncate(a + timedelta(days=7 * sign * n), "week"), "day", ctx.anchor)
    if unit == "month":
        return _coarsen(_Cal(_add_months(a, sign * n), "month"), "month", ctx.anchor)
    return _Cal(date(a.year + sign * n, 1, 1), "year")


def _r_month(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``mars 2021``, ``en mars``, ``septembre dernier``, ``début octobre``, ``octobre 98``."""
    bare = not (m["edge"] or m["y"] or m["mod"] or m["moisde"])
    if (
        bare
        and m["mon"][0].isupper()
        and not SENTENCE_START.search(ctx.text[max(0, m.start() - 3) : m.start()])
    ):
        return None  # "Mars", "Mai" inside a sentence: a name, not a month
    month = _month(m["mon"])
    if m["y"]:
        return _Cal(date(_year(m["y"], ctx.anchor), month, 1), "month")
    day = _place_month(month, _modifier(m["mod"]), ctx.anchor, ctx.direction(m.start(), m.end()))
    return _Cal(day, "month")


def _r_year(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``2019``, ``en 2019``, ``l'année 2001``, ``fin 2022``: a year, unless the number counts things."""
    y = int(m["y"])
    if YEAR_BLOCK_AFTER.match(ctx.text[m.end() : m.end() + 12]) or re.search(
        r"\d[\s\u00a0\u202f.,]$", ctx.text[max(0, m.start() - 2) : m.start()]
    ):
        return None
    before = ctx.text[max(0, m.start() - 25) : m.start()].lower()
    introduced = bool(m["pre"] or m["edge"]) or bool(_YEAR_PREP.search(before))
    if not introduced:
        if not 1900 <= y <= ctx.anchor.day.year + 30:
            return None
        if ctx.sdoc is not None and _counts_things(ctx.sdoc, m.start(), m.end()):
            return None
        if ctx.sdoc is None and re.match(r"^\s+[a-zéèêàâîôûç]{3,}s\b", ctx.text[m.end() : m.end() + 30]):
            return None
    return _Cal(date(y, 1, 1), "year")


def _counts_things(sdoc: Doc, start: int, end: int) -> bool:
    """True when the number is a quantity of a noun ("2000 soldats"), as the parse sees it."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ in ("nummod", "det") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i


def _r_clock(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``vers 14 heures``, ``à 18h30``, ``21 h 45``, ``14:30``, ``midi``: a time of day."""
    before = ctx.text[max(0, m.start() - 20) : m.start()].lower()
    if m["noon"]:
        if not (m["vers"] or _CLOCK_PREP.search(before)) or m["noon"][0].isupper():
            return None
        return _Clock(12 if m["noon"].lower() == "midi" else 0, 0, "hour")
    if m["part"]:
        return _Clock(0, 0, "day")
    hour, minute = int(m["h"]), int(m["min"]) if m["min"] else 0
    if hour > 24 or (hour == 24 and minute):
        return None
    after = ctx.text[m.end() : m.end() + 10].lower()
    if re.match(r"^\s*(?:/|sur\s)", after) or (_DURATION_BEFORE.search(before) and not m["vers"]):
        return None
    after = ctx.text[m.end() : m.end() + 20].lower()
    if half := re.match(r"^\s*(?:du\s+(matin)|du\s+(soir)|de\s+(l'après-midi))\b", after):
        pm = bool(half[2] or half[3]) and hour < 12
        return _Clock(hour + 12 if pm else hour, minute, "minute" if m["min"] else "hour")
    if not m["min"] and re.match(r"^\s*(?:de|d'|du|des)\b", after):
        return None  # "20h de trajet", "24 heures de garde à vue": a duration
    if not m["min"] and re.search(r"(?:\b(?:le|du|au)|\bjt\s+de|\bjournal\s+de|\bédition\s+de)\s*$", before):
        return None  # "le 20H", "le JT de 20 heures": a news programme, not a time
    spelled = m["unit"].lower().startswith("heure")
    if spelled and not m["min"] and not m["vers"]:
        if not _CLOCK_PREP.search(before) or re.match(r"^\s*(?:de|d'|du|des)\b", after):
            return None
    return _Clock(hour % 24, minute, "minute" if m["min"] else "hour")


def _r_block(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """Expressions that look like dates but name no calendar value ("les années 1990", "24h/24")."""
    return None


_PAST_PREP: re.Pattern[str]
_FUTURE_PREP: re.Pattern[str]
_YEAR_PREP: re.Pattern[str]
_CLOCK_PREP: re.Pattern[str]
_DURATION_BEFORE: re.Pattern[str]


@cache
def rules() -> tuple[_Rule, ...]:
    """The rule table, compiled from the lexicon (longest match wins; blockers emit nothing)."""
    global _YEAR_PREP, _CLOCK_PREP, _DURATION_BEFORE, _PAST_PREP, _FUTURE_PREP
    lx = lexicon()
    B, E = r"(?<![\w'])", r"(?![\w])"
    MON = rf"(?P<mon>{_alt(lx['months'])})"
    WD = f"(?:{_alt(lx['weekdays'])})"
    D = r"(?P<d>1er|1ᵉʳ|premier|[0-3]?\d)"
    Y4 = r"(?:1\d|20)\d\d"
    MOD = f"(?P<mod>{_alt(lx['past_modifiers'] + lx['future_modifiers'])})"
    NUMW = _alt(lx["numbers"])
    NUM = rf"(?P<n>\d{{1,3}}|(?:{NUMW})(?:[-\s](?:et[-\s])?(?:{NUMW}))*)"
    UNITS = _alt(lx["units"])
    PARTS = _alt(lx["day_parts"])
    SEASONS = _alt(lx["seasons"])
    _PAST_PREP = re.compile(rf"(?:^|[\s'(])(?:{_alt(lx['past_prepositions'])})\s+(?:le\s+|ce\s+|cette\s+)?$")
    _FUTURE_PREP = re.compile(
        rf"(?:^|[\s'(])(?:{_alt(lx['future_prepositions'])})\s+(?:le\s+|ce\s+|cette\s+)?$"
    )
    _YEAR_PREP = re.compile(rf"(?:^|[\s'(])(?:{_alt(lx['year_prepositions'])})\s*$")
    _CLOCK_PREP = re.compile(rf"(?:^|[\s'(])(?:{_alt(lx['clock_prepositions'])})\s*$")
    _DURATION_BEFORE = re.compile(rf"(?:^|[\s'(])(?:{_alt(lx['duration_markers'])})\s*$")
    table: list[tuple[str, str, Callable[[re.Match[str], _Ctx], Resolved], bool]] = [
        (
            "decade",
            rf"(?:les\s+)?années\s+(?:19|20)?\d0s?|(?:\d{{1,2}}|{NUMW})\s*(?:h|heures?|j|jours?)\s*(?:/|sur)\s*(?:\d{{1,2}})",
            _r_block,
            True,
        ),
        (
            "habitual",
            rf"(?:chaque|tous\s+les|toutes\s+les)\s+{WD}s?|du\s+{WD}\s+au\s+{WD}(?!\s+\d)",
            _r_block,
            True,
        ),
        (
            "date",
            rf"(?:le\s+)?(?:(?P<wd>{WD})\s+)?{D}\s+{MON}(?:\s+(?:de\s+l'année\s+)?(?P<y>{Y4}|'?\d\d(?!\d)))?(?:\s+{MOD})?",
            _r_date,
            False,
        ),
        (
            "daylist",
            rf"(?:(?:les|des|du)\s+|{WD}\s+)(?:{WD}\s+)?{D}(?=(?:\s*,\s*\d{{1,2}})*\s+(?:et|au)\s+(?:le\s+)?(?:{WD}\s+)?\d{{1,2}}(?:er)?\s+{MON}(?:\s+(?P<y>{Y4}))?(?:\s+{MOD})?)",
            _r_date_list,
            False,
        ),
        (
            "numeric",
            r"(?P<nd>[0-3]?\d)[/.](?P<nm>[01]?\d)[/.](?P<ny>(?:19|20)\d\d|\d\d)(?![\d/.]\d)|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)|(?P<jy>(?:19|20)\d\d)-(?P<jm>0[1-9]|1[0-2])(?![-\d])",
            _r_numeric,
            False,
        ),
        (
            "night",
            rf"(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd1>{WD})\s+(?:à|au)\s+(?P<wd2>{WD})",
            _r_night,
            False,
        ),
        (
            "weekday",
            rf"(?:(?P<det>ce|cette)\s+(?:même\s+)?)?(?P<wd>{WD})(?:\s+(?P<part>{PARTS}))?(?:\s+{MOD})?",
            _r_weekday,
            False,
        ),
        (
            "deictic",
            rf"(?P<deic>{_alt(lx['deictic_days'])})(?:\s*(?P<part>{PARTS}))?(?:,?\s+{WD}(?!\s*\d))?",
            _r_deictic,
            False,
        ),
        (
            "this",
            rf"(?:(?:plus\s+tôt|plus\s+tard|tôt|tard|en\s+début\s+de|en\s+fin\s+de|au\s+début\s+de|à\s+la\s+fin\s+de)\s+)?(?:ce|cet|cette)\s+(?:(?P<part>matin|matinée|après-midi|soir|soirée|midi|nuit)|(?P<unit>semaine|week-end|mois-ci|mois|année|an)|(?P<season>{SEASONS}))(?!-là|\s+là\b|-ci\b)",
            _r_this,
            False,
        ),
        (
            "relative",
            rf"(?:la\s+|le\s+|l')(?P<unit>semaine|week-end|mois|an|année)\s+{MOD}",
            _r_relative,
            False,
        ),
        (
            "offset",
            rf"(?:(?P<ago>il\s+y\s+a)|dans)\s+(?:(?:un\s+peu\s+)?(?:plus|moins)\s+d[e']\s*|près\s+d[e']\s*|environ\s+)?{NUM}\s+(?P<unit>{UNITS})",
            _r_offset,
            False,
        ),
        (
            "month",
            rf"(?:(?P<edge>début|fin|mi-|mi\s|courant)\s*)?(?P<moisde>(?:le\s+)?mois\s+d[e']\s*)?{MON}(?:\s+(?:de\s+l'année\s+)?(?P<y>{Y4}|'\d\d|\d\d(?!\d)(?!\s*(?:h|heures?|%|\w))))?(?:\s+{MOD})?",
            _r_month,
            False,
        ),
        (
            "year",
            rf"(?:(?P<edge>début|fin|mi-|mi\s|courant)\s*)?(?P<pre>(?:l'|en\s+l')?(?:année|an)\s+)?(?P<y>{Y4})",
            _r_year,
            False,
        ),
        (
            "nextday",
            r"(?P<rel>la\s+veille|le\s+lendemain)(?:\s+(?:au\s+)?(?:soir|matin))?(?!\s+(?:de|du|d'|des)\b)",
            _r_next_day,
            False,
        ),
        (
            "unitedge",
            r"(?:en|au|à\s+la)\s+(?:début|fin|milieu)\s+(?:de\s+(?:la\s+)?|du\s+|d'|de\s+l')(?P<unit>semaine|mois|année)(?!\s+(?:de|du|d'|des|dernier|dernière|prochain|prochaine|passé|passée)\b)",
            _r_unit_edge,
            False,
        ),
        (
            "clock",
            r"(?:(?P<vers>vers|aux\s+alentours\s+de|autour\s+de|aux\s+environs\s+de)\s+)?(?:(?P<h>[01]?\d|2[0-4])\s*(?P<unit>h|heures?)(?:\s*(?P<min>[0-5]\d)(?:\s*(?:min|minutes))?)?|(?P<ch>[01]?\d|2[0-3]):(?P<cm>[0-5]\d)|(?P<noon>midi|minuit))|(?:(?<=dans\s)|(?<=durant\s)|(?<=pendant\s))(?P<part>la\s+(?:soirée|nuit|matinée)|l'après-midi)(?!\s+(?:du|de|d')\b)|(?<=au\scours\sde\s)(?P<part2>la\s+(?:soirée|nuit|matinée|journée))(?!\s+(?:du|de|d')\b)",
            _r_clock_any,
            False,
        ),
    ]
    triggers = _triggers(lx)
    return tuple(
        _Rule(name, re.compile(f"{B}(?:{pattern}){E}", re.I), fn, block, re.compile(triggers[name]))
        for name, pattern, fn, block in table
    )


def _triggers(lx: dict[str, Any]) -> dict[str, str]:
    """Per rule, a regex that every match of the rule contains, read on the lowercased text: a part
    of the rule's own pattern, cheap to scan (a literal start, no look-behind, no re.I). A rule whose
    trigger is absent cannot match and is not run."""
    WD = _alt(lx["weekdays"])
    MON = _alt(lx["months"])
    NUMW = _alt(lx["numbers"])
    MOD = _alt(lx["past_modifiers"] + lx["future_modifiers"])
    return {
        "decade": r"années|(?:/|sur)\s*\d",
        "habitual": rf"(?:chaque|tous\s+les|toutes\s+les|du)\s+(?:{WD})",
        "date": rf"(?:1er|1ᵉʳ|premier|\d)\s+(?:{MON})",
        "daylist": rf"\d(?:er)?\s+(?:{MON})",
        "numeric": r"\d[/.-]",
        "night": rf"nuit\s+(?:de|du)\s+(?:{WD})",
        "weekday": WD,
        "deictic": _alt(lx["deictic_days"]),
        "this": rf"(?:ce|cet|cette)\s+(?:matin|matinée|après-midi|soir|soirée|midi|nuit|semaine|week-end|mois-ci|mois|année|an|{_alt(lx['seasons'])})",
        "relative": rf"(?:semaine|week-end|mois|an|année)\s+(?:{MOD})",
        "offset": rf"(?:\d|{NUMW})\s+(?:{_alt(lx['units'])})",
        "month": rf"(?:{MON})(?!\w)",
        "year": r"(?:1\d|20)\d\d(?!\w)",
        "nextday": r"la\s+veille|le\s+lendemain",
        "unitedge": r"(?:début|fin|milieu)\s+d",
        "clock": r"\d\s*h|\d:|midi|minuit|soirée|nuit|matinée|après-midi|journée",
    }


@cache
def _alphabet() -> frozenset[str]:
    """The lowercase characters of the rules and their triggers (plus ASCII letters and digits)."""
    chars = "".join(r.regex.pattern + (r.trigger.pattern if r.trigger else "") for r in rules())
    chars += "abcdefghijklmnopqrstuvwxyz0123456789"
    return frozenset(c for c in chars if c.lower() == c)


@cache
def _plain_case(c: str) -> bool:
    """Whether ``c`` reads the same to a case-insensitive rule as ``c.lower()`` to a case-sensitive
    one: one character, the same \\w \\d \\s classes, and equal under re.I to exactly the rule
    characters it lowercases to (not so for "İ", "ſ", "ı")."""
    lo = c.lower()
    if len(lo) != 1:
        return False
    if any((re.fullmatch(cls, c) is None) != (re.fullmatch(cls, lo) is None) for cls in (r"\w", r"\d", r"\s")):
        return False
    return all((re.fullmatch(re.escape(k), c, re.I) is not None) == (lo == k) for k in _alphabet())


def _active_rules(text: str) -> list[_Rule]:
    """The rules whose trigger occurs in the lowercased text (every rule when some character of the
    text would not lowercase faithfully, so the test stays exact)."""
    if not all(map(_plain_case, set(text))):
        return list(rules())
    low = text.lower()
    return [rule for rule in rules() if rule.trigger is None or rule.trigger.search(low)]


def _r_date_list(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """The first days of "les 6 et 13 avril", "du 6 au 13 avril": their month from what follows."""
    day, month = _day_number(m["d"]), _month(m["mon"])
    if m["y"]:
        try:
            return _Cal(date(int(m["y"]), month, day), "day")
        except ValueError:
            return None
    found = _place_day(month, day, None, _modifier(m["mod"]), ctx.anchor, ctx.direction(m.start(), m.end()))
    return _Cal(found, "day") if found else None


def _r_next_day(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``la veille``, ``le lendemain``: a day next to the day the story is telling."""
    return _Clock(0, 0, "day", -1 if "veille" in m["rel"].lower() else 1)


def _r_unit_edge(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """``en fin de semaine``, ``au début du mois``, ``à la fin de l'année``: the current one."""
    unit = m["unit"].lower()
    if unit == "semaine":
        return _coarsen(_truncate(ctx.anchor.day, "week"), "week", ctx.anchor)
    if unit == "mois":
        return _coarsen(_truncate(ctx.anchor.day, "month"), "month", ctx.anchor)
    return _truncate(ctx.anchor.day, "year")


def _r_clock_any(m: re.Match[str], ctx: _Ctx) -> Resolved:
    """A time of day, or a part of the day ("dans la nuit") that takes the day of its context."""
    if m["part2"]:
        return _Clock(0, 0, "day")
    if m["ch"]:
        return _Clock(int(m["ch"]), int(m["cm"]), "minute")
    return _r_clock(m, ctx)


# --------------------------------------------------------------------------- tense


def tense_at(sdoc: Doc, start: int, end: int) -> Direction | None:
    """The tense of the verb that governs the characters ``start:end`` of ``sdoc``: past, future or
    present (periphrases "va signer", "doit se rendre", "est prévue" count as future)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = _governing_verb(span.root)
    return _verb_tense(verb) if verb is not None else None


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok``; for a predicate ("seront présents lundi") its copula."""
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in VERB_POS:
            return tok
        cop = next((c for c in tok.children if c.dep_ == "cop"), None)
        if cop is not None:
            return cop
    return None


def _verb_tense(verb: Token, depth: int = 0) -> Direction | None:
    if depth > 4:  # an infinitive auxiliary of a passive points back at its participle: a cycle
        return None
    future_lemmas = set(lexicon()["future_lemmas"])
    auxes = [c for c in verb.children if c.dep_ in AUX_DEPS]
    form = verb.morph.get("VerbForm", [])
    if "Inf" in form:
        head = verb.head
        if head.i != verb.i and (
            head.lemma_ in future_lemmas or any(a.lemma_ in future_lemmas for a in auxes)
        ):
            return "future"
        # "n'arrêtera pas de tomber" is future; "avant de quitter", "pour signer" may lie ahead of
        # a past main verb, so they say nothing.
        return (
            "future" if head.i != verb.i and head.pos_ in VERB_POS and _verb_tense(head, depth + 1) == "future" else None
        )
    if "Part" in form and (verb.lemma_ in future_lemmas or any(a.lemma_ in future_lemmas for a in auxes)):
        return "future"  # "est prévue", "devrait être sorti"
    tenses = set(verb.morph.get("Tense", []))
    if "Fut" in tenses or any("Fut" in a.morph.get("Tense", []) for a in auxes):
        return "future"
    if re.search(r"(?:rons|ront|rez)$", verb.text.lower()) and "Fin" in form and "Imp" not in tenses:
        return "future"
    if "Part" in form and auxes and all(a.dep_ == "aux:pass" for a in auxes):
        return _verb_tense(auxes[0], depth + 1)  # "est classée": the passive's own tense
    if "Part" in form or tenses & {"Imp", "Past"}:
        return "past"
    if "Cnd" in verb.morph.get("Mood", []):
        return "future"
    if "Pres" in tenses:
        return "present"
    return None


# --------------------------------------------------------------------------- find_times


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    rule: _Rule
    match: re.Match[str]


def _hits(text: str) -> list[_Hit]:
    """Non-overlapping matches of all rules: the longest wins, then the earliest rule."""
    found = [_Hit(m.start(), m.end(), rule, m) for rule in _active_rules(text) for m in rule.regex.finditer(text)]
    order = {rule.name: i for i, rule in enumerate(rules())}
    found.sort(key=lambda h: (-(h.end - h.start), order[h.rule.name], h.start))
    chosen: list[_Hit] = []
    starts: list[int] = []  # the chosen spans, which never overlap, sorted by start
    ends: list[int] = []
    for h in found:
        i = bisect_right(starts, h.start)
        if (i == 0 or ends[i - 1] <= h.start) and (i == len(starts) or h.end <= starts[i]):
            chosen.append(h)
            starts.insert(i, h.start)
            ends.insert(i, h.end)
    return sorted(chosen, key=lambda h: h.start)


def _mention(doc_id: str, text: str, start: int, end: int, cal: _Cal) -> TimeMention:
    return TimeMention(
        doc=doc_id, start=start, end=end, text=text[start:end], value=cal.value(), precision=cal.precision
    )


def find_times(
    text: str, anchor: TimeValue | None, doc_id: str, sdoc: Doc | None = None
) -> list[TimeMention]:
    """Every date and time expression in ``text``, with its value resolved against ``anchor``.

    >>> [t.value for t in find_times("Il a parlé hier soir.", TimeValue("2022-11-12", "day"), "d")]
    ['2022-11-11']
    """
    parsed = _parse_anchor(anchor)
    if parsed is None:
        return _absolute_only(text, doc_id, sdoc)
    ctx = _Ctx(_unify_apostrophes(text), parsed, sdoc)
    dates: list[tuple[int, int, _Cal]] = []
    clocks: list[tuple[int, int, _Clock]] = []
    for h in _hits(ctx.text):
        resolved = h.rule.resolve(h.match, ctx)
        if isinstance(resolved, _Cal):
            dates.append((h.start, h.end, resolved))
        elif isinstance(resolved, _Clock):
            clocks.append((h.start, h.end, resolved))
    return [
        _mention(doc_id, text, s, e, cal) for s, e, cal in _attach_clocks(ctx.text, dates, clocks, parsed)
    ]


def _absolute_only(text: str, doc_id: str, sdoc: Doc | None) -> list[TimeMention]:
    """Without an anchor, only expressions that carry their own year can be given a value."""
    far = _Anchor(date(2000, 7, 1), "year")
    ctx = _Ctx(_unify_apostrophes(text), far, sdoc)
    out = []
    for h in _hits(ctx.text):
        groups = h.match.groupdict()
        if h.rule.name in ("date", "month", "daylist") and not groups.get("y"):
            continue
        if h.rule.name not in ("date", "month", "year", "numeric", "daylist"):
            continue
        if groups.get("y") and len(groups["y"].lstrip("'")) == 2:
            continue
        resolved = h.rule.resolve(h.match, ctx)
        if isinstance(resolved, _Cal):
            out.append(_mention(doc_id, text, h.start, h.end, resolved))
    return out


def _attach_clocks(
    text: str, dates: list[tuple[int, int, _Cal]], clocks: list[tuple[int, int, _Clock]], anchor: _Anchor
) -> Iterator[tuple[int, int, _Cal]]:
    """Join "samedi à 18 h" into one value; give a lone clock time the day of the nearest earlier
    day mention on the same line, else the anchor's day."""
    merged: dict[int, tuple[int, int, _Cal]] = {i: d for i, d in enumerate(dates)}
    lone: list[tuple[int, int, _Clock]] = []
    for cs, ce, clock in clocks:
        joined = False
        for i, (ds, de, cal) in list(merged.items()):
            if cal.precision != "day" or clock.shift:
                continue
            if (de <= cs and CLOCK_JOIN.match(text[de:cs])) or (ce <= ds and CLOCK_JOIN.match(text[ce:ds])):
                merged[i] = (
                    min(ds, cs),
                    max(de, ce),
                    _Cal(cal.day, clock.precision, clock.hour, clock.minute),
                )
                joined = True
                break
        if not joined:
            lone.append((cs, ce, clock))
    out = list(merged.values())
    for cs, ce, clock in lone:
        before = [
            (s, e, c)
            for s, e, c in out
            if e <= cs and _rank(c.precision) >= _rank("day") and _near(text, e, cs)
        ]
        if before:
            day = max(before, key=lambda t: t[1])[2].day + timedelta(days=clock.shift)
        elif clock.shift:
            continue  # "le lendemain" of nothing mentioned
        elif anchor.precision == "day":
            day = anchor.day
        else:
            continue
        out.append((cs, ce, _Cal(day, clock.precision, clock.hour, clock.minute)))
        out.sort(key=lambda t: t[0])
    return iter(sorted(out, key=lambda t: t[0]))


def _near(text: str, end: int, start: int) -> bool:
    """Whether a day mentioned at ``end`` is still the story's day at ``start``: same or next
    paragraph, at most ``REFERENCE_REACH`` characters back."""
    between = text[end:start]
    return len(between) <= REFERENCE_REACH and between.count("\n") <= 1 and "\n\n" not in between.strip(" ")


REFERENCE_REACH = 600


# --------------------------------------------------------------------------- statement_date


def statement_date(
    sdoc: Doc, cue_token_index: int, times: list[TimeMention], anchor: TimeValue | None
) -> tuple[TimeValue | None, DateSource | None]:
    """The date the words were said, and where it came from ("text" or "publication").

    The date is a time expression attached to the speech verb in its own clause ("a-t-il déclaré
    samedi", "a affirmé, mercredi 9 novembre, le général"), never one inside what was said. A
    statement without one takes the date of the article's single dated speech occasion, when the
    article dates speech once and only once (reports of one press conference, one interview),
    unless its verb is imperfect or pluperfect ("avait déclaré": an earlier occasion). Otherwise
    the publication date.
    """
    cue = sdoc[cue_token_index]
    governing = [t for t in times if _governs(sdoc, cue, t)]
    if governing:
        best = min(governing, key=lambda t: abs(t.start - cue.idx))
        return TimeValue(best.value, best.precision), "text"
    occasion = _speech_occasion(sdoc, times, anchor)
    if occasion is not None and not _background(cue):
        return occasion, "text"
    return (anchor, "publication") if anchor else (None, None)


def _speech_occasion(sdoc: Doc, times: list[TimeMention], anchor: TimeValue | None) -> TimeValue | None:
    """The one day (not after the publication) at which the article says its speakers spoke, if it
    gives exactly one."""
    key = "newsgraph.timex.occasion:" + ",".join(f"{t.start}-{t.end}-{t.value}" for t in times)
    if key not in sdoc.user_data:
        latest = anchor.value[:10] if anchor else "9999"
        dated = [t for t in times if _rank(t.precision) >= _rank("day") and t.value[:10] <= latest]
        values = {
            (t.value, t.precision)
            for verb in sdoc
            if verb.pos_ in VERB_POS and verb.lemma_ in speech_lemmas()
            for t in dated
            if _governs(sdoc, verb, t)
        }
        sdoc.user_data[key] = TimeValue(*values.pop()) if len(values) == 1 else None
    found: TimeValue | None = sdoc.user_data[key]
    return found


def _background(verb: Token) -> bool:
    """An imperfect or pluperfect verb ("pensaient", "avait déclaré") tells of an earlier time."""
    tenses = [verb, *(a for a in verb.children if a.dep_ in AUX_DEPS)]
    return any("Imp" in t.morph.get("Tense", []) for t in tenses)


@cache
def speech_lemmas() -> frozenset[str]:
    """Speech verb lemmas of ``ontology/lexicons/speech_verbs.txt`` (shared with statements)."""
    path = resource_dir("ontology") / "lexicons" / "speech_verbs.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line.strip() and not line.startswith("#"))


def _governs(sdoc: Doc, cue: Token, time: TimeMention) -> bool:
    span = sdoc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or span.sent != cue.sent:
        return False
    return _attached(span, cue) or _adjacent(sdoc, span, cue)


def _attached(span: Span, cue: Token) -> bool:
    """The time hangs on the cue verb by dependency: directly ("a déclaré samedi") or through the
    circumstance it dates ("lors d'une conférence de presse samedi", "dans un communiqué publié
    samedi"), never through an argument of the verb (what was said or denounced)."""
    tok = span.root
    if tok.dep_ not in ATTACH_DEPS:
        return False
    for _ in range(CLIMB_STEPS):
        head = tok.head
        if head == cue:
            return tok.dep_ in ATTACH_DEPS if tok.i == span.root.i else tok.dep_ in CIRCUMSTANCE_DEPS
        if head.i == tok.i or span.start <= head.i < span.end:
            return False
        is_noun = head.pos_ in ("NOUN", "PROPN") and (
            head.dep_ in CIRCUMSTANCE_DEPS | {"nmod"} or (head.dep_ == "obl:arg" and head.head.pos_ == "ADV")
        )  # "lors d'une conférence": the noun hangs on "lors"
        is_participle = (
            head.pos_ == "VERB" and head.dep_ == "acl" and "Part" in head.morph.get("VerbForm", [])
        )
        is_adverb = head.pos_ == "ADV" and head.dep_ == "advmod"
        if not (is_noun or is_participle or is_adverb):
            return False
        tok = head
    return False


CLIMB_STEPS = 4
CIRCUMSTANCE_DEPS = frozenset({"obl", "obl:mod", "advmod"})


def _adjacent(sdoc: Doc, span: Span, cue: Token) -> bool:
    """The time stands right after the cue ("déclaré, mercredi,") or right before its auxiliaries."""
    text = doc_text(sdoc)
    if span.start_char >= cue.idx + len(cue.text):
        between = text[cue.idx + len(cue.text) : span.start_char]
        return bool(ADJACENT_FILLER.match(between))
    first = min([cue.i, *(c.i for c in cue.children if c.dep_ in AUX_DEPS)])
    between = text[span.end_char : sdoc[first].idx]
    return bool(re.match(r"^[\s,]*$", between))
