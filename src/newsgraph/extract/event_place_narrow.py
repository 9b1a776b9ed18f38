"""A country an event is placed in, narrowed to the city or region of that country the report is
about ("La grande ville de l'ouest de l'Ukraine a été bombardée", in a report about Lviv: Lviv)."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span

from newsgraph.extract.event_agent_genitive import acting_capital
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_place_names import seats
from newsgraph.extract.event_place_words import PARTNER_PREPS, is_introduced, is_located, is_source
from newsgraph.extract.event_scenes import LEAD_SENTENCES
from newsgraph.geo import geocode, government_of
from newsgraph.model import PlaceRef
from newsgraph.names import fold_place


def narrowed(place: PlaceRef, sent: Span, sdoc: Doc, mentions: MentionIndex) -> PlaceRef:
    """A country narrowed to the city or region of that country the report is about: the first one
    the sentence names, else the report's opening sentences ("La grande ville de l'ouest de
    l'Ukraine a été bombardée", the report being about Lviv: Lviv)."""
    geo = geocode(place.name)
    if geo is None or geo.type != "country":
        return place
    if any(m.name == place.name and is_located(t) for t, m in mentions.places(sent)):
        return place  # "En Angleterre, des restrictions d'eau": the sentence says the country
    for span in (sent, *islice(sdoc.sents, LEAD_SENTENCES)):
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
