"""Resolvers: each turns one rule's match into a calendar value (or a time of day waiting for its
day) relative to the anchor; ``None`` when the words name no date after all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc

from newsgraph.extract.timex_calendar import (
    Anchor,
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
    month_number,
    number,
    place_day,
    place_month,
    place_weekday,
    prepositions,
    truncate,
    weekday_mode,
    weekday_number,
    year_number,
)
from newsgraph.extract.timex_tense import tense_at
from newsgraph.lexicons import alternation

YEAR_BLOCK_AFTER = re.compile(
    r"^(?:[\s\u00a0\u202f]\d{3}\b|[.,]\d|\s*(?:%|€|\$|euros?\b|dollars?\b|km\b|kilomètres?\b|m\b|mètres?\b|kg\b|tonnes?\b|habitants\b))",
    re.I,
)
RANGE_FIRST = re.compile(r"(?<![\w'])(?P<first>[^\W\d_]+\.?)\s*(?:à|au|et|ou|jusqu'à|-|–)\s*$", re.I)
"""The first month of a range or a pair ending just before the second ("mai à", "janvier et")."""
INDEFINITE_BEFORE = re.compile(r"(?<![\w'])un\s+$", re.I)
"""An indefinite article before a weekday: "retrouver ses amis un samedi soir" names no date."""
HABIT_BEFORE = re.compile(r"(?<![\w'])le\s+$", re.I)
"""The definite article before a weekday of a present-tense verb: a habit ("fermé le lundi")."""
ONLY_BEFORE = re.compile(r"(?<![\w'])(?:uniquement|seulement|sauf|excepté|hormis)\s+le\s+$", re.I)
ONLY_AFTER = re.compile(r"^\s+(?:uniquement|seulement)\b", re.I)
"""A restriction around "le" + weekday: a habit whatever the tense ("ouvrira uniquement le mercredi",
"fermé sauf le dimanche", "le samedi seulement")."""
SENTENCE_START = re.compile(r"(?:^|[.!?»«\"“”:;\n\[(]\s*|^\s*)$")


@dataclass(slots=True)
class Ctx:
    text: str
    anchor: Anchor
    sdoc: Doc | None

    def direction(self, start: int, end: int) -> Direction | None:
        """Whether the expression looks back or ahead: its preposition ("depuis", "d'ici"), else the
        tense of its verb (when the text was parsed)."""
        before = self.text[max(0, start - 15) : start].lower()
        if prepositions().past.search(before):
            return "past"
        if prepositions().future.search(before):
            return "future"
        tense = tense_at(self.sdoc, start, end) if self.sdoc is not None else None
        if tense in (None, "present") and prepositions().until.search(before):
            return "future"  # "indisponible jusqu'en janvier": a stretch from now on
        return tense


def r_date(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``le 24 février``, ``mercredi 9 novembre 2022``, ``le 6 mai dernier``, ``les 6 (et 13 avril)``."""
    day = day_number(m["d"])
    month = month_number(m["mon"])
    if not 1 <= day <= 31:
        return None
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    if m["y"]:
        try:
            return Cal(date(year_number(m["y"], ctx.anchor), month, day), "day")
        except ValueError:
            return None
    found = place_day(month, day, weekday, modifier(m["mod"]), ctx.anchor, ctx.direction(m.start(), m.end()))
    return Cal(found, "day") if found else None


def r_numeric(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``10/10/2022``, ``10.10.22``, ``2022-10-10``, ``2022-10``."""
    try:
        if m["jy"]:
            return Cal(date(int(m["jy"]), int(m["jm"]), 1), "month")
        if m["iy"]:
            return Cal(date(int(m["iy"]), int(m["im"]), int(m["id"])), "day")
        return Cal(date(year_number(m["ny"], ctx.anchor), int(m["nm"]), int(m["nd"])), "day")
    except ValueError:
        return None


def r_weekday(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``samedi``, ``mardi soir``, ``lundi dernier``, ``jeudi prochain``, ``ce dimanche``."""
    if (
        m["wd"][0].isupper()
        and not (m["det"] or m["mod"] or m["part"])  # "Mercredi dernier" after a glued title
        and not SENTENCE_START.search(ctx.text[max(0, m.start() - 3) : m.start()])
    ):
        return None  # "le Journal du Dimanche": a name
    if not (m["det"] or m["mod"]) and INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return Label(f"XXXX-WXX-{weekday_number(m['wd']) + 1}", "day")  # "un samedi soir": any Saturday
    if not (m["det"] or m["mod"]) and HABIT_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
        if (
            ctx.direction(m.start(), m.end()) == "present"  # "le musée est fermé le lundi": every Monday
            or ONLY_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
            or ONLY_AFTER.match(ctx.text[m.end() : m.end() + 16])
        ):
            return Label(f"XXXX-WXX-{weekday_number(m['wd']) + 1}", "day", "SET")
    mod = modifier(m["mod"] or shared_modifier(ctx.text, m.end()))
    if mod:
        mode = "last" if mod < 0 else "next"
    elif m["det"]:  # "ce lundi": this week's, before or after by the verb's tense
        mode = {"past": "past", "future": "future"}.get(ctx.direction(m.start(), m.end()) or "", "near")
    else:
        mode = weekday_mode(ctx.direction(m.start(), m.end()))
    day = place_weekday(weekday_number(m["wd"]), mode, ctx.anchor.day)
    return coarsen(Cal(day, "day"), "day", ctx.anchor)


def shared_modifier(text: str, end: int) -> str | None:
    """The plural "prochains"/"derniers" that a pair of weekdays shares: "samedi et dimanche
    prochains" (said of the first weekday, ending at ``end``)."""
    m = pair_modifier().match(text, end)
    return m["mod"] if m else None


@cache
def pair_modifier() -> re.Pattern[str]:
    """ "et dimanche prochains" after a weekday (compiled from the lexicon once)."""
    lx = lexicon()
    plural = [w for w in lx["past_modifiers"] + lx["future_modifiers"] if w.endswith("s")]
    weekdays = alternation(lx["weekdays"])
    return re.compile(rf"\s+(?:et|ou)\s+(?:{weekdays})\s+(?P<mod>{alternation(plural)})\b", re.I)


def r_night(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``dans la nuit de samedi à dimanche``: the evening's day."""
    mode = weekday_mode(ctx.direction(m.start(), m.end()))
    day = place_weekday(weekday_number(m["wd1"]), mode, ctx.anchor.day)
    return coarsen(Cal(day, "day"), "day", ctx.anchor)


def r_deictic(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``hier``, ``aujourd'hui``, ``demain soir``, ``avant-hier``."""
    offset = lexicon()["deictic_days"][m["deic"].lower()]
    return coarsen(Cal(ctx.anchor.day + timedelta(days=offset), "day"), "day", ctx.anchor)


def r_this(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``ce matin``, ``cette nuit``, ``cette semaine``, ``plus tôt cette semaine``, ``cette année``."""
    a = ctx.anchor.day
    if m["part"]:
        return coarsen(Cal(a, "day"), "day", ctx.anchor)
    unit = lexicon()["calendar_units"].get((m["unit"] or "").lower(), "year")
    if unit == "weekend":
        mode = {"past": "past", "future": "future"}.get(ctx.direction(m.start(), m.end()) or "", "near")
        return coarsen(truncate(place_weekday(5, mode, a), "week"), "week", ctx.anchor)
    if unit == "week":
        return coarsen(truncate(a, "week"), "week", ctx.anchor)
    if unit == "month":
        return coarsen(truncate(a, "month"), "month", ctx.anchor)
    return truncate(a, "year")


def r_relative(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``la semaine dernière``, ``le mois prochain``, ``l'an dernier``, ``le week-end dernier``."""
    a = ctx.anchor.day
    step = modifier(m["mod"])
    unit = lexicon()["calendar_units"][m["unit"].lower()]
    if unit == "weekend":
        saturday = place_weekday(5, "last" if step < 0 else "next", a)
        return coarsen(truncate(saturday, "week"), "week", ctx.anchor)
    return units_away(unit, step, ctx)


def units_away(unit: str, step: int, ctx: Ctx) -> Resolved:
    """The week, month or year ``step`` of them away from the anchor's day (``step`` 0: its own; a
    week or month no finer than the anchor): "la semaine dernière", "à la fin du mois prochain"."""
    a = ctx.anchor.day
    if unit == "week":
        return coarsen(truncate(a + timedelta(days=7 * step), "week"), "week", ctx.anchor)
    if unit == "month":
        return coarsen(Cal(add_months(a, step), "month"), "month", ctx.anchor)
    return Cal(date(a.year + step, 1, 1), "year")


def r_offset(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``il y a deux jours``, ``dans trois semaines``, ``il y a un an``, ``voici une dizaine d'années``."""
    n = lexicon()["approximate_numbers"][m["approx"].lower()] if m["approx"] else number(m["n"])
    if n is None:
        return None
    sign = -1 if m["ago"] else 1
    unit = lexicon()["units"][m["unit"].lower()]
    a = ctx.anchor.day
    if unit in ("decade", "century"):  # "il y a un siècle": a year
        n, unit = n * (10 if unit == "decade" else 100), "year"
    if unit == "hour":  # "il y a 48 heures", "dans deux heures": the day it falls on
        n, unit = n // 24, "day"
    if m["exact"] and unit in ("year", "month"):  # "il y a un an jour pour jour": that very day
        return coarsen(
            Cal(same_day_shifted(a, sign * n * (12 if unit == "year" else 1)), "day"), "day", ctx.anchor
        )
    if unit == "day" and n in (8, 15):
        n -= 1  # "dans huit jours", "dans quinze jours": one week, two weeks
    if m["half"] and unit == "year":  # "il y a un an et demi": eighteen months, a month
        return coarsen(Cal(add_months(a, sign * (12 * n + 6)), "month"), "month", ctx.anchor)
    if m["half"] and unit == "month":  # "dans un mois et demi": six weeks, a week
        return coarsen(truncate(a + timedelta(days=sign * (30 * n + 15)), "week"), "day", ctx.anchor)
    if unit == "day":
        return coarsen(Cal(a + timedelta(days=sign * n), "day"), "day", ctx.anchor)
    if unit == "week":
        return coarsen(truncate(a + timedelta(days=7 * sign * n), "week"), "day", ctx.anchor)
    if unit == "month":
        return coarsen(Cal(add_months(a, sign * n), "month"), "month", ctx.anchor)
    return Cal(date(a.year + sign * n, 1, 1), "year")


def same_day_shifted(day: date, months: int) -> date:
    """The same day of the month ``months`` later (the month's last day when it has no such day:
    a year after 29 February is 28 February)."""
    first = add_months(day, months)
    for d in range(day.day, 27, -1):
        try:
            return first.replace(day=d)
        except ValueError:
            continue
    return first.replace(day=min(day.day, 28))


def r_month(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``mars 2021``, ``en mars``, ``septembre dernier``, ``début octobre``, ``octobre 98``."""
    bare = not (m["edge"] or m["y"] or m["mod"] or m["moisde"])
    if (
        bare
        and m["mon"][0].isupper()
        and not SENTENCE_START.search(ctx.text[max(0, m.start() - 3) : m.start()])
    ):
        return None  # "Mars", "Mai" inside a sentence: a name, not a month
    if bare and abbreviated(m["mon"]):
        return None  # "sept jours sur sept.": a cut month name alone is a cut word, not a month
    month = month_number(m["mon"])
    if m["y"]:
        return Cal(date(year_number(m["y"], ctx.anchor), month, 1), "month")
    direction = ctx.direction(m.start(), m.end())
    first = RANGE_FIRST.search(ctx.text[max(0, m.start() - 40) : m.start()])
    if first and not m["mod"] and first["first"].lower() in lexicon()["months"]:
        # "de mai à septembre", "en mai et juin": the second month follows the first
        start = place_month(month_number(first["first"]), 0, ctx.anchor, direction)
        later = date(start.year, month, 1)
        return Cal(later if later >= start else date(start.year + 1, month, 1), "month")
    return Cal(place_month(month, modifier(m["mod"]), ctx.anchor, direction), "month")


def abbreviated(word: str) -> bool:
    """Whether a month word is a cut form of a longer one ("sept.", "janv", "déc."): written so
    in a date ("le 3 sept. 2024"), never alone for the month."""
    stem = word.lower().rstrip(".")
    return any(len(full) > len(stem) and full.startswith(stem) for full in lexicon()["months"])


def r_year(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``2019``, ``en 2019``, ``l'année 2001``, ``fin 2022``: a year, unless the number counts things."""
    y = int(m["y"])
    if YEAR_BLOCK_AFTER.match(ctx.text[m.end() : m.end() + 12]) or re.search(
        r"\d[\s\u00a0\u202f.,]$", ctx.text[max(0, m.start() - 2) : m.start()]
    ):
        return None
    before = ctx.text[max(0, m.start() - 25) : m.start()].lower()
    introduced = bool(m["pre"] or m["edge"]) or bool(prepositions().year.search(before))
    if not introduced:
        if not 1900 <= y <= ctx.anchor.day.year + 30:
            return None
        if ctx.sdoc is not None and _counts_things(ctx.sdoc, m.start(), m.end()):
            return None
        if ctx.sdoc is None and re.match(r"^\s+[a-zéèêàâîôûç]{3,}s\b", ctx.text[m.end() : m.end() + 30]):
            return None
    return Cal(date(y, 1, 1), "year")


def _counts_things(sdoc: Doc, start: int, end: int) -> bool:
    """True when the number is a quantity of a noun ("2000 soldats"), as the parse sees it."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ in ("nummod", "det") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i


def _after_noun_de(sdoc: Doc, start: int, after: str) -> bool:
    """True for "N heures" after "de" that hangs on a noun ("une garde de 12 heures"), unless it
    opens a span of clock times ("de 8 heures à 13 heures")."""
    if re.match(r"^\s*(?:à|au|et|jusqu)", after):
        return False
    span = sdoc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    de, noun = sdoc[span.start - 1], sdoc[span.start - 2]
    return de.lower_ in ("de", "d'", "d’") and noun.pos_ == "NOUN"


WORD_CLOCK_BEFORE = re.compile(
    r"(?:\b(?:à|vers|dès|jusqu'à|avant|après|il\s+est|il\s+était)|aux\s+alentours\s+de|peu\s+avant|peu\s+après)\s*$"
)
"""What says a number of hours told in words is a time of day ("à trois heures", "il est onze
heures"): not "de", "et", "entre" as for digits ("une attente de deux heures" is a length)."""


def r_clock(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``vers 14 heures``, ``à 18h30``, ``21 h 45``, ``14:30``, ``midi``, ``à trois heures``: a
    time of day (the rules "clock" and "wordclock", hence the groups read from ``groupdict``)."""
    before = ctx.text[max(0, m.start() - 20) : m.start()].lower()
    g = m.groupdict()
    if g.get("noon"):
        if not (m["vers"] or prepositions().clock.search(before)) or m["noon"][0].isupper():
            return None
        return Clock(12 if m["noon"].lower() == "midi" else 24, 0, "hour")
    if g.get("part"):
        return Clock(0, 0, "day")
    if g.get("hw") and not (m["vers"] or WORD_CLOCK_BEFORE.search(before)):
        if not re.match(
            r"^\s*(?:du\s+(?:matin|soir)|de\s+l'après-midi)\b", ctx.text[m.end() : m.end() + 20].lower()
        ):
            return None  # "deux heures" told in words is a length unless "à", "vers" or "du matin" says when
    hour = int(g["h"]) if g.get("h") else number(g["hw"]) or 0
    minute = int(g["min"]) if g.get("min") else (number(g["minw"]) or 0) if g.get("minw") else 0
    if hour > 24 or (hour == 24 and minute):
        return None
    has_min = bool(g.get("min") or g.get("minw") or m["half"] or m["less"])
    if m["half"] or m["less"]:  # "à 7 heures et demie", "vers 8 heures moins le quart"
        if not (m["vers"] or prepositions().clock.search(before)):
            return None  # "il a dormi 8 heures et demie": a duration
        total = hour * 60 + (30 if (m["half"] or "").lower() == "demie" else 15 if m["half"] else -15)
        hour, minute = total // 60 % 24, total % 60
    if has_min and not m["vers"] and _told_as_length(m, ctx, before):
        return Label(f"PT{hour}H{minute}M", "minute", "DURATION")
    after = ctx.text[m.end() : m.end() + 10].lower()
    if re.match(r"^\s*(?:/|sur\s+\d)", after) or (prepositions().duration.search(before) and not m["vers"]):
        return None
    after = ctx.text[m.end() : m.end() + 20].lower()
    if half := re.match(r"^\s*(?:du\s+(matin)|du\s+(soir)|de\s+(l'après-midi))\b", after):
        pm = bool(half[2] or half[3]) and hour < 12
        return Clock(hour + 12 if pm else hour, minute, "minute" if has_min else "hour")
    if not has_min and re.match(r"^\s*(?:de|d'|du|des)\b", after):
        return None  # "20h de trajet", "24 heures de garde à vue": a duration
    if not has_min and ctx.sdoc is not None and _after_noun_de(ctx.sdoc, m.start(), after):
        return None  # "des gardes de 12 heures", "une grève de 24 heures": a length, not a time
    if not has_min and re.search(r"(?:\b(?:le|du|au)|\bjt\s+de|\bjournal\s+de|\bédition\s+de)\s*$", before):
        return None  # "le 20H", "le JT de 20 heures": a news programme, not a time
    spelled = m["unit"].lower().startswith("heure")
    if spelled and not has_min and not m["vers"]:
        if not prepositions().clock.search(before) or re.match(r"^\s*(?:de|d'|du|des)\b", after):
            return None
    return Clock(hour if hour == 24 else hour % 24, minute, "minute" if has_min else "hour")


def _told_as_length(m: re.Match[str], ctx: Ctx, before: str) -> bool:
    """Whether "2h30" is a length: of a noun after it ("après 2h45 de débat"), a stretch ("en
    2h05", "pendant 1h30"), or, with no "à" before it, an aim ("2h30 pour convaincre") or the
    object of a verb ("le débat a duré 1h45")."""
    after = ctx.text[m.end() : m.end() + 12].lower()
    if re.match(r"^\s*(?:de\s+|d')(?!la\b|le\b|les\b|l')\w", after):
        return True
    if re.search(r"\b(?:en|pendant|durant)\s*$", before):
        return True
    if prepositions().clock.search(before):
        return False
    if re.match(r"^\s*pour\b", after):
        return True
    span = ctx.sdoc.char_span(m.start(), m.end(), alignment_mode="expand") if ctx.sdoc is not None else None
    return span is not None and any(t.dep_ == "obj" and t.head.pos_ in ("VERB", "AUX") for t in span)


def r_block(m: re.Match[str], ctx: Ctx) -> Resolved:
    """Expressions that look like dates but name no calendar value ("les années 1990", "24h/24")."""
    return None


_PAST_PREP: re.Pattern[str]
_FUTURE_PREP: re.Pattern[str]
_YEAR_PREP: re.Pattern[str]
_CLOCK_PREP: re.Pattern[str]
_DURATION_BEFORE: re.Pattern[str]


def r_date_list(m: re.Match[str], ctx: Ctx) -> Resolved:
    """The first days of "les 6 et 13 avril", "du 6 au 13 avril": their month from what follows."""
    day, month = day_number(m["d"]), month_number(m["mon"])
    if m["y"]:
        try:
            return Cal(date(int(m["y"]), month, day), "day")
        except ValueError:
            return None
    found = place_day(month, day, None, modifier(m["mod"]), ctx.anchor, ctx.direction(m.start(), m.end()))
    return Cal(found, "day") if found else None


def r_next_day(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``la veille``, ``le lendemain``, ``le surlendemain``, ``l'avant-veille``: a day next to the
    day the story is telling, or the one after or before that; "la veille" of a verb in the past
    ("il avait été prévenu la veille") is marked so (not "ils seront prévenus la veille", a rule)."""
    rel = m["rel"].lower()
    far = 2 if rel.endswith("surlendemain") or rel.startswith("l'avant") else 1
    if "veille" not in rel:
        return Clock(0, 0, "day", far)
    return Clock(0, 0, "day", -far, past=ctx.direction(m.start(), m.end()) == "past")


def r_unit_edge(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``en fin de semaine``, ``au début du mois``, ``à la fin de l'année (dernière)``: the current
    one, or the one before or after."""
    unit = lexicon()["units"][m["unit"].lower()]
    return units_away(unit, modifier(m["mod"]), ctx)  # "la fin de l'année dernière"


def r_clock_any(m: re.Match[str], ctx: Ctx) -> Resolved:
    """A time of day, or a part of the day ("dans la nuit") that takes the day of its context."""
    if m["part2"]:
        return Clock(0, 0, "day")
    if m["ch"]:
        return Clock(int(m["ch"]), int(m["cm"]), "minute")
    return r_clock(m, ctx)
