"""A country taken up by a noun: "La Pologne a fermé sa frontière. Le pays a annoncé que …" — the
country named last speaks (as its government), not an unnamed "pays" (``speaker_words.tsv``
``country_noun``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import geo, lexicons
from newsgraph.extract.context import PLACE_LABELS, DocContext, Mention

COUNTRY_NOUNS = lexicons.tagged("speaker_words.tsv")["country_noun"]
COUNTRY_DETS = {"le", "ce", "l'", "l’"}
WINDOW = 1500  # characters back to look for the country (a pronoun's reach)


def country_taken_up(ctx: DocContext, head: Token) -> Mention | None:
    """The mention of the last country named before "le pays" / "ce pays" (with no complement or
    adjective of its own: "le pays de Galles", "le pays hôte" are not the one named)."""
    if head.pos_ != "NOUN" or head.lower_ not in COUNTRY_NOUNS:
        return None
    det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    if det is None or det.lower_ not in COUNTRY_DETS:
        return None
    if any(c.dep_ in {"nmod", "amod", "appos"} for c in head.children):
        return None
    places = [
        m
        for m in ctx.mentions_within(max(0, head.idx - WINDOW), head.idx)
        if m.label in PLACE_LABELS and m.end <= head.idx
    ]
    return next((m for m in reversed(places) if is_country(m.name)), None)


def is_country(name: str) -> bool:
    place = geo.geocode(name)
    return place is not None and place.type == "country"
