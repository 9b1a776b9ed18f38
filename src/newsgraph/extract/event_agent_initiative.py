"""Who an event is held at the call or initiative of: "une manifestation à l'appel des syndicats",
"une réunion a eu lieu à l'initiative de la Première ministre", "le sommet, organisé à
l'initiative de la France", "une grève sous l'égide de la CGT"; and, round 45, by whose order or
decision it is carried out: "la centrale a été fermée sur ordre du préfet", "le rassemblement a
été interdit par décision de la préfecture", "les salariés ont été réquisitionnés après une
décision de l'exécutif". The "de X" of these nouns is the one who brings the event about, its
agent when the clause names no other (not "il a démissionné après la décision du tribunal": he
is the one who acts); the phrase hangs on the event's noun, on a participle qualifying it, or on
the verb the noun is the subject of."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, lemma
from newsgraph.extract.prepositions import DE_FORMS as DE_CASES

INITIATIVE_NOUNS = {
    "initiative": {"à"},
    "appel": {"à"},
    "égide": {"sous"},
    # an order or a decision the act carries out (round 45)
    "ordre": {"sur", "par"},
    "décision": {"sur", "par", "après", "suite"},
    "instruction": {"sur", "selon"},
    "injonction": {"sur", "après", "suite"},
    "réquisition": {"sur"},
    "arrêté": {"par", "après", "suite"},
}
"""Nouns of bringing an act about, with the preposition that makes them say so ("à l'initiative
de", "à l'appel de", "sous l'égide de", "sur ordre de", "sur décision de", "après une décision de",
"sur instruction de", "par arrêté de"); not "un appel à la grève" (the call itself), nor "à la
demande de" (who asks is not who acts)."""


def cased(token: Token, words: set[str] | frozenset[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in words for c in token.children)


def initiators(token: Token) -> list[Token]:
    """The "de X" of "à l'initiative de X", "à l'appel de X", "sous l'égide de X" said on the event's
    word, on a participle that qualifies it ("organisé à l'initiative de"), or on the verb whose
    subject or object it is ("une réunion a eu lieu à l'initiative de"); [] when none is said."""
    hosts = [token]
    hosts += [c for c in token.children if c.dep_ == "acl" and "Part" in morph_feats(c).get("VerbForm", [])]
    if (
        token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | OBJECT_DEPS
        and token.head.pos_ in {"VERB", "AUX"}
        and token.head.i != token.i
    ):
        hosts.append(token.head)
    for host in hosts:
        for c in host.children:
            cases = INITIATIVE_NOUNS.get(lemma(c))
            if cases is None or c.dep_ not in {"nmod", "obl", "obl:mod", "obl:arg"} or not cased(c, cases):
                continue
            found = [
                d
                for d in c.children
                if d.dep_ == "nmod" and d.pos_ in {"NOUN", "PROPN"} and cased(d, DE_CASES)
            ]
            if found:
                return found[:1]
            if (after := hung_after(c, host)) is not None:
                return [after]
    return []


def hung_after(noun: Token, host: Token) -> Token | None:
    """The "de X" right after the noun that the parser hung on the noun's own head ("démontés sur
    instruction du ministère": "ministère" an oblique of "démontés"), else None."""
    end = max(t.i for t in noun.subtree) + 1
    for d in host.children:
        if d.i > noun.i and d.pos_ in {"NOUN", "PROPN"} and cased(d, DE_CASES):
            if min(t.i for t in d.subtree) == end:
                return d
    return None
