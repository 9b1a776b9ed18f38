"""The capital a bare "la capitale" stands for when no capital was named before it: the capital of
the country its adjective names ("la capitale ukrainienne") or of the country named nearest before
it ("l'offensive russe en Ukraine. Les combats se rapprochent de la capitale": Kyiv), as the
gazetteer names it; never a capital said with another quality ("la capitale économique")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsgraph.extract.context import Mention
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.geo import GeoPlace, capital_of, geocode, place_of
from newsgraph.geo_demonyms import demonym_country


def capital_mention(geo: GeoPlace | None, noun: Token, mentions: MentionIndex) -> Mention | None:
    """A mention, at the noun "capitale", of the capital of the country ``geo``, named as the report
    names it elsewhere ("Kiev"), else as the gazetteer does ("Kyiv"); None when ``geo`` is no
    country or the gazetteer knows no capital of it."""
    if geo is None or geo.type != "country":
        return None
    capital = capital_of(geo)
    place = place_of(capital) if capital else None
    if capital is None or place is None:
        return None
    said = [m for _, m in mentions.places(noun.doc[:]) if (p := place_of(m.name)) and p.id == place.id]
    name = said[0].name if said else capital
    return Mention(noun.idx, noun.idx + len(noun.text), noun.text, "LOC", f"capital-{capital}", name)


def country_capital(
    noun: Token, spans: list[Span], mentions: MentionIndex, is_country: Callable[[Token, Mention], bool]
) -> Mention | None:
    """The capital "la capitale" stands for when no capital was named: its demonym's country's, else
    that of the country nearest before it in ``spans`` (nearest first) said as a place
    (``is_country``); None for a capital with another adjective ("économique", "européenne")."""
    adjectives = [c for c in noun.children if c.dep_ == "amod"]
    nations = [demonym_country(a.lower_) for a in adjectives]
    if any(n is None for n in nations):
        return None  # "la capitale économique", "la capitale européenne de la culture"
    if nations and nations[0]:
        return capital_mention(geocode(nations[0]), noun, mentions)  # "la capitale ukrainienne"
    for span in spans:
        found = [m for t, m in mentions.places(span) if is_country(t, m)]
        if found:
            return capital_mention(place_of(found[-1].name), noun, mentions)
    return None
