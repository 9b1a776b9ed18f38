"""An act told by a "de" and an infinitive the trigger governs ("la commission a refusé de rembourser
les frais"): the ``@DEACT`` requirement of ``ontology/lexicons/event_triggers.tsv``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma

INFINITIVE_MARKS = frozenset({"de", "d'", "d’"})
"""The word that opens the infinitive complement: "refuser de céder", "refuse d'obtempérer"."""

NON_ACTS = frozenset(
    "croire parler commenter répondre exprimer dire imaginer penser voir baisser résigner laisser admettre"
    " envisager considérer entendre savoir reconnaître regarder accepter jouer mourir vieillir"
    " abandonner lâcher obtempérer".split()
)
"""Infinitives of speaking, thinking or giving up, which make no act of refusal: "refuse de commenter",
"je refuse de croire", "refuse de baisser les bras", "refuse de se résigner"; and "refuser
d'obtempérer", an offence of its own (the "refus d'obtempérer" of event_phrases.tsv)."""


INFINITIVE_DEPS = frozenset({"xcomp", "ccomp"})
NOUN_INFINITIVE_DEPS = INFINITIVE_DEPS | {"acl"}
"""A noun's "de" infinitive is its clausal modifier: "le refus de l'Italie d'accueillir le bateau"."""


def de_infinitive(token: Token) -> Token | None:
    """The infinitive a verb (or a noun) governs through "de" ("a refusé de rembourser" ->
    "rembourser", "le refus d'accueillir" -> "accueillir"), if any."""
    deps = NOUN_INFINITIVE_DEPS if token.pos_ == "NOUN" else INFINITIVE_DEPS
    for c in token.children:
        if (
            c.dep_ in deps
            and c.pos_ == "VERB"
            and "Inf" in morph_feats(c).get("VerbForm", [])
            and any(m.dep_ == "mark" and m.lower_ in INFINITIVE_MARKS for m in c.children)
        ):
            return c
    return None


def noun_agent_infinitive(token: Token) -> Token | None:
    """A noun's "de" infinitive the parser hangs on the noun's own "de X" complement ("le refus du
    gouvernement de négocier": "négocier" under "gouvernement"), the infinitive being the noun's."""
    if token.pos_ != "NOUN":
        return None
    for c in token.children:
        if c.dep_ == "nmod" and c.i > token.i and (inf := de_infinitive(c)) is not None:
            return inf
    return None


def governs_act(token: Token) -> bool:
    """The trigger governs a "de" infinitive of an act, not of speaking or thinking ("a refusé de
    verser la subvention"; not "refuse de commenter")."""
    inf = de_infinitive(token) or noun_agent_infinitive(token)
    return inf is not None and lemma(inf) not in NON_ACTS
