"""An organ of a named organisation or place, named with its complement: "la direction de
l'entreprise Scopelec", "le conseil municipal de Grenoble", "le syndicat des pilotes d'Air France".

An institution's head noun (``institution_heads.txt``: "direction", "mairie", "préfecture",
"syndicat", "conseil") names no body without its "de X"; when X holds a proper name, the noun
phrase is that body's name (an event's agent "direction" alone is a body no reader can find).
The name is the noun phrase of ``np_span``: its adjectives and "de" complements, never a relative
clause, an apposition or what follows a comma.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import span_text
from newsgraph.extract.entities import is_role_word, np_span
from newsgraph.extract.prepositions import DE_FORMS as DE
from newsgraph.model import ActorType
from newsgraph.names import fold

OF = re.compile(r"\b(?:de|du|des)\s|\bd['’]")
"""A "de" complement kept in a name."""
FUNCTION_POS = frozenset({"ADP", "DET", "ADV", "CCONJ", "SCONJ", "PRON"})


def run_on(t: Token) -> bool:
    """A capitalised function word inside a noun phrase: the next sentence, run on without a stop."""
    return t.pos_ in FUNCTION_POS and t.text[:1].isupper()


JUSTICE_HEADS = frozenset({"parquet"})
"""A court's prosecution office, named by its court's seat ("le parquet de Quimper") as a court is
("tribunal", ``institution_heads.txt``), though "le parquet" alone is read as one body."""


@cache
def organ_heads() -> frozenset[str]:
    return lexicons.words("institution_heads.txt") | JUSTICE_HEADS


def organ_name(token: Token) -> str | None:
    """The name of the organ ``token`` heads with its "de" complement naming whose it is
    ("direction de la SNCF"), None when the noun is no institution head, has no such complement,
    or the complement holds no proper name ("la direction de l'usine")."""
    if token.pos_ != "NOUN" or fold(token.lower_) not in organ_heads():
        return None
    return with_complement(token)


def title_name(token: Token, short: str) -> tuple[str, ActorType] | None:
    """A person's title with the place or body it is the title of, and its type ("maire de Vannes",
    "député des Alpes-Maritimes": anonymous, as a speaker of the same words; "gendarmerie de
    Morlaix", "département du Nord": a body's noun of ``roles.txt``, an organisation), when
    ``short``, the name the role noun had, lost that complement ("maire": of where?). Not the
    complement of an act ("le suspect du meurtre de Lola"): the complement is the proper name of the
    place or body itself."""
    if token.pos_ != "NOUN" or not is_role_word(token.lemma_, token.lower_) or OF.search(short):
        return None
    complement = next((c for c in token.children if is_de_complement(token, c)), None)
    if complement is None or complement.pos_ != "PROPN":
        return None
    name = with_complement(token)
    if name is None:
        return None
    return name, "organization" if fold(token.lemma_) in body_roles() else "anonymous"


@cache
def body_roles() -> frozenset[str]:
    """Folded nouns of ``roles.txt`` marked ``org``: a body ("gendarmerie", "département")."""
    return frozenset(fold(w) for w in lexicons.selection("roles.txt", "org"))


def is_de_complement(token: Token, c: Token) -> bool:
    """A "de X" noun complement after the noun."""
    return (
        c.dep_ == "nmod"
        and c.i > token.i
        and c.pos_ in {"NOUN", "PROPN"}
        and any(g.dep_ == "case" and g.lower_ in DE for g in c.children)
    )


def with_complement(token: Token) -> str | None:
    """The noun phrase of ``token`` from the noun (or its adjectives before it), when a "de"
    complement of it holds a proper name; None otherwise, or when the phrase begins after it."""
    complements = [c for c in token.children if is_de_complement(token, c)]
    if not complements:
        return None
    span = np_span(token)
    end = next((t.i for t in span if t.i > complements[0].i and run_on(t)), span.end)
    span = span.doc[span.start : end]  # "le Parquet de Lyon Du côté des certitudes": a title ran on
    start = complements[0].i
    named = [t for t in span if t.i >= start and (t.pos_ == "PROPN" or t.text[:1].isupper())]
    if span.start > token.i or not named:
        return None
    first = token.i
    while first > span.start and span.doc[first - 1].dep_ == "amod" and span.doc[first - 1].head.i == token.i:
        first -= 1  # "la nouvelle direction de X"; not "Tous les services de X"
    return span_text(span.doc[first : span.end])
