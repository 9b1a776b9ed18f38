"""Who acts in an event that a noun names and a relative clause carries: the noun is the object of
the clause's verb ("les sanctions que l'UE a adoptées", "une aide que le gouvernement vient
d'annoncer", "l'offensive que mène l'armée"), so the clause's subject does what the noun says, as
the subject of a verb that carries its object does ("l'UE a adopté des sanctions", see
``event_modality.LIGHT_VERBS``); with a verb of undergoing ("le viol qu'elle a subi") the
subject is no agent (``event_roles`` leaves it)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_modality import LIGHT_VERBS
from newsgraph.extract.event_parse import OBJECT_DEPS, SUBJECT_DEPS, lemma

RELATIVE_DEPS = {"acl:relcl", "acl", "ccomp"}
"""How the parser hangs a relative clause on its noun ("ccomp" when it took "que" for a
conjunction: "une aide que le gouvernement vient d'annoncer")."""
OBJECT_RELATIVES = {"que", "qu'", "qu’"}
CHAIN_DEPS = {"xcomp"}
"""Verbs through which the clause's verb reaches the one that carries the noun ("vient
d'annoncer", "veut imposer", "a décidé de lancer")."""


def object_relative(token: Token) -> tuple[Token, list[Token]] | None:
    """The verb that carries the noun ``token`` in a relative clause whose object it is (the clause
    opened by "que", of the verb or of the infinitives it governs: "vient d'annoncer") and the
    clause's subject, also said after the verb, where the parser takes it for an object ("que
    mène l'armée"); None for any other noun or clause ("les sanctions qui frappent", "l'idée que
    la grève dure": a clause with an object of its own)."""
    for clause in token.children:
        if clause.dep_ not in RELATIVE_DEPS or clause.pos_ not in {"VERB", "AUX"} or clause.i < token.i:
            continue
        opener = next((c for c in clause.children if c.i < clause.i and c.lower_ in OBJECT_RELATIVES), None)
        if opener is None or opener.dep_ not in OBJECT_DEPS | {"mark"}:
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i != opener.i]
        if not subjects:  # "l'offensive que mène l'armée": the subject after the verb
            subjects = [c for c in clause.children if c.dep_ in OBJECT_DEPS | {"dep"} and c.i > clause.i][:1]
        verb = clause
        for _ in range(3):
            own = [
                c
                for c in verb.children
                if c.dep_ in OBJECT_DEPS and c.pos_ in {"NOUN", "PROPN", "PRON"} and c.i != opener.i
            ]
            if lemma(verb) in LIGHT_VERBS and all(c in subjects for c in own):
                return verb, subjects
            verb = next((c for c in verb.children if c.dep_ in CHAIN_DEPS and c.pos_ == "VERB"), verb)
    return None
