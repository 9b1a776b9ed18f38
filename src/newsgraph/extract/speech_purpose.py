"""Reported speech in an infinitive of purpose: a verb of protest or demand after "pour" or "afin
de" says what the subject of the main clause demanded or denounced by its action.

    Les agriculteurs ont bloqué l'autoroute pour réclamer une baisse des taxes.
    Des centaines de personnes se sont rassemblées afin de dénoncer les violences.

Only the verbs tagged ``purpose_speech`` in ``ontology/lexicons/statement_words.tsv`` (dénoncer,
réclamer, exiger, …): "afin de rassurer", "pour attaquer" report nothing. Used by
:mod:`newsgraph.extract.speech_lexicon` (the verb speaks here) and
:mod:`newsgraph.extract.speech_reported` (who speaks: the main clause's subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.negation_words import NE

PURPOSE_VERBS = lexicons.tagged("statement_words.tsv")["purpose_speech"]
PURPOSE_MARKS = {"pour", "afin"}
# "ne" marks "pour ne pas / ne plus réclamer", "pas" the spoken "pour pas"; no "plus" alone ("pour plus vite")
NEGATIONS = NE | {"pas", "jamais"}


def purpose_mark(verb: Token) -> Token | None:
    """The "pour" or "afin" of an infinitive of purpose: a mark of the verb, or the head the parser
    hung "afin de réclamer" on."""
    mark = next((c for c in verb.children if c.dep_ in {"mark", "case"} and c.lower_ in PURPOSE_MARKS), None)
    if mark is not None:
        return mark
    return verb.head if verb.head.lower_ == "afin" and verb.head.i < verb.i else None


def purpose_speech(verb: Token) -> bool:
    """An infinitive of purpose of a verb of protest or demand, not negated ("pour ne pas dénoncer")."""
    if "Inf" not in verb.morph.get("VerbForm", []) or verb.lemma_.lower() not in PURPOSE_VERBS:
        return False
    mark = purpose_mark(verb)
    if mark is None:
        return False
    return not any(t.lower_ in NEGATIONS for t in verb.doc[mark.i + 1 : verb.i])


def purpose_predicate(verb: Token) -> Token | None:
    """The predicate of the main clause an infinitive of purpose belongs to."""
    if not purpose_speech(verb) or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.lower_ == "afin":  # "… étaient dans la rue afin de réclamer …"
        head = head.head
    return None if head.i == verb.i else head


def passive_subject(predicate: Token) -> Token | None:
    """The subject of a passive predicate ("Des centaines de personnes se sont rassemblées …")."""
    return next((c for c in predicate.children if c.dep_ == "nsubj:pass"), None)
