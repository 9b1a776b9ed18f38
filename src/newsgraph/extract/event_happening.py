"""An event noun as the subject of a verb of happening (round 28, evt28b): "l'orage a frappé la
ville", "la guerre a éclaté", "l'épidémie progresse", "la grève se poursuit", "l'inflation atteint
6 %". The verb tells that the event took place, which the rows of such nouns otherwise ask of a light
verb or an object reading ("ouvrir une enquête"). The verbs are the graded classes of
``ontology/lexicons/happening_verbs.tsv``; the lexicon rows opt in with ``@HAPPENS`` (occurs, goes on,
ends), ``@AFFECTS`` (strikes or harms) or ``@LEVEL`` (an indicator reaches a level)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.event_trigger_grammar import (
    INFINITIVE_ENDINGS,
    MODAL_VERBS,
    RELATIVE_SUBJECTS,
    present_infinitive,
)

_CLASSES = lexicons.tagged("happening_verbs.tsv")
VERB_CLASSES = {"@HAPPENS": _CLASSES["course"], "@AFFECTS": _CLASSES["affect"], "@LEVEL": _CLASSES["level"]}
"""The requirement atoms and the verbs each accepts."""
REFLEXIVE = _CLASSES["reflexive"]
"""Verbs that count only with "se": "l'incendie s'est déclaré", not "le ministre a déclaré"."""
REFLEXIVE_FORMS = frozenset({"se", "s'", "s’"})
TENSED_PASSIVE = _CLASSES["tensed"]
"""Verbs whose passive counts only with its auxiliary: "le festival a été balayé par les vents", not
"une île balayée par les vents", a description of the place."""


def is_happening_subject(token: Token, atom: str) -> bool:
    """The noun is the active subject of a verb of the atom's class (through a modal or aspectual verb,
    "le feu continue de se propager"; through a relative, "l'incendie qui a ravagé 650 hectares"), or
    for ``@AFFECTS`` the agent of its passive ("les communes touchées par les orages")."""
    verbs = VERB_CLASSES[atom]
    return token.pos_ in {"NOUN", "PROPN"} and any(
        _verb_lemma(v) in verbs and (_verb_lemma(v) not in REFLEXIVE or _reflexive(v)) and not _supposed(v)
        for v in _carriers(token, passive_agent=atom == "@AFFECTS")
    )


def _carriers(token: Token, passive_agent: bool) -> list[Token]:
    """The verbs the noun is the doer of."""
    found: list[Token] = []
    subject = token
    while subject.dep_ == "conj" and subject.head.i != subject.i:  # "la chaleur et la sécheresse frappent"
        subject = subject.head
    head = subject.head
    if subject.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"} and not _passive(head):
        found.append(head)
        if lemma(head) in MODAL_VERBS:  # "les combats continuent de faire rage", "pourrait éclater"
            found += [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if passive_agent and token.dep_ == "obl:agent" and head.pos_ == "VERB":
        if _verb_lemma(head) not in TENSED_PASSIVE or any(c.dep_ == "aux:pass" for c in head.children):
            found.append(head)
    for c in token.children:  # "l'incendie qui a ravagé", not "qui a été maîtrisé"
        if c.dep_ == "acl:relcl" and not _passive(c):
            if any(g.dep_ == "nsubj" and g.lower_ in RELATIVE_SUBJECTS for g in c.children):
                found.append(c)
    return found


def _verb_lemma(verb: Token) -> str:
    """The verb's lemma, or the infinitive of a present the lemmatizer left as itself ("frappe")."""
    lem = lemma(verb)
    if lem == verb.lower_ and not lem.endswith(INFINITIVE_ENDINGS):
        return present_infinitive(lem) or lem
    return lem


def _supposed(verb: Token) -> bool:
    """The verb, or the modal that carries it, opens a condition: "si l'épidémie devait s'aggraver"."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    return any(c.dep_ == "mark" and c.lower_ == "si" for c in (*verb.children, *clause.children))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children)


def _reflexive(verb: Token) -> bool:
    return any(c.lower_ in REFLEXIVE_FORMS for c in verb.children)
