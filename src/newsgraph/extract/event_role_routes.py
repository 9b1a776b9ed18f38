"""A route is no actor: the "de X à Y" of a noun of travel names where a journey starts and where it
ends ("une tournée en Afrique, de l'Égypte à l'Éthiopie", "la marche de Paris à Bruxelles", "l'exode
de Kharkiv à Lviv"), not who travels, as a lone "de X" may ("la visite de la Première ministre").

Only for kinds of travel (``ITINERARY_TYPES``): "l'aide de la France à l'Ukraine", "le soutien de
l'UE à Kiev" give from one to the other, and the "de X" gives."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_nominal import has_case
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex

ITINERARY_TYPES = frozenset(
    {"visit", "flee", "displacement", "demonstrate", "return", "sport_competition", "campaign_rally"}
)
"""Kinds of events that travel from a place to another."""
TO_CASES = frozenset({"à", "au", "aux", "jusqu'à", "jusqu’à", "vers"})


def is_place(token: Token, mentions: MentionIndex) -> bool:
    m = mentions.get(token)
    return m is not None and m.label in PLACE_LABELS


def route_start(de: Token, kind: str, mentions: MentionIndex) -> bool:
    """Whether the "de X" complement ``de`` of a trigger of ``kind`` starts a route: a place with an
    "à Y" place of its own (the parser hangs "à l'Éthiopie" on "l'Égypte") or beside it on the
    trigger."""
    if kind not in ITINERARY_TYPES or not is_place(de, mentions):
        return False
    ends = [*de.children, *(c for c in de.head.children if c.i > de.i)]
    return any(c.dep_ == "nmod" and has_case(c, set(TO_CASES)) and is_place(c, mentions) for c in ends)
