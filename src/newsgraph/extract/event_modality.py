"""Modality of a trigger: negated, hypothetical, conditional-modal or subjunctive clauses report
nothing that happened, so they give no event; and the verb a nominal trigger hangs on. The words
are in ``ontology/lexicons/event_modality.tsv`` and ``event_verbs.tsv``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_parse import OBJECT_DEPS, SUBJECT_DEPS, lemma

_MODALITY = lexicons.tagged("event_modality.tsv")
NEGATORS = _MODALITY["negator"]
HYPOTHETICAL_MARKS = _MODALITY["hypothetical_mark"]
HYPOTHETICAL_GOVERNORS = _MODALITY["hypothetical_governor"]
HYPOTHETICAL_HEAD_NOUNS = _MODALITY["hypothetical_noun"]
HYPOTHETICAL_AMODS = _MODALITY["hypothetical_adjective"]
FACTUAL_GOVERNORS = _MODALITY["factual_governor"]
"""Governors whose infinitive complement reports something that happened (or was ordered)."""
_VERBS = lexicons.tagged("event_verbs.tsv")
LIGHT_VERBS = _VERBS["light"]
"""A verb that carries a nominal trigger: "avoir des pourparlers", "imposer des sanctions"."""
OCCUR_VERBS = _VERBS["occur"]


def is_negated(token: Token) -> bool:
    return any(
        c.lower_ in NEGATORS and c.dep_ in {"advmod", "advmod:neg", "det", "neg"} for c in token.children
    )


def is_classifier(token: Token) -> bool:
    """A bare noun that classifies another ("navire de combat", "char d'assaut"): no event."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "nmod"
        and not any(c.dep_ in {"det", "nmod", "amod", "nummod"} for c in token.children)
    )


def carrier(token: Token) -> Token:
    """The verb a nominal trigger hangs on: a light verb it is the object of ("mener des frappes"),
    or a verb of occurring it is the subject of ("les pourparlers ont eu lieu à Istanbul")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return token
    if token.dep_ in OBJECT_DEPS | {"obl:arg", "nsubj:pass"} and lemma(token.head) in LIGHT_VERBS:
        return token.head
    if token.dep_ in SUBJECT_DEPS and is_occurring(token.head):
        return token.head
    return next((c for c in token.children if c.dep_ == "conj" and is_occurring(c)), token)


def is_occurring(verb: Token) -> bool:
    """ "avoir lieu", "se tenir", "se dérouler", "commencer"..."""
    lem = lemma(verb)
    if lem == "avoir":
        return any(lemma(c) == "lieu" for c in verb.children)
    return lem in OCCUR_VERBS


def is_unreal(token: Token) -> bool:
    """Negated, hypothetical, conditional-modal or subjunctive: not reported as happened."""
    verb = carrier(token)
    for t in (token, verb):
        if is_negated(t):
            return True
        if "Sub" in t.morph.get("Mood", []):
            return True
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in t.children):
            return True
    if token.pos_ in {"NOUN", "PROPN"}:
        if any(c.dep_ == "amod" and lemma(c) in HYPOTHETICAL_AMODS for c in token.children):
            return True
        if any(c.dep_ == "case" and c.lower_ == "sans" for c in token.children):
            return True
        head = token.head
        if token.dep_ == "nmod" and lemma(head) in HYPOTHETICAL_HEAD_NOUNS:
            return True
        if (
            verb.i == token.i
            and token.dep_ in OBJECT_DEPS | {"obl:arg"}
            and lemma(head) in HYPOTHETICAL_GOVERNORS
        ):
            return True
    infinitive = "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )  # "avoir bombardé"
    if infinitive:
        return not (verb.dep_ != "ROOT" and lemma(verb.head) in FACTUAL_GOVERNORS)
    if verb.dep_ in {"xcomp", "ccomp"} and lemma(verb.head) in HYPOTHETICAL_GOVERNORS:
        return True
    if any(c.dep_.startswith("aux") and lemma(c) in {"pouvoir", "devoir"} for c in verb.children):
        return True
    return False
