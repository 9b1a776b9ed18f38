"""A seat of government named as who issues a document or speaks ("dans un communiqué de
l'Élysée", "une note du Quai d'Orsay", "le porte-parole du Kremlin", "l'Élysée a annoncé"): the
seat says whose the words are, not where the event they tell happened; the event's place is
elsewhere ("la visite du chef de l'État en Algérie"). A seat said as where stays a place ("reçu au
palais de Buckingham", "adopté à l'Assemblée nationale").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.names import fold_place

ISSUED_NOUNS = frozenset(
    {
        "communiqué",
        "note",
        "déclaration",
        "lettre",
        "courrier",
        "message",
        "annonce",
        "décret",
        "circulaire",
        "source",
        "porte-parole",
        "entourage",
    }
)
"""Nouns of what a body issues or of who speaks for it: the seat after "de" is its author."""
OF = frozenset({"de", "du", "des", "d'", "d’"})


@cache
def seat_names() -> frozenset[str]:
    """The folded names of ``seats.txt``."""
    return frozenset(fold_place(line.strip()) for line in lexicons.lines("seats.txt"))


def issuing_seat(t: Token) -> bool:
    """Whether ``t`` heads a seat of ``seats.txt`` that is the "de" complement of a document or of a
    spokesman ("un communiqué de l'Élysée", "le porte-parole du Kremlin"), or the subject of a verb
    of saying ("L'Élysée a annoncé la visite du président en Algérie")."""
    if t.head.i == t.i or fold_place(t.doc[t.i : t.right_edge.i + 1].text) not in seat_names():
        return False
    if t.dep_ == "nsubj":
        return t.head.lemma_.lower() in lexicons.speech_verbs()
    return (
        t.dep_ == "nmod"
        and t.head.lemma_.lower() in ISSUED_NOUNS
        and any(c.dep_ == "case" and c.lower_ in OF for c in t.children)
    )
