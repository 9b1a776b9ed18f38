"""The subject a quantity adverb carries: "beaucoup de vacanciers se sont réfugiés sur les
hauteurs", "peu de salariés ont repris le travail", "trop de migrants ont été refoulés". The parser
hangs the adverb on the verb as its modifier and its "de X" on the adverb, so the verb has no
subject: X is the subject (the quantity is how many of them, not who acts)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_parse import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS

QUANTITY_ADVERBS = lexicons.tagged("pronouns.tsv")["quantifier"] | frozenset(
    {"trop", "assez", "tant", "énormément", "davantage", "moins", "plus"}
)
"""Words of quantity a "de X" follows ("beaucoup de", "peu de"; adverbs the parser hangs on the
verb): the quantifiers of ``pronouns.tsv`` and the adverbs of degree."""
SHARE_NOUNS = frozenset(
    {"%", "pourcent", "pourcentage", "moitié", "tiers", "quart", "totalité", "ensemble", "minorité",
     "proportion"}
)  # fmt: skip
"""Nouns of a share of a whole that act through their "de X", as the nouns of number do (round 40):
"75 % des enseignants seront en grève", "la moitié des salariés a débrayé", "l'ensemble des
syndicats appelle à manifester": the teachers, the employees, the unions act."""
DE_CASES = frozenset({"de", "d'", "d’"})
QUANTIFIED_DEPS = frozenset({"nmod", "obl:arg"})
"""How the parser hangs the "de X" on the adverb ("beaucoup d'habitants": obl:arg as often as nmod)."""


def quantified_subject(verb: Token) -> list[Token]:
    """X of "beaucoup de X" hung on a verb that has no subject of its own (or as its subject,
    ``quantified_people``), before the verb
    ("beaucoup de vacanciers se sont réfugiés": vacanciers); [] otherwise ("ils ont beaucoup de
    travail": an object after the verb; "il a beaucoup plu": no "de X")."""
    if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return []
    for adverb in verb.children:
        if adverb.dep_ != "advmod" or adverb.i > verb.i or adverb.lower_ not in QUANTITY_ADVERBS:
            continue
        for noun in adverb.children:
            if (
                noun.dep_ in QUANTIFIED_DEPS
                and noun.pos_ == "NOUN"
                and noun.i < verb.i
                and any(c.dep_ == "case" and c.lower_ in DE_CASES for c in noun.children)
            ):
                return [noun]
    return []


def quantified_people(token: Token) -> Token | None:
    """X of a quantity word that the parser made the subject itself ("beaucoup de salariés ont
    manifesté", "beaucoup" the subject, "salariés" hung on it), else None."""
    if token.lower_ not in QUANTITY_ADVERBS:
        return None
    return next(
        (
            c
            for c in token.children
            if c.dep_ in QUANTIFIED_DEPS
            and c.pos_ in {"NOUN", "PROPN"}
            and any(g.dep_ == "case" and g.lower_ in DE_CASES for g in c.children)
        ),
        None,
    )
