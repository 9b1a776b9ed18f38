"""The town an institution's name holds: "l'hôpital de Verdun", "la mairie de Montauban", "le
tribunal de Nanterre", tagged by the NER as one organisation with no place inside it. The
institution stands in that town, so what befalls it or what it does happens there ("L'hôpital de
Verdun a été pillé": Verdun), as a town said inside a place's name is ("la région de Valence")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from newsgraph.extract.context import PLACE_LABELS, Mention
from newsgraph.geo import place_of

VENUE_NOUNS = frozenset(
    "hôpital clinique mairie hôtel-de-ville préfecture sous-préfecture tribunal cour lycée collège école"
    " université usine prison commissariat gendarmerie caserne stade théâtre église mosquée synagogue"
    " cathédrale aéroport port centrale maternité ehpad".split()
)
"""Nouns of an institution or building that stands in the town its "de X" names (not "la gare de
Lyon", a station of Paris named after where its trains go)."""

DE_WORDS = frozenset({"de", "d'", "d’", "du"})
ARTICLES = frozenset({"la", "le", "l'", "l’"})


def venue_places(sdoc: Doc, mentions: Iterable[Mention]) -> dict[int, Mention]:
    """The towns named inside the organisation mentions of ``sdoc`` ("hôpital de Verdun"), by the
    index of each of their tokens: a mention of the town, for ``MentionIndex.inner_places``."""
    out: dict[int, Mention] = {}
    for m in mentions:
        if m.label in PLACE_LABELS or " " not in m.text:
            continue
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        town = town_in(span) if span is not None else None
        if town is None:
            continue
        inner = Mention(town.start_char, town.end_char, town.text, "LOC", town.text.lower(), town.text)
        for t in town:
            out.setdefault(t.i, inner)
    return out


def town_in(span: Span) -> Span | None:
    """The town after "<institution> de" in a name ("hôpital de Verdun" -> "Verdun"), when the
    gazetteer knows it as a town; else None."""
    for k, t in enumerate(span[:-2]):
        if t.lemma_.lower() not in VENUE_NOUNS and t.lower_ not in VENUE_NOUNS:
            continue
        j = k + 1
        if span[j].lower_ not in DE_WORDS:
            return None
        j += 1
        if j < len(span) - 1 and span[j].lower_ in ARTICLES:
            j += 1
        rest = span[j:]
        geo = place_of(rest.text) if rest.text[:1].isupper() else None
        return rest if geo is not None and geo.type == "city" else None
    return None
