"""Resolvers for time expressions whose TimeML value is no calendar stretch of the model's forms:
the present, past and future as a whole (``PRESENT_REF`` "désormais", ``PAST_REF`` "autrefois",
``FUTURE_REF`` "à l'avenir"), decades and centuries (``199X`` "les années 1990", ``19XX`` "le XXe
siècle"), stretches of time (``P3Y`` "pendant trois ans", ``PXM`` "des mois") and recurrences
(``XXXX-WXX-1`` "chaque lundi", ``P1M`` "chaque mois"). They are kept as labels: a value, the grain
the words name and the TIMEX3 type; they get no date interval and date no statement or event.
"""

from __future__ import annotations

import re

from newsgraph.extract.timex_calendar import Label, Resolved, lexicon, modifier, number, weekday_number
from newsgraph.extract.timex_resolvers import Ctx

ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
# Before a number of years, it is an age or a count ("un homme de 20 ans", "à 18 ans", "les 35
# heures"), not a stretch of time.
NOT_A_STRETCH = re.compile(
    r"(?:\b(?:de|d'|à|les|des|ses|leurs?|aux|ces|nos|vos|mes|âgée?s?)\s*|[,(-]\s*)$", re.I
)

AGE = re.compile(
    r"(?<![yY]\s)\b(?:a|ai|as|avons|avez|ont|avait|avais|avaient|aura|auront|aurait|auraient|avoir|ayant)"
    r"\s+(?:(?:que|qu'|presque|déjà|bientôt|seulement|tout\s+juste|à\s+peine|environ|près\s+d[e']|plus\s+d[e']"
    r"|moins\s+d[e']|entre\s+\d{1,3}\s+et)\s*)*$",
    re.I,
)
"""What makes "N ans" an age ("il a 40 ans", "n'a que 12 ans", "ils ont entre 16 et 18 ans"),
not "il y a 40 ans" (a date) nor "a passé trois ans" (a stretch); in years or months ("il a 18
mois"), not "avait déjà plusieurs semaines lancé un appel"."""
AGE_UNITS = frozenset({"an", "ans", "mois"})
PAIRED_NUMBER = re.compile(r"(?<![\w,.])\d{1,3}\s+(?:ou|à|et)\s+$", re.I)
"""A first number before "ou", "à", "et" that shares the unit of the second ("64 ou 65 ans")."""


def r_ref(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``désormais``, ``autrefois``, ``à l'avenir``: the present, the past, the future."""
    word = re.sub(r"\s+", " ", m[0].lower())
    lx = lexicon()
    if word in lx["past_refs"]:
        return Label("PAST_REF", "day")
    if word in lx["future_refs"]:
        return Label("FUTURE_REF", "day")
    return Label("PRESENT_REF", "day")


def r_decade(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``les années 1990``, ``les années 80`` (the latest before the anchor's), ``les années 2000``."""
    digits = m["dy"]
    if len(digits) == 2:
        year = 1900 + int(digits)
        if year + 100 <= ctx.anchor.day.year:
            year += 100
    else:
        year = int(digits)
    return Label(f"{year // 10:03d}X", "year")


def roman(word: str) -> int | None:
    """``XXI`` -> 21 (the numerals of centuries)."""
    values = [ROMAN.get(c) for c in word.lower()]
    if not values or None in values:
        return None
    nums = [v for v in values if v is not None]
    return sum(-v if i + 1 < len(nums) and v < nums[i + 1] else v for i, v in enumerate(nums))


def r_century(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``le XXe siècle`` (19XX), ``au 21e siècle``, ``le siècle dernier``, ``ce siècle``."""
    if m["c"]:
        n = int(m["c"]) if m["c"].isdigit() else roman(m["c"])
        if n is None or not 1 <= n <= 30:
            return None
    else:
        n = ctx.anchor.day.year // 100 + 1 + modifier(m["mod"])
    return Label(f"{n - 1:02d}XX", "year")


SENTENCE_LENGTH = re.compile(
    r"\s+(?:de\s+(?:prison|réclusion|détention|travaux\s+forcés)|d'(?:emprisonnement|inéligibilité)|ferme\b)",
    re.I,
)
"""After "N ans", what makes it a penalty served, a stretch ("condamné à dix ans de prison"), not
an age ("à 20 ans")."""


def r_duration(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``pendant trois ans`` (P3Y), ``deux semaines``, ``pendant des mois`` (PXM), ``en 48 heures``
    (PT48H), ``depuis plusieurs décennies``, ``dix ans de prison``, ``gardé à vue 48 heures``; not
    an age or a count ("un enfant de 3 ans", "il a 40 ans")."""
    sentence = SENTENCE_LENGTH.match(ctx.text, m.end()) is not None
    start = m.start()
    if paired := PAIRED_NUMBER.search(ctx.text, max(0, start - 12), start):
        start = paired.start()  # "à 64 ou 65 ans", "de 62 à 64 ans": read as the first number is
    if not (m["prep"] or sentence) and NOT_A_STRETCH.search(ctx.text[max(0, start - 8) : start]):
        return None
    if (
        not m["prep"]
        and m["unit"].lower() in AGE_UNITS
        and any(AGE.search(ctx.text[max(0, at - 40) : at]) for at in {start, m.start()})
    ):
        return None
    letter, grain = lexicon()["duration_units"][m["unit"].lower()]
    if not m["prep"] and not m["min"] and grain in ("hour", "minute") and not _beyond_clock(m["n"], grain):
        return None  # a bare "8 heures" is a clock time or nothing; "48 heures" is no time of day
    word = m["n"].lower() if m["n"] else ""
    if m["approx"]:  # "une dizaine d'années"
        n: int | None = lexicon()["approximate_numbers"][m["approx"].lower()]
    else:
        n = None if word in ("quelques", "plusieurs", "des") else number(word)
    if n is None and word not in ("quelques", "plusieurs", "des"):
        return None
    amount = "X" if n is None else f"{n}.5" if m["half"] else str(n)
    if m["min"] and letter == "TH" and n is not None:  # "2 heures 38 minutes"
        return Label(f"PT{n}H{int(m['min'])}M", "minute", "DURATION")
    if letter.startswith("T"):
        return Label(f"PT{amount}{letter[1:]}", grain, "DURATION")
    return Label(f"P{amount}{letter}", grain, "DURATION")


def _beyond_clock(word: str | None, grain: str) -> bool:
    """A number of hours no clock shows ("48 heures", "72 heures"), or of minutes past an hour."""
    n = number(word.lower()) if word else None
    return n is not None and n > (24 if grain == "hour" else 60)


def r_set(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``chaque lundi``, ``tous les mardis`` (XXXX-WXX-2), ``chaque mois`` (P1M), ``tous les deux
    ans`` (P2Y), ``tous les soirs``."""
    if m["wd"]:
        return Label(f"XXXX-WXX-{weekday_number(m['wd']) + 1}", "day", "SET")
    value, grain = lexicon()["set_units"][m["unit"].lower()]
    if m["n"] and value.startswith("P1"):
        n = number(m["n"])
        if n is None:
            return None
        value = f"P{n}{value[2:]}"
    return Label(value, grain, "SET")


def r_vague_offset(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``il y a quelques années`` (the past), ``dans quelques jours`` (the future): an offset with
    no number is no calendar value."""
    return Label("PAST_REF" if m["ago"] else "FUTURE_REF", "day")


def r_recent(m: re.Match[str], ctx: Ctx) -> Resolved:
    """``ces dernières années`` (PXY), ``au cours des trois derniers mois`` (P3M), ``les prochaines
    semaines``: the stretch just before or after the present."""
    letter, grain = lexicon()["duration_units"][m["unit"].lower()]
    word = m["n"]
    n = number(word) if word else None
    if word and n is None:
        return None
    amount = "X" if n is None else str(n)
    if letter.startswith("T"):
        return Label(f"PT{amount}{letter[1:]}", grain, "DURATION")
    return Label(f"P{amount}{letter}", grain, "DURATION")
