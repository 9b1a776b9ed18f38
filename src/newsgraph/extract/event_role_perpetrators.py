"""Who did an attack the report names in a nearby sentence by what they did: "Une fusillade a fait
15 morts dans une école. [...] Le tireur s'est suicidé": the shooter is the attack's agent. A TV
report of a shooting or a stabbing often says the act first and its author, unnamed, after ("le
tireur", "l'assaillant", "l'agresseur"), or the other way round."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, lemma, sentences_back

PERPETRATORS = frozenset(
    {"tireur", "assaillant", "agresseur", "forcené", "meurtrier", "kamikaze", "terroriste", "auteur"}
)
"""Nouns of the one who attacked, named by the act ("le tireur", "l'agresseur"); "auteur" only with
"de X" of an attack ("l'auteur des coups de feu")."""
VIOLENT_TYPES = frozenset(
    {"attack", "terror_attack", "shooting", "kill", "physical_assault", "assault", "bombing"}
)
"""Types of violence one author commits against people, whose agent a nearby sentence may name."""
DEFINITES = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"})
NEARBY = 2
"""How many sentences before and after the trigger's own the author is looked for in."""


def perpetrator(token: Token, type_: str) -> Token | None:
    """The unnamed author of a violent act named by what they did in the trigger's sentence or one
    of the ``NEARBY`` around it ("Le tireur a été abattu"): a definite noun of ``PERPETRATORS`` as
    the subject of a clause, the nearest first; None for other types or when there is none."""
    if type_ not in VIOLENT_TYPES:
        return None
    doc = token.doc
    start = sentences_back(token, NEARBY)
    end = token.sent.end
    for _ in range(NEARBY):
        if end < len(doc):
            end = doc[end].sent.end
    found = [t for t in doc[start:end] if is_perpetrator(t)]
    return min(found, key=lambda t: abs(t.i - token.i)) if found else None


def is_perpetrator(t: Token) -> bool:
    """A definite subject noun of ``PERPETRATORS`` ("le tireur", "l'unique assaillant"), "auteur"
    only with a "de X" ("l'auteur de l'attaque")."""
    if t.pos_ not in {"NOUN", "ADJ"} or lemma(t) not in PERPETRATORS:
        return False
    if t.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITES for c in t.children):
        return False
    return lemma(t) != "auteur" or any(c.dep_ == "nmod" for c in t.children)
