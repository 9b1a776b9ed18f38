"""A role whose complement names someone else: "le patron de Stellantis", "la porte-parole
d'Emmanuel Macron", "le procureur de Paris". The person, company or place in the complement is
whom the role serves, not who speaks: the role speaks (kept as a description). A title linked to
a name ("le ministre de l'Intérieur Gérald Darmanin") covers the role itself and is not concerned.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import Mention
from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_nouns import folded_institutions, head_form

OF = {"de", "d'", "d’", "du", "des"}


def singular_role(head: Token) -> bool:
    """A singular noun of a person's role or title, not an institution ("le ministère")."""
    return (
        head.pos_ == "NOUN"
        and is_role(head)
        and "Plur" not in head.morph.get("Number", [])
        and head_form(head) not in folded_institutions()
    )


def role_complement(head: Token, m: Mention) -> bool:
    """The mention is the "de" complement of a singular role head: "le patron de Stellantis"."""
    if not singular_role(head) or m.start <= head.idx < m.end:
        return False
    for child in head.children:
        if child.dep_ != "nmod" or child.i < head.i or not m.start <= child.idx < m.end:
            continue
        if any(c.dep_ == "case" and c.lower_ in OF for c in child.children):
            return True
    return False


def place_over_role(head: Token, m: Mention) -> bool:
    """A place mention the tagger stretched over a role ("procureur de" tagged a place): a
    person's role is never a place."""
    return m.label in {"GPE", "LOC"} and singular_role(head)
