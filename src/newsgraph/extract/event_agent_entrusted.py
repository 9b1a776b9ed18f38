"""Who carries out an act that someone else entrusts: "confier X à Y" and "charger Y de X" make Y
the doer of X, not the one who entrusts ("le parquet a confié l'enquête à la police judiciaire",
"l'enquête a été confiée aux gendarmes", "une enquête confiée à la brigade criminelle", "la brigade
a été chargée de l'enquête")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, lemma
from newsgraph.extract.event_reference import is_passive
from newsgraph.extract.prepositions import DE_FORMS as DE_CASES

ENTRUST_VERBS = frozenset({"confier"})
"""Verbs whose "à Y" carries out the act their object (or passive subject) names."""
CHARGE_VERBS = frozenset({"charger"})
"""Verbs whose object (or passive subject) carries out the act their "de X" names."""
TO_CASES = frozenset({"à", "au", "aux"})


def cased(token: Token, words: frozenset[str]) -> bool:
    return any(g.dep_ == "case" and g.lower_ in words for g in token.children)


def given_to(verb: Token, token: Token) -> list[Token]:
    """The "à Y" of an entrusting verb, also where the parser hung it on the act's noun."""
    found = [c for c in verb.children if c.dep_.startswith(("obl", "iobj")) and cased(c, TO_CASES)]
    found += [c for c in token.children if c.dep_ == "nmod" and cased(c, TO_CASES)]
    return [t for t in found if t.pos_ in {"NOUN", "PROPN"}][:1]


def entrusted(token: Token) -> list[Token]:
    """The one entrusted with the act ``token`` names (see the module); [] when no entrusting verb
    governs it or hangs on it."""
    head = token.head
    if head.i != token.i and head.pos_ == "VERB":
        word = lemma(head)
        if word in ENTRUST_VERBS and token.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
            return given_to(head, token)  # "a confié l'enquête à la PJ", "l'enquête a été confiée à"
        if word in CHARGE_VERBS and token.dep_.startswith("obl") and cased(token, DE_CASES):
            deps = PASSIVE_SUBJECT_DEPS if is_passive(head) else OBJECT_DEPS
            return [c for c in head.children if c.dep_ in deps][:1]  # "la PJ a été chargée de l'enquête"
    for c in token.children:  # "une enquête confiée à la brigade criminelle"
        if c.dep_ == "acl" and lemma(c) in ENTRUST_VERBS:
            return given_to(c, token)
    return []
