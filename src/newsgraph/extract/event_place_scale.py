"""The scale of an event's place. An invasion crosses a border and a war is fought across a country:
their place is the country, however local the report ("l'invasion de l'Ukraine", "la guerre", in a
report filmed in Lviv). A report's own place is a town; lent to such an act, it is widened to the
country the report names the town in, and a country said of it is not narrowed to the town."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_place_names import named_ref
from newsgraph.extract.event_place_wars import WAR_NOUNS
from newsgraph.extract.event_scenes import LEAD_SENTENCES
from newsgraph.geo import geocode
from newsgraph.model import PlaceRef

COUNTRY_SCALE_TYPES = frozenset({"invade"})
"""Event types whose place is a whole country: an invasion crosses a border, not a town's streets."""


def country_scale(kind: str, token: Token) -> bool:
    """An act said at the scale of a country: an invasion, or a war named by its noun ("la guerre",
    "le conflit"); not a battle or fighting ("les combats", "la bataille de Kharkiv"), which have a
    front line."""
    return kind in COUNTRY_SCALE_TYPES or token.lemma_.lower() in WAR_NOUNS


def widened(place: PlaceRef, sent: Span, sdoc: Doc, mentions: MentionIndex) -> PlaceRef:
    """A town widened to its country when the sentence or the report's opening names that country
    ("Lviv, grande ville de l'ouest de l'Ukraine": Ukraine); the town otherwise (no country said:
    the gazetteer's country is no word of the report)."""
    geo = geocode(place.name)
    if geo is None or geo.type != "city" or geo.country is None:
        return place
    for span in (sent, *islice(sdoc.sents, LEAD_SENTENCES)):
        for _, m in mentions.places(span):
            outer = geocode(m.name)
            if outer is not None and outer.type == "country" and outer.country == geo.country:
                return named_ref(m.name)
    return place
