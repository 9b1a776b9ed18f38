"""A union named by the number of its member states: "les 27 ont adopté un paquet de sanctions",
"les Vingt-Sept se sont accordés" (the European Union since 2020), read only as the head of its
phrase with the plural article ("les 27 ministres": ministers; "27 pays": countries) and in a
report that speaks of Europe ("27 militants interpellés [...]. Les 27 ont été relâchés": no union)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import doc_text
from newsgraph.model import RoleRef
from newsgraph.names import actor_id

MEMBER_COUNTS = {"27": "Union européenne", "vingt-sept": "Union européenne"}
"""How the press names a union by its members' count ("les Vingt-Sept": the EU's 27 states)."""
NOUN_POS = frozenset({"NOUN", "PROPN"})
EUROPE = re.compile(r"\b(?:europ|UE\b|Bruxelles|Union européenne)", re.IGNORECASE)
"""A report about the union names it, its seat or its adjective somewhere."""


def union_of_members(token: Token, role: str) -> RoleRef | None:
    """The union "les 27" names when the number is the head of its phrase, else None."""
    name = MEMBER_COUNTS.get(token.lower_)
    if name is None or token.dep_ == "nummod" or (token.head.pos_ in NOUN_POS and token.head.i > token.i):
        return None  # "les 27 ministres", "27 pays"
    if not any(c.dep_ == "det" and c.lower_ == "les" for c in token.children):
        return None  # "27 ont voté pour": a head count
    if any(c.dep_ in {"nmod", "amod"} and c.pos_ in NOUN_POS for c in token.children):
        return None  # "les 27 de l'équipe"
    if not EUROPE.search(doc_text(token.doc)):
        return None  # "27 militants ont été interpellés. Les 27 ont été relâchés"
    return RoleRef(actor_id(name, "organization"), name, role, "organization")
