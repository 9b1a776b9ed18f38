"""Time expressions that bound a stretch rather than date an act ("jusqu'au 30 mars"), read by the
event dating of ``event_dates``, ``event_circumstances`` and ``event_date_fronted`` (moved here
from ``event_dates`` in round 33, unchanged)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from newsgraph.extract.timex_calendar import lexicon as time_lexicon
from newsgraph.extract.timex_calendar import unify_apostrophes
from newsgraph.lexicons import alternation
from newsgraph.model import TimeMention

CLIMB = 3
"""How many "de X" links up a noun phrase the dating walks climb."""
CALENDAR = re.compile(r"^\d{4}")
"""A time value on the calendar ("2022-12-23", "2022-W51"), not "PRESENT_REF" or "XXXX-WXX-5"."""


def until_bound(text: str, time: TimeMention) -> bool:
    """A time expression said as the end of a stretch ("prolongée jusqu'à la fin de l'année",
    "restera fermé jusqu'au 30 mars"): when the stretch ends, not when the act happened. Only
    the "jusqu'à" prepositions of ``until_prepositions``: "pour lundi" (``grève prévue pour
    lundi``) and "à partir de septembre" (an aid that starts then) date the act."""
    before = unify_apostrophes(text[max(0, time.start - UNTIL_REACH) : time.start])
    return bool(_until().search(before))


def in_until_phrase(t: Token) -> bool:
    """A time word inside a phrase that ends a stretch ("placé en détention jusqu'à son procès en
    juin": June is the trial's, the custody is now): a noun up its "de X" / "en X" chain that
    "jusqu'à" introduces."""
    node = t
    for _ in range(CLIMB):
        if node.head.i == node.i or node.dep_ not in {"nmod", "obl:mod", "obl"}:
            return False
        node = node.head
        if node.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == "nummod" for c in node.children):
            return False  # "ont augmenté jusqu'à 0,27 % en janvier": an amount's bound, not a time's
        if any(
            c.dep_ in {"case", "fixed"} and unify_apostrophes(c.lower_).startswith("jusqu")
            for c in node.children
        ):
            return True
    return False


UNTIL_REACH = 20
"""How far before a time expression its preposition is looked for (with an article between)."""


@cache
def _until() -> re.Pattern[str]:
    words = [w for w in time_lexicon()["until_prepositions"] if w.startswith("jusqu")]
    return re.compile(rf"(?:^|[\s(,])(?:{alternation(words)})\s*(?:le|la|les|l'|ce|cet|cette)?\s*$", re.I)
