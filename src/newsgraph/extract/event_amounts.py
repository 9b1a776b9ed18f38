"""Amounts stated with an event: money ("400 millions de dollars") and, for casualty reports,
head counts ("12 morts"). The words are in ``ontology/lexicons/amounts.tsv`` and ``event_nouns.tsv``."""

from __future__ import annotations

import re

from newsgraph import lexicons
from newsgraph.event_types import CASUALTY_TYPES, HEAD_COUNT_TYPES
from newsgraph.lexicons import alternation
from newsgraph.model import Quantity

_AMOUNTS = lexicons.rows("amounts.tsv", 3)
SCALE = {word: float(value) for word, kind, value in _AMOUNTS if kind == "scale"}
CURRENCIES = {word: value for word, kind, value in _AMOUNTS if kind == "currency"}
_NOUNS = lexicons.tagged("event_nouns.tsv")
MILITARY_NOUNS = _NOUNS["military"]
PEOPLE_NOUNS = _NOUNS["people"]
BODY_NOUNS = _NOUNS["body"]
"""Institutions and trades that act: "le parquet", "les douaniers"."""
QUANTITY_NOUNS = _NOUNS["quantity"]
"""Nouns of number that act through their "de X": "des milliers de manifestants"."""
PHASE_NOUNS = _NOUNS["phase"]
"""Nouns of an event's start or return whose bare "de X" is the event: "des départs de feu"."""
PARTY_NOUNS = _NOUNS["party"]
"""Nouns of a party to one event whose definite "de X" is that event: "le suspect de la fusillade"."""
PLACE_NOUNS = _NOUNS["place"]
"""Nouns whose "de X" names a place: "la région de Koursk"."""
CASUALTY_NOUNS = MILITARY_NOUNS | PEOPLE_NOUNS | _NOUNS["casualty"]
DEATH_NOUNS = _NOUNS["casualty"] | {"personne"}
"""A death's head count names the dead ("quatre morts", "dix personnes"): not "père de 3 enfants"."""

NUMBER = r"\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
SCALE_WORDS = alternation(SCALE)
MONEY_RE = re.compile(
    rf"(?P<num>{NUMBER})\s*(?P<scale>{SCALE_WORDS})?\s*(?:de\s+|d')?"
    rf"(?P<cur>{alternation(CURRENCIES)})",
    re.I,
)
COUNT_RE = re.compile(
    rf"(?P<num>{NUMBER})\s*(?P<scale>{SCALE_WORDS})?\s*(?:de\s+|d')?(?P<noun>[a-zà-ÿ]+)", re.I
)


def parse_number(num: str, scale: str | None) -> float:
    value = (
        float(re.sub(r"[\s\u00a0\u202f.]", "", num).replace(",", "."))
        if re.search(r"\d[\s\u00a0\u202f.]\d{3}", num)
        else float(num.replace(",", "."))
    )
    return value * SCALE.get((scale or "").lower(), 1)


def quantities(type_: str, texts: list[str]) -> tuple[Quantity, ...]:
    """Money amounts, and head counts for casualty reports, stated in the given texts."""
    out: list[Quantity] = []
    for text in texts:
        for m in MONEY_RE.finditer(text):
            unit = CURRENCIES.get(m.group("cur").lower(), m.group("cur"))
            out.append(Quantity(parse_number(m.group("num"), m.group("scale")), unit, m.group(0)))
        if type_ in HEAD_COUNT_TYPES and not out:
            nouns = CASUALTY_NOUNS if type_ in CASUALTY_TYPES else DEATH_NOUNS
            for m in COUNT_RE.finditer(text):
                noun = m.group("noun").lower()
                if noun.rstrip("sx") not in nouns or re.fullmatch(r"\d{4}", m.group("num")):
                    continue
                out.append(Quantity(parse_number(m.group("num"), m.group("scale")), "people", m.group(0)))
                break
        if out:
            break
    return tuple(out)
