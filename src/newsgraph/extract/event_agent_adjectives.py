"""Adjectives of a public body that name who acts in the act they qualify, as a country's adjective
names its state ("les frappes russes"): "la remise gouvernementale" (the government's rebate),
"l'intervention policière", "un arrêté préfectoral", "la mobilisation syndicale". The actor is
named as the noun would name it ("le gouvernement a versé": "gouvernement")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import lemma
from newsgraph.model import RoleRef
from newsgraph.names import actor_id

BODY_ADJECTIVES = {
    "gouvernemental": "gouvernement",
    "étatique": "État",
    "policier": "police",
    "préfectoral": "préfecture",
    "syndical": "syndicats",
}
"""Relational adjectives of the bodies that act in the news, and the noun they stand for; not
"présidentiel" nor "municipal" (mostly the scope of an election: "la campagne présidentielle"),
nor "militaire" or "judiciaire" (a kind of act, not who: "une opération militaire russe")."""


def body_adjective(adjective: Token, role: str) -> RoleRef | None:
    """The body a relational adjective names ("gouvernementale": the government), else None."""
    name = BODY_ADJECTIVES.get(lemma(adjective))
    return None if name is None else RoleRef(actor_id(name, "group"), name, role, "group")
