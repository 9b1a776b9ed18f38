"""Who undergoes rather than does an event by the verb that says it: a light verb whose subject
undergoes or receives the act its noun names ("l'Ukraine a subi des frappes", "le maire a reçu des
menaces"), the active voice of a perfect infinitive hung on a noun ("ses raisons d'avoir tué"),
and a bare past participle after its clause, whose subject is not the clause's ("les Ukrainiens
s'attèlent à réparer un réseau sans cesse bombardé"). Split out of ``event_roles``, which reads
them."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import SUBJECT_DEPS, lemma
from newsgraph.extract.event_persons import SPORT_TYPES
from newsgraph.extract.event_reference import ETRE_VERBS

_VERBS = lexicons.tagged("event_verbs.tsv")
SUFFER_VERBS = _VERBS["suffer"]
"""Light verbs whose subject undergoes the event ("l'Ukraine a subi des frappes")."""
RECEIVE_VERBS = _VERBS["receive"]
"""Verbs whose subject receives the act the noun they govern names ("a reçu des menaces", "a reçu
une quarantaine de candidatures"), but wins what is won ("a reçu une médaille"); as triggers of
their own they act ("a reçu les syndicats")."""
WON_TYPES = frozenset(SPORT_TYPES | {"award"})


def undergone_by_subject(verb: Token, kind: str) -> bool:
    """A light verb whose subject undergoes or receives the noun's act ("a subi des frappes", "a
    reçu des menaces"), not one who wins it ("a reçu la médaille d'or")."""
    word = lemma(verb)
    return word in SUFFER_VERBS or (word in RECEIVE_VERBS and kind not in WON_TYPES)


def perfect_infinitive(verb: Token) -> bool:
    """A participle said with the infinitive "avoir" ("d'avoir tué"): active, as an infinitive is."""
    return any(
        c.dep_.startswith("aux") and "Inf" in morph_feats(c).get("VerbForm", []) for c in verb.children
    )


def trailing_participle(verb: Token) -> bool:
    """A bare past participle of a verb taking "avoir", hung as a clause after the verb it follows
    and with no subject nor auxiliary of its own: most often the adjective of a noun the parser
    lost ("un réseau électrique sans cesse bombardé"), whose clause's subject is neither who did it
    nor who underwent it; the one fronted is read as a passive (``detached_participle``)."""
    return (
        verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and verb.pos_ == "VERB"
        and "Part" in morph_feats(verb).get("VerbForm", [])
        and "Pres" not in morph_feats(verb).get("Tense", [])
        and lemma(verb) not in ETRE_VERBS
        and not any(c.dep_.startswith("aux") or c.dep_ in {"cop"} | SUBJECT_DEPS for c in verb.children)
    )
