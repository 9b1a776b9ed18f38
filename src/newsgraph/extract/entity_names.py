"""Names within one article: a surname or a misread first name joined to the full name given
elsewhere in it, and entity labels corrected from the other names of the article (a surname tagged
ORG is a person, a lone PER that is a place elsewhere is a place)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsgraph import lexicons
from newsgraph.extract.context import span_text
from newsgraph.extract.tokens import tokens
from newsgraph.names import fold_spaced as fold
from newsgraph.names import one_edit

INSTITUTIONS = lexicons.tagged("entity_words.tsv")["institution"]


@lru_cache(maxsize=65536)
def surname_match(short: str, full: str) -> bool:
    """ "Zelenskiy" ~ "Volodymyr Zelenskyy", "Milley" ~ "Mark Milley"."""
    s, f = fold(short).split(), fold(full).split()
    if not s or len(s) >= len(f) + 1:
        return False
    if f[-len(s) :] == s:
        return True
    a, b = s[-1], f[-1]
    return len(s) == 1 and len(a) >= 6 and a[:6] == b[:6] and abs(len(a) - len(b)) <= 2


@lru_cache(maxsize=65536)
def _given_match(short: str, full: str) -> bool:
    """ "Georgia" ~ "Giorgia Meloni": one word that is a full name's first name, or that name
    misread by one letter (5+ letters), is that person when no full name has it as surname."""
    s, f = fold(short).split(), fold(full).split()
    if len(s) != 1 or len(f) < 2:
        return False
    return s[0] == f[0] or (min(len(s[0]), len(f[0])) >= 5 and one_edit(s[0], f[0]))


def given_name_of(short: Span, full_names: Iterable[str]) -> str | None:
    """The one full name of the document whose first name a lone PER word is, else None."""
    if len(short) != 1:
        return None
    text = span_text(short)
    found = [t for t in full_names if _given_match(text, t)]
    return found[0] if len(found) == 1 else None


def distance(starts: list[int], at: int) -> int:
    """Tokens from ``at`` to the nearest of the sorted ``starts``."""
    i = bisect_left(starts, at)
    return min(abs(starts[j] - at) for j in (i - 1, i) if 0 <= j < len(starts))


WHERE_WORDS = frozenset({"à", "dans", "vers"})
"""Prepositions after which a name the gazetteer knows is the place, whatever the NER's label."""


def relabel(span: Span, full_names: Iterable[str], places: set[str]) -> Span:
    """A surname tagged ORG/LOC/MISC is a person; a lone PER that is a place elsewhere is a place;
    a place-tagged name of an institution ("ministère russe de la Défense") is an organisation."""
    text = span_text(span)  # sliced once, not joined again from the tokens at every test
    key = fold(text)
    if span.label_ in {"LOC", "GPE"} and len(span) > 1 and span[0].lower_ in INSTITUTIONS:
        if not is_known_place(text):
            return Span(span.doc, span.start, span.end, label="ORG")
    if span.label_ != "PER" and any(surname_match(text, p) or fold(p) == key for p in full_names):
        return Span(span.doc, span.start, span.end, label="PER")
    if span.label_ in {"LOC", "GPE"} and (given := given_name_of(span, full_names)) is not None:
        if key != fold(given).split()[0]:  # "Georgia" misread for Giorgia Meloni, not "Paris"
            return Span(span.doc, span.start, span.end, label="PER")
    if (
        span.label_ in {"ORG", "MISC"}
        and len(span) == 1
        and (
            key in places  # "Kherson" tagged ORG here, LOC there
            or (span.start > 0 and span.doc[span.start - 1].lower_ in WHERE_WORDS and is_known_place(text))
        )
    ):  # "à Irpin" tagged MISC: a town the gazetteer knows, said as where
        return Span(span.doc, span.start, span.end, label="LOC")
    if (
        span.label_ == "PER"
        and len(span) == 1
        and (key in places or is_known_place(text) or is_commune_after_where(span))
        and given_name_of(span, full_names) is None  # "Georgia" for Giorgia Meloni
    ):
        return Span(span.doc, span.start, span.end, label="LOC")
    return span


def is_commune_after_where(span: Span) -> bool:
    """A name after "à", "dans" or "vers" that is a town of the localities table ("vers
    Pluvigner" tagged PER): said as where, a French commune or Ukrainian village."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in WHERE_WORDS:
        return False
    from newsgraph.geo import locality

    return locality(span.text) is not None


@lru_cache(maxsize=4096)
def is_known_place(name: str) -> bool:
    """A single word the gazetteer knows as a country, region or city ("Washington", "Kiev")."""
    try:
        from newsgraph.geo import geocode

        place = geocode(name)
    except Exception:  # the gazetteer is optional here
        return False
    return place is not None and place.type in {"country", "city", "region"}


def surname_spans(sdoc: Doc, spans: list[Span], full_names: Iterable[str]) -> list[Span]:
    """Surnames of people named in full elsewhere that NER missed."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    full_names = list(full_names)
    # surname_match needs the last words' first six letters to agree: a set lookup first
    heads = {f[-1][:6] for f in (fold(p).split() for p in full_names) if f}
    if not heads:  # no one named in full: no surname to find (the walk below would keep none)
        return []
    out = []
    tt = tokens(sdoc)
    sent_start, pos = tt.sent_start, tt.pos
    for i, text in enumerate(tt.text):
        if not text[:1].isupper() or len(text) < 3 or i in covered or (sent_start[i] and pos[i] != "PROPN"):
            continue
        words = fold(text).split()
        if not words or words[-1][:6] not in heads:
            continue
        matched = [p for p in full_names if surname_match(text, p)]
        if matched:
            out.append(Span(sdoc, whole_name_start(sdoc, i, matched, covered), i + 1, label="PER"))
    return out


def whole_name_start(sdoc: Doc, i: int, full_names: list[str], covered: set[int]) -> int:
    """Where the full name ending at the surname ``i`` starts when the text gives it whole and the
    tagger missed it ("Marine Le Pen" opening a sentence): else ``i``."""
    for full in sorted(full_names, key=len, reverse=True):
        n = len(full.split())
        start = i - n + 1
        if n > 1 and start >= 0 and not covered & set(range(start, i)):
            if fold(sdoc[start : i + 1].text) == fold(full):
                return start
    return i
