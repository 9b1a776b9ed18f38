"""French time expressions, normalized to TimeML-style ISO values against the publication date.

Rules are regular expressions built from ``ontology/lexicons/time_fr.json`` (month, weekday and
number words); each rule has a resolver that turns a match into a calendar value relative to the
anchor (the publication date). Values take the model's forms ``2022``, ``2022-11``, ``2022-W45``,
``2022-11-09``, ``2022-11-09T14:30``; a part of the day ("hier soir") keeps the day's value.

When the anchor is coarser than an expression needs ("samedi" or "hier" with the anchor
``2023-08``), the mention is kept with the anchor's own value and precision (``2023-08``, month):
it is honest about what is known and still places the words in time. Clock times without a day
("à 18 h", "dans la nuit") take the day of the nearest preceding day mention in the same or the
previous paragraph, else the anchor's day (with a coarser anchor they are dropped); "le lendemain"
is emitted only next to such a day mention; "la veille" of a verb in the past is the day before the
last day told before it, however far back, else (no date told before it) the day before the
publication's. Without an
anchor only expressions that carry their own year are emitted. The verb's tense (from the parse,
when given) and prepositions ("depuis", "d'ici") choose between the last and the next "samedi" or
"mars".

Expressions whose TimeML value names no calendar stretch ("désormais" PRESENT_REF, "les années
1990" 199X, "pendant trois ans" P3Y, "chaque lundi" XXXX-WXX-1) are kept with that value and their
TIMEX3 type (``timex_labels``); ``dated`` leaves them out of what dates statements and events.

The work is shared out: ``timex_calendar`` (vocabulary, calendar values, placing around the
anchor), ``timex_rules`` (the rule table), ``timex_resolvers`` (a match to a value),
``timex_tense`` (the governing verb's tense) and ``timex_dating`` (the date of a statement).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc

from newsgraph.extract import timex_anaphora as anaphora
from newsgraph.extract.timex_anaphora import UNKNOWN
from newsgraph.extract.timex_calendar import (
    CALENDAR_VALUE,
    Anchor,
    Cal,
    Clock,
    Label,
    Shift,
    interval,
    parse_anchor,
    rank,
    truncate,
    unify_apostrophes,
)
from newsgraph.extract.timex_dating import event_date, statement_date
from newsgraph.extract.timex_resolvers import Ctx
from newsgraph.extract.timex_rules import Rule, active_rules, plain_text, rules
from newsgraph.extract.timex_tense import tense_at
from newsgraph.model import TimeMention, TimeValue, TimexType

__all__ = ["dated", "event_date", "find_times", "interval", "statement_date", "tense_at"]

CLOCK_JOIN = re.compile(r"^[\s,]*(?:(?:à|dès|et|jusqu'à|avant|après)\s*)?$", re.I)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def _hits(text: str) -> list[Hit]:
    """Non-overlapping matches of all rules: the longest wins, then the earliest rule.

    When the text lowercases faithfully (``plain_text``), a rule with a case-sensitive twin
    (``Rule.lowered``) is run on the lowercased text, which has the same offsets and gives the same
    spans, faster; the hits kept are then matched again on the text itself, so the resolvers see
    the same match as ever."""
    plain = plain_text(text)
    low = text.lower() if plain else text
    found = [
        Hit(m.start(), m.end(), rule, m)
        for rule in active_rules(text, plain)
        for m in (rule.lowered.finditer(low) if plain and rule.lowered else rule.regex.finditer(text))
    ]
    order = _order()
    found.sort(key=lambda h: (-(h.end - h.start), order[h.rule.name], h.start))
    chosen: list[Hit] = []
    starts: list[int] = []  # the chosen spans, which never overlap, sorted by start
    ends: list[int] = []
    for h in found:
        i = bisect_right(starts, h.start)
        if (i == 0 or ends[i - 1] <= h.start) and (i == len(starts) or h.end <= starts[i]):
            chosen.append(h)
            starts.insert(i, h.start)
            ends.insert(i, h.end)
    if plain:
        chosen = [_on_text(h, text) for h in chosen]
    return sorted(chosen, key=lambda h: h.start)


def _on_text(hit: Hit, text: str) -> Hit:
    """A hit found on the lowercased text, with its match made on the text itself (same span)."""
    if hit.match.string is text:
        return hit
    m = hit.rule.regex.match(text, hit.start)
    if m is None or m.end() != hit.end:  # cannot be, by plain_case; kept exact whatever happens
        raise AssertionError(f"time rule {hit.rule.name}: lowercased match {hit.match!r} not found again")
    return Hit(hit.start, hit.end, hit.rule, m)


@cache
def _order() -> dict[str, int]:
    """Each rule's rank in the table (the earlier wins a tie)."""
    return {rule.name: i for i, rule in enumerate(rules())}


def _mention(doc_id: str, text: str, start: int, end: int, cal: Cal) -> TimeMention:
    kind: TimexType = "TIME" if cal.precision in ("hour", "minute") else "DATE"
    return TimeMention(doc_id, start, end, text[start:end], cal.value(), cal.precision, kind)


def find_times(
    text: str, anchor: TimeValue | None, doc_id: str, sdoc: Doc | None = None
) -> list[TimeMention]:
    """Every date and time expression in ``text``, with its value resolved against ``anchor``.

    >>> [t.value for t in find_times("Il a parlé hier soir.", TimeValue("2022-11-12", "day"), "d")]
    ['2022-11-11']
    """
    parsed = parse_anchor(anchor)
    if parsed is None:
        return _absolute_only(text, doc_id, sdoc)
    ctx = Ctx(unify_apostrophes(text), parsed, sdoc)
    dates: list[tuple[int, int, Cal]] = []
    clocks: list[tuple[int, int, Clock]] = []
    shifts: list[tuple[int, int, Shift]] = []
    labels: list[tuple[int, int, Label]] = []
    for h in _hits(ctx.text):
        try:
            resolved = h.rule.resolve(h.match, ctx)
        except (ValueError, OverflowError):  # "il y a trente siècles": before year 1, off the calendar
            continue
        if isinstance(resolved, Cal):
            dates.append((h.start, h.end, resolved))
        elif isinstance(resolved, Clock):
            clocks.append((h.start, h.end, resolved))
        elif isinstance(resolved, Shift):
            shifts.append((h.start, h.end, resolved))
        elif isinstance(resolved, Label):
            labels.append((h.start, h.end, resolved))
    cals = _weekends(ctx.text, _attach_clocks(ctx.text, dates, clocks, parsed, labels))
    today = parsed.day if parsed.precision == "day" else None
    placed, unknown = anaphora.place(ctx.text, cals, shifts, _near, today)
    found = [_labelled(doc_id, text, s, e, label) for s, e, label in labels + unknown]
    found += [_mention(doc_id, text, s, e, cal) for s, e, cal in cals + placed]
    return sorted(found, key=lambda t: t.start)


def _labelled(doc_id: str, text: str, start: int, end: int, label: Label) -> TimeMention:
    return TimeMention(doc_id, start, end, text[start:end], label.value, label.precision, label.type)


def dated(times: list[TimeMention]) -> list[TimeMention]:
    """The mentions with a calendar value (a day, a month, "2022-W45"...), the ones that can date a
    statement or an event; not "désormais" (PRESENT_REF), "les années 1990" (199X) nor "P3Y"."""
    return [t for t in times if CALENDAR_VALUE.match(t.value)]


def _absolute_only(text: str, doc_id: str, sdoc: Doc | None) -> list[TimeMention]:
    """Without an anchor, only expressions that carry their own year can be given a value."""
    far = Anchor(date(2000, 7, 1), "year")
    ctx = Ctx(unify_apostrophes(text), far, sdoc)
    out = []
    for h in _hits(ctx.text):
        groups = h.match.groupdict()
        if h.rule.name in ("date", "month", "daylist") and not groups.get("y"):
            continue
        if h.rule.name not in ("date", "month", "year", "numeric", "daylist", *ANCHORLESS):
            continue
        if groups.get("y") and len(groups["y"].lstrip("'")) == 2:
            continue
        resolved = h.rule.resolve(h.match, ctx)
        if isinstance(resolved, Cal):
            out.append(_mention(doc_id, text, h.start, h.end, resolved))
        elif isinstance(resolved, Label):
            out.append(_labelled(doc_id, text, h.start, h.end, resolved))
    return out


ANCHORLESS = ("present", "duration", "set")
"""Rules whose values need no anchor (the decade of "les années 80" and "le siècle dernier" do)."""


def _attach_clocks(
    text: str,
    dates: list[tuple[int, int, Cal]],
    clocks: list[tuple[int, int, Clock]],
    anchor: Anchor,
    unknown: list[tuple[int, int, Label]],
) -> list[tuple[int, int, Cal]]:
    """Join "samedi à 18 h" into one value; give a lone clock time the day of the nearest earlier
    day mention on the same line, else the anchor's day; "la veille" of a verb in the past is the day
    before the last day told, however far back, in a text that tells no date before it the day before
    the anchor's;
    "le lendemain" of no day mentioned goes to ``unknown`` with TimeML's unknown day. Midnight ends
    the day it is told with ("dimanche à minuit" is Monday 00:00)."""
    merged: dict[int, tuple[int, int, Cal]] = {i: d for i, d in enumerate(dates)}
    lone: list[tuple[int, int, Clock]] = []
    for cs, ce, clock in clocks:
        joined = False
        for i, (ds, de, cal) in list(merged.items()):
            if cal.precision != "day" or clock.shift:
                continue
            if (de <= cs and CLOCK_JOIN.match(text[de:cs])) or (ce <= ds and CLOCK_JOIN.match(text[ce:ds])):
                merged[i] = (
                    min(ds, cs),
                    max(de, ce),
                    _at(cal.day, clock),
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
            if e <= cs
            and rank(c.precision) >= rank("day")
            and (_near(text, e, cs) or clock.anaphoric or clock.past)
        ]  # "le matin même", "la veille": from the story's last day told, however far back
        if before:
            day = max(before, key=lambda t: t[1])[2].day + timedelta(days=clock.shift)
        elif clock.past and anchor.precision == "day" and not any(e <= cs for _, e, _ in out):
            day = anchor.day + timedelta(days=clock.shift)  # "la veille" of a story no day told before
        elif clock.shift or clock.anaphoric or clock.told:
            unknown.append((cs, ce, Label(UNKNOWN["day"], "day")))  # "le lendemain" of no day told
            continue
        elif anchor.precision == "day":
            day = anchor.day
        else:
            continue
        out.append((cs, ce, _at(day, clock)))
        out.sort(key=lambda t: t[0])
    return sorted(out, key=lambda t: t[0])


WEEK_OF = re.compile(
    r"\b(?:la|le|ce|cette|du|au)\s+(?:(?:long|grand|premier|dernier)\s+)?\b(?:week[-\s]?end(?:\s+prolongé)?|semaine)"
    r"\s+(?:(?:du|de\s+la|de\s+l'|de|d')\s*)?$",
    re.I,
)


def _weekends(text: str, cals: list[tuple[int, int, Cal]]) -> list[tuple[int, int, Cal]]:
    """ "le week-end du 14 juillet", "la semaine du 11 juillet", "le week-end de Pâques": that day's
    week, as "ce week-end" and "cette semaine" are (TimeML 2022-W28-WE for a week-end, here the
    week's value). A "cette semaine" the phrase swallows is dropped."""
    out: list[tuple[int, int, Cal]] = []
    for s, e, cal in cals:
        listed = re.match(r"(?:les|des)\s", text[s:e], re.I)  # "le week-end des 24 et 25": two days
        m = WEEK_OF.search(text, max(0, s - 40), s) if cal.precision == "day" and not listed else None
        if m:
            out = [(s2, e2, c) for s2, e2, c in out if e2 <= m.start()]
            out.append((m.start(), e, truncate(cal.day, "week")))
        else:
            out.append((s, e, cal))
    return out


def _at(day: date, clock: Clock) -> Cal:
    """The time ``clock`` of ``day``; midnight (hour 24, TimeML's T24:00) is the next day's 00:00."""
    if clock.hour == 24:
        return Cal(day + timedelta(days=1), clock.precision, 0, clock.minute)
    return Cal(day, clock.precision, clock.hour, clock.minute)


def _near(text: str, end: int, start: int) -> bool:
    """Whether a day mentioned at ``end`` is still the story's day at ``start``: same or next
    paragraph, at most ``REFERENCE_REACH`` characters back."""
    between = text[end:start]
    return len(between) <= REFERENCE_REACH and between.count("\n") <= 1 and "\n\n" not in between.strip(" ")


REFERENCE_REACH = 600
