"""Resolvers for stretches of the calendar that are not days, weeks, months or years — seasons,
quarters, feast days — for the present ("désormais"), for a day number without its month ("le 3
au soir", "mardi 7") and for the day the story is telling ("le jour même").

The model has no value form for a season or a quarter: they take the year that holds them (a
winter, the year of its December, as TimeML's ``2022-WI``). A season named as a kind ("les mois
d'été", "les Jeux d'hiver") is no date; one introduced by "en", "au", "l'" is placed by the verb's
tense, else it is the nearest one (as "en mars" is).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.extract import timex_resolvers as resolvers
from newsgraph.extract.timex_calendar import (
    DAY_WINDOWS,
    Cal,
    Clock,
    Direction,
    Label,
    Resolved,
    add_months,
    coarsen,
    day_number,
    lexicon,
    modifier,
    weekday_number,
    year_number,
)
from newsgraph.extract.timex_resolvers import SENTENCE_START, Ctx

NAME_AFTER = re.compile(r"^\s+[A-ZÀ-Ý][a-zà-ÿ]")
Span = tuple[date, date]


def _occurrences(start_month: int, months: int, around: date) -> list[Span]:
    """The (first day, last day) of a yearly period beginning in ``start_month``, around a day."""
    out = []
    for y in range(around.year - 2, around.year + 2):
        first = date(y, start_month, 1)
        out.append((first, add_months(first, months) - timedelta(days=1)))
    return out


def _pick(spans: list[Span], a: date, mod: int, this: bool, direction: Direction | None) -> Span | None:
    """The occurrence meant: "dernier" the last one over, "prochain" the next one to begin, "ce"
    the one we are in (else the nearest), a bare one by the tense of its verb (none without)."""
    if mod < 0:
        return max((s for s in spans if s[1] < a), default=None)
    if mod > 0:
        return min((s for s in spans if s[0] > a), default=None)
    current = next((s for s in spans if s[0] <= a <= s[1]), None)
    if this and current:
        return current
    if direction == "past":
        return max((s for s in spans if s[0] <= a), default=None)
    if direction == "future":
        return min((s for s in spans if s[1] >= a), default=None)
    if this:
        return min(spans, key=lambda s: min(abs((s[0] - a).days), abs((s[1] - a).days)))
    return None


def r_season(m: re.Match[str], ctx: Ctx, this: bool = False) -> Resolved:
    """``l'été dernier``, ``cet hiver``, ``au printemps prochain``, ``l'automne 2021``: its year."""
    g = m.groupdict()
    if g.get("y"):
        return Cal(date(int(g["y"]), 1, 1), "year")
    prep, det = (g.get("prep") or "").lower(), (g.get("det") or "").lower()
    if g.get("edge"):  # "en fin d'été", "cette fin d'automne", "au début du printemps": the season's
        det = "ce" if "cette" in g["edge"].lower() else "l'"
    code = lexicon()["seasons"][m["season"].lower()]
    if _season_pair(ctx.text, m.start(), m.end()):
        return Label(f"XXXX-{code}", "month")  # "été comme hiver": every summer and every winter
    if prep.startswith("d'") and re.search(
        r"\b(?:mois|saison)\s*$", ctx.text[max(0, m.start() - 8) : m.start()]
    ):
        return Label(f"XXXX-{code}", "month")  # "les mois d'été": the season of any year
    if prep.startswith("d'") or not (this or prep or det or g.get("mod")):
        return None  # "les Jeux d'été" name a kind of thing; "a été" is no season at all
    spans = _occurrences(lexicon()["season_start_months"][code], 3, ctx.anchor.day)
    direction = ctx.direction(m.start(), m.end())
    # "ce printemps", and a season placed by nothing else than "en", "au", "l'": the nearest one
    near = this or det.startswith("ce") or direction not in ("past", "future")
    if (this or det.startswith("ce")) and direction == "past":
        direction = None  # "cet hiver" in November is the coming one, whatever the tense
    span = _pick(spans, ctx.anchor.day, modifier(g.get("mod")), near, direction)
    if span is None:
        return None
    return coarsen(Cal(date(span[0].year, 1, 1), "year"), "year", ctx.anchor)


def _season_pair(text: str, start: int, end: int) -> bool:
    """Whether the season is one of a pair joined by "comme" ("été comme hiver", "hiver comme
    été"): any season of any year."""
    names = "|".join(re.escape(n) for n in lexicon()["seasons"])
    after = re.match(rf"\s+comme\s+(?:en\s+)?(?:{names})\b", text[end : end + 24], re.I)
    before = re.search(rf"\b(?:{names})\s+comme\s+(?:en\s+)?$", text[max(0, start - 24) : start], re.I)
    return bool(after or before)


def r_this(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``cet été`` is a season; ``ce matin``, ``cette semaine`` are the anchor's own."""
    return r_season(m, ctx, this=True) if m["season"] else resolvers.r_this(m, ctx)


def r_quarter(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``au premier trimestre 2023``, ``le second semestre``, ``le trimestre dernier``: its year."""
    if m["y"]:
        return Cal(date(int(m["y"]), 1, 1), "year")
    a = ctx.anchor.day
    if m["unit2"]:
        months = lexicon()["quarter_units"][m["unit2"].lower()]
        current = date(a.year, (a.month - 1) // months * months + 1, 1)
        first = add_months(current, months * modifier(m["mod"]))
        return coarsen(Cal(date(first.year, 1, 1), "year"), "year", ctx.anchor)
    months = lexicon()["quarter_units"][m["unit"].lower()]
    n = lexicon()["quarter_ordinals"][m["ord"].lower()]
    if n * months > 12:
        return None
    spans = _occurrences((n - 1) * months + 1, months, a)
    span = _pick(spans, a, 0, True, ctx.direction(m.start(), m.end()))
    return Cal(date(span[0].year if span else a.year, 1, 1), "year")


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).

    >>> easter(2023)
    datetime.date(2023, 4, 9)
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


JOINED_ARTICLES = (
    ("du ", "le "),
    ("au ", "le "),
    ("de la ", "la "),
    ("à la ", "la "),
    ("de l'", "l'"),
    ("à l'", "l'"),
)


def feast_key(name: str) -> str:
    """The lexicon's name of a feast as written ("du 14-Juillet" -> "le 14-juillet")."""
    key = re.sub(r"\s+", " ", name.lower())
    for joined, article in JOINED_ARTICLES:
        if key.startswith(joined):
            return article + key[len(joined) :]
    return key


def holiday_in(name: str, year: int) -> date:
    """The day a feast of the lexicon's ``holidays`` falls on in ``year``."""
    rule = lexicon()["holidays"][feast_key(name)]
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[len("easter") :]))
    month, day = rule.split("-")
    return date(year, int(month), int(day))


def r_holiday(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``à Noël``, ``pour la Toussaint``, ``le lundi de Pâques 2023``, ``le 14-Juillet``."""
    if m["y"]:
        return Cal(holiday_in(m["feast"], int(m["y"])), "day")
    glued = ctx.text[max(0, m.start() - 1) : m.start()] == "-"
    if glued or NAME_AFTER.match(ctx.text[m.end() : m.end() + 3]):
        return None  # "Noël Dupont", "Jean-Noël": a first name
    if feast_key(m["feast"]) in lexicon()["holiday_homographs"] and not re.search(r"[A-ZÉ]", m["feast"]):
        return None  # "l'ascension du col", "une épiphanie": common nouns
    a = ctx.anchor.day
    candidates = [holiday_in(m["feast"], y) for y in (a.year, a.year - 1, a.year + 1)]
    mod = modifier(m["mod"])
    if mod < 0:
        pick = max((c for c in candidates if c < a), default=None)
    elif mod > 0:
        pick = min((c for c in candidates if c > a), default=None)
    else:
        # a feast a few weeks off is the one the news is about, whatever the tense ("les
        # réservations pour Noël ont bondi" in December); farther off, the tense picks the year
        near = [c for c in candidates if abs((c - a).days) <= FEAST_REACH]
        lo, hi = DAY_WINDOWS[ctx.direction(m.start(), m.end())]
        pick = near[0] if near else next((c for c in candidates if lo <= (c - a).days <= hi), None)
    return coarsen(Cal(pick, "day"), "day", ctx.anchor) if pick else None


FEAST_REACH = 31
"""Days from the report within which a feast named without a year is the nearest one."""


def r_short_year(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``en 98``, ``depuis 95``: a year of two digits after a preposition of years, in the century
    that keeps it near the anchor; farther than ``SHORT_YEAR_REACH`` years back it is read as a
    number ("bouclée en 42")."""
    y = year_number(m["y"], ctx.anchor)
    if not ctx.anchor.day.year - SHORT_YEAR_REACH <= y <= ctx.anchor.day.year + 2:
        return None
    return Cal(date(y, 1, 1), "year")


SHORT_YEAR_REACH = 30


def r_present(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``désormais``, ``actuellement``, ``à présent``: the present (TimeML's PRESENT_REF, no
    calendar stretch: it dates nothing)."""
    return Label("PRESENT_REF", "day")


def r_day_part(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``en fin d'après-midi``, ``à l'aube``, ``en soirée``: a part of the day the story is telling
    (or, with none told, of the publication day)."""
    return Clock(0, 0, "day")


def r_same_day(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``le jour même``, ``le soir même``: the day the story is telling, never the publication's."""
    return Clock(0, 0, "day", 0, anaphoric=True)


def _month_day(day: int, weekday: int | None, ctx: Ctx, start: int, end: int) -> date | None:
    """The date of a day number written without its month: in the anchor's month or one near it,
    on the weekday given if any, the verb's tense choosing between past and coming."""
    a = ctx.anchor.day
    candidates = []
    for shift in (-2, -1, 0, 1, 2):
        first = add_months(date(a.year, a.month, 1), shift)
        try:
            d = date(first.year, first.month, day)
        except ValueError:
            continue
        if weekday is None or d.weekday() == weekday:
            candidates.append(d)
    if not candidates:
        return None
    past = [c for c in candidates if c <= a]
    future = [c for c in candidates if c >= a]
    if ctx.direction(start, end) == "future" and future:
        return min(future)
    if weekday is not None:
        return min(candidates, key=lambda c: abs((c - a).days))
    return max(past) if past else min(candidates)


def r_story_part(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``Le soir, ...``, ``L'après-midi, ...``, ``La nuit, ...`` opening a sentence: that part of the
    day told just before ("Samedi, ... Le soir, ..."); with no day told nearby, a time expression of
    unknown day (a recounted "Le matin, le village était bouclé" is no day of the publication's)."""
    if not SENTENCE_START.search(ctx.text[max(0, m.start() - 3) : m.start()]):
        return None  # "il aime le soir, quand..." is no time of the story
    return Clock(0, 0, "day", told=True)


def r_day_current(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``le 12 courant``, ``du 3 courant``: that day of the publication's own month (an old
    administrative and press form)."""
    if ctx.anchor.precision not in ("day", "week", "month"):
        return None
    try:
        return Cal(date(ctx.anchor.day.year, ctx.anchor.day.month, day_number(m["d"])), "day")
    except ValueError:
        return None


def r_day_only(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``le 3 au soir``, ``mardi 7``, ``dans la nuit du 10 au 11``: a day of a month not written."""
    if ctx.anchor.precision not in ("day", "week", "month"):
        return None
    wd = m.groupdict().get("wd")
    if wd and wd[0].isupper() and not SENTENCE_START.search(ctx.text[max(0, m.start() - 3) : m.start()]):
        return None
    day = day_number(m["d"])
    if not 1 <= day <= 31:
        return None
    found = _month_day(day, weekday_number(wd) if wd else None, ctx, m.start(), m.end())
    return coarsen(Cal(found, "day"), "day", ctx.anchor) if found else None
