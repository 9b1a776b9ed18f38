"""The entity spans spaCy finds, corrected: split at line breaks and trimmed, demonyms ("les Russes")
relabelled, programmes, diseases, products and events left out, media typed as organisations."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span

from newsgraph import lexicons
from newsgraph.extract.context import span_text
from newsgraph.extract.entity_edges import mended_spans
from newsgraph.extract.tokens import tokens
from newsgraph.names import CALENDAR
from newsgraph.names import fold_spaced as fold

_WORDS = lexicons.tagged("entity_words.tsv")
NER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE", "MISC": "MISC"}
DEFINITE = _WORDS["definite"]
DEMONYM_RE = re.compile(
    r"(?:iens?|iennes?|ains?|aines?|ais|aises?|ois|oises?|ans?|anes?|ens?|ennes?|ins?|ines?|"
    r"sses?|ques?|ites?|otes?|ards?|andes?|ois|ses?|tes?|es)$"
)
SINGULAR_DEMONYM_RE = re.compile(
    r"(?:ien|ienne|ain|aine|ais|aise|ois|oise|an|ane|ard|arde|ote|in|ine|ique|ite)$"
)
SINGULAR_PERSON_DETS = _WORDS["singular_person_det"]
PLACE_PLURALS = _WORDS["place_plural"]


MEDIA = frozenset(name for name, uses in lexicons.rows("media.txt", 2) if "source" in uses.split())
"""Outlets often cited as sources (``media.txt``): not part of a person's name."""


def clean_span(span: Span) -> Iterable[Span]:
    """The parts of an entity span on separate lines, without edge punctuation or determiners."""
    text = tokens(span.doc).text
    start = span.start
    for i in range(span.start, span.end):
        if "\n" in text[i]:
            yield from _trim(span.doc, start, i, span.label_)
            start = i + 1
    yield from _trim(span.doc, start, span.end, span.label_)


def _trim(doc: Doc, start: int, end: int, label: str) -> Iterable[Span]:
    tt = tokens(doc)
    punct, space, lower, pos = tt.punct, tt.is_space, tt.lower, tt.pos
    while start < end and (punct[start] or space[start] or lower[start] in DEFINITE or pos[start] == "ADP"):
        if label == "PER" and is_surname_article(doc, start, end):
            break
        start += 1
    if label == "PER" and start > 0 and start < end and doc[start].text[:1].isupper():
        start = with_given_name(doc, start)
    while end > start and (punct[end - 1] or space[end - 1]):
        end -= 1
    if end > start:
        yield Span(doc, start, end, label=label)


def is_surname_article(doc: Doc, i: int, end: int) -> bool:
    """A capitalised "Le"/"La" that begins a person's surname ("Marine Le Pen", "Bruno Le Maire",
    "Jean de La Fontaine"): a name follows it, capitalised and no role noun ("Le Président Macron"
    keeps its article out)."""
    text = doc[i].text
    if text not in {"Le", "La"} or i + 1 >= end:
        return False
    after = doc[i + 1]
    return after.text[:1].isupper() and after.lower_ not in lexicons.words("roles.txt")


def with_given_name(doc: Doc, start: int) -> int:
    """Where a person's name starts once the known first name the tagger left out of it is put back
    ("Marine" tagged a noun before "Le Pen", "Rose" before "Dupont"): a capitalised word of
    ``first_names_fr.tsv`` right before the span, not a sentence's first word followed by "," or
    a determiner."""
    prev = doc[start - 1]
    if not prev.text[:1].isupper() or prev.is_punct or prev.pos_ in {"DET", "ADP", "PRON", "VERB", "AUX"}:
        return start
    return start - 1 if fold(prev.text) in first_names() else start


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Folded first name -> "f" | "m", from ontology/lexicons/first_names_fr.tsv (names put back
    into a person's span here; genders of speakers in :mod:`speaker_gender`)."""
    names = {}
    for line in lexicons.lines("first_names_fr.tsv"):
        parts = line.split("\t")
        if len(parts) == 2:
            names[fold(parts[0])] = parts[1].strip()
    return names


def is_demonym(span: Span) -> bool:
    """ "les Russes", "des Ukrainiens", "un Ukrainien", "cette Ukrainienne": people, not a place."""
    if len(span) != 1 or not span[0].text[:1].isupper():
        return False
    word = fold(span_text(span))
    prev = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if word in PLACE_PLURALS:
        return False
    if not word.endswith("s"):  # singular: only after an article that cannot precede a country
        return prev in SINGULAR_PERSON_DETS and bool(SINGULAR_DEMONYM_RE.search(word))
    return prev in {"les", "des", "aux", "ces", "deux", "nombreux"} and bool(DEMONYM_RE.search(word))


NAME_PARTICLES = _WORDS["name_particle"]


def is_name_like(span: Span) -> bool:
    """A person's name: capitalized words and particles only ("Face au risque de …" is not)."""
    return (
        any(t.text[:1].isupper() for t in span)
        and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES or t.is_punct for t in span)
        and len(span) <= 5
    )


def is_title(span: Span) -> bool:
    """ "ministre de la Santé", "porte-parole du gouvernement" tagged ORG or MISC: a person's title
    (a lowercase role noun of ``roles.txt`` that is no institution), not an organisation; the role
    phrase is then read as roles are (linked to the person holding it, or kept as a title-speaker)."""
    first = span[0]
    if span.label_ not in {"ORG", "MISC"} or not first.text[:1].islower():
        return False
    roles = lexicons.words("roles.txt")
    word = first.lower_
    lemma = first.lemma_.lower()
    return (word in roles or lemma in roles) and not {word, lemma} & lexicons.selection("roles.txt", "org")


@lru_cache(maxsize=1)
def non_actors() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """``non_actors.tsv``: (folded name -> kind, (folded prefix, kind) pairs)."""
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for name, kind in lexicons.rows("non_actors.tsv", 2):
        key = fold(name.strip())
        if key.endswith("*"):
            prefixes.append((key[:-1], kind.strip()))
        else:
            exact[key] = kind.strip()
    return exact, tuple(prefixes)


@lru_cache(maxsize=65536)
def non_actor_kind(text: str) -> str | None:
    """ "programme", "disease", "product", "event" (not actors) or "media" (an outlet), else None."""
    exact, prefixes = non_actors()
    key = fold(text)
    for k in (key, re.sub(r"^(?:le |la |les |l')", "", key)):
        if k in exact:
            return exact[k]
    if not key.startswith(tuple(prefix for prefix, _ in prefixes)):  # most names: one test from C
        return None
    return next((kind for prefix, kind in prefixes if key.startswith(prefix)), None)


def entity_spans(sdoc: Doc) -> list[Span]:
    """spaCy entities, split at line breaks and trimmed, demonyms relabelled DEMONYM; programmes,
    diseases, products and events left out, media typed as organisations (``non_actors.tsv``)."""
    spans = []
    for ent in sdoc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        whole = non_actor_kind(span_text(ent))  # "Le Monde" before its article is trimmed
        for part in clean_span(ent):
            text = span_text(part)  # sliced from the Doc's text, not joined again from the tokens
            kind = non_actor_kind(text) or whole
            if kind == "media":
                part = Span(sdoc, part.start, part.end, label="ORG")
            elif kind is not None or is_title(part) or CALENDAR.match(fold(text)):
                continue  # not an actor; a date ("Vendredi 11 novembre") is read by timex
            if is_demonym(part):
                part = Span(sdoc, part.start, part.end, label="DEMONYM")
            elif part.label_ == "PER" and not is_name_like(part):
                continue
            if part.label_ in {"PER", "ORG"} and len(part) > 1 and fold(part[0].text) in MEDIA:
                part = Span(
                    sdoc, part.start + 1, part.end, label=part.label_
                )  # "à Reuters Lavrov": the outlet
            spans.append(part)
    return mended_spans(spans)  # no name cut inside a word or edged with quotes (issue 17)
