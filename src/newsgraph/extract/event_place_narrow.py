"""A country an event is placed in, narrowed to the city or region of that country the report is
about ("La grande ville de l'ouest de l'Ukraine a été bombardée", in a report about Lviv: Lviv),
unless the event's own sentence tells it at the country's scale: it names that country ("extradé
vers la France", "le reste de l'Ukraine") or speaks of "le pays" ("des milliers de personnes fuient
le pays") and no town or region of it; the report's town is then another event's."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.event_agent_genitive import acting_capital
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_place_names import seats
from newsgraph.extract.event_place_words import PARTNER_PREPS, is_introduced, is_located, is_source
from newsgraph.extract.event_scenes import LEAD_SENTENCES, country_scale
from newsgraph.geo import geocode, government_of
from newsgraph.model import PlaceRef
from newsgraph.names import fold_place


def narrowed(place: PlaceRef, sent: Span, sdoc: Doc, mentions: MentionIndex) -> PlaceRef:
    """A country narrowed to the city or region of that country the report is about: the first one
    the sentence names, else the report's opening sentences ("La grande ville de l'ouest de
    l'Ukraine a été bombardée", the report being about Lviv: Lviv), unless the sentence names the
    country itself or "le pays" (``said_of_country``)."""
    geo = geocode(place.name)
    if geo is None or geo.type != "country":
        return place
    if any(m.name == place.name and is_located(t) for t, m in mentions.places(sent)):
        return place  # "En Angleterre, des restrictions d'eau": the sentence says the country
    for k, span in enumerate((sent, *islice(sdoc.sents, LEAD_SENTENCES))):
        if k == 1 and said_of_country(sent, geo.id, mentions):
            return place  # "extradé vers la France", "fuient le pays": not the opening's town
        for t, m in mentions.places(span):
            inner = geocode(m.name)
            if inner is None or inner.type not in {"city", "region"} or inner.country != geo.country:
                continue
            if is_source(t) or acting_capital(t, mentions) or fold_place(m.name) in seats():
                continue  # "reçu à l'Élysée": a seat is no town the report is about
            if any(c.dep_ == "case" and c.lower_ in PARTNER_PREPS for c in t.children):
                continue
            if t.dep_ in {"nsubj", "nsubj:pass"} and not is_introduced(t) and government_of(m.name):
                continue  # "Kiev a demandé": the state, not a place
            return PlaceRef(inner.id, m.name)
    return place


def said_of_country(sent: Span, country: str, mentions: MentionIndex) -> bool:
    """Whether the sentence tells its events at a country's scale: it names that country (by any
    of its names, "vers la France", "une grande partie de la France", even where the NER saw no
    place), not as a source ("selon la France") nor as whose ("la reine d'Angleterre", "la grande
    ville de l'ouest de l'Ukraine"), or speaks of "le pays" ("des milliers de personnes fuient le
    pays")."""
    named = [(t, m.name) for t, m in mentions.places(sent, inner=True)]
    named += [(t, t.text) for t in sent if t.pos_ == "PROPN" and mentions.get(t) is None]  # "vers la France"
    for t, name in named:
        geo = geocode(name)
        if geo is not None and geo.id == country and not is_source(t) and said_whole(t):
            return True
    return country_scale(sent, mentions)


PART_NOUNS = frozenset({"reste", "ensemble", "partie", "moitié", "totalité"})
"""Nouns of a share of a country that still tell an event at its scale ("une grande partie de la
France", "le reste de l'Ukraine"); not a point of the compass ("le sud de la France"), a region
the report's town may well lie in."""


def said_whole(t: Token) -> bool:
    """A country said for itself or through a share of it ("vers la France", "le reste de
    l'Ukraine"), not as the complement of another word ("la reine d'Angleterre", "le sud de la
    France", "la grande ville de l'ouest de l'Ukraine", "la fête la plus tôt de France": a person's
    title, a region, a town, a superlative's range)."""
    if t.head.i != t.i and t.head.pos_ in {"ADJ", "ADV"}:
        return False  # "la plus tôt de France": a superlative's range, not where
    node = t
    while node.dep_ == "nmod" and node.head.i != node.i:
        if node.head.lemma_.lower() not in PART_NOUNS:
            return False
        node = node.head
    return True
