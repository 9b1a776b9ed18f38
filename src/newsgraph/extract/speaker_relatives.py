"""The antecedent of a subject relative pronoun that speaks: "des habitants restés dans la ville,
qui souhaitent …", "les pêcheurs installés sur le port, qui réclament …".

The parser hangs the relative clause on the nearest noun, often the place that ends the phrase
before it ("ville", "port"). A noun in a locative phrase (``entities.is_circumstance``: "dans la
ville", "sur le port") that names no one (no name, no role; a town may speak, but not as a place)
tells where the people are, not who speaks: the relative takes up the noun of
people that phrase hangs on, up through a participle ("restés", "installés"), when there is one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import is_circumstance, is_role
from newsgraph.extract.speaker_nouns import speaker_kind

SPEAKING_LABELS = {"PER", "ORG", "ANON", "GROUP"}
MAX_STEPS = 3  # place -> participle -> people noun, or place -> people noun


def names_someone(ctx: DocContext, tok: Token) -> bool:
    """A noun that names someone: a person or body named, a role ("le maire", "la mairie")."""
    named = any(m.label in SPEAKING_LABELS for m in ctx.mentions_at(tok.idx))
    return tok.pos_ in {"NOUN", "PROPN"} and (named or is_role(tok))


def can_speak(ctx: DocContext, tok: Token) -> bool:
    """A noun that names someone or a noun of people ("les habitants", "des pêcheurs")."""
    return names_someone(ctx, tok) or (tok.pos_ == "NOUN" and speaker_kind(tok) is not None)


def relative_antecedent(ctx: DocContext, antecedent: Token, verb: Token | None = None) -> Token:
    """The noun the relative clause's speaker is: the parse's antecedent, or, when that is a place
    in a locative phrase or a singular the clause's plural verb cannot agree with ("les salariés de
    l'usine, qui affirment"), the noun of people above it (not past a finite verb: another clause)."""
    plural_verb = verb is not None and "Plur" in verb.morph.get("Number", [])
    disagrees = plural_verb and singular(antecedent)
    if not disagrees and (not is_circumstance(antecedent) or names_someone(ctx, antecedent)):
        return antecedent  # "reçus par le ministre, qui …": the minister may well speak
    node = antecedent
    for _ in range(MAX_STEPS):
        if node.head.i == node.i or node.head.i > antecedent.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and "Fin" in node.morph.get("VerbForm", []):
            break
        if can_speak(ctx, node) and not (disagrees and singular(node)):
            return node
    return antecedent


def singular(tok: Token) -> bool:
    """A noun the parser marks singular, not coordinated with another ("Paul et Marie, qui …")."""
    return "Sing" in tok.morph.get("Number", []) and not any(c.dep_ == "conj" for c in tok.children)
