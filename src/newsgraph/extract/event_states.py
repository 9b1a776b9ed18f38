"""A participle or an adjective that describes a state, not a happening, by its construction:

- a present participle after "être" is an adjective, French having no progressive ("il était
  exigeant", "les résultats sont inquiétants"), unlike "exigeant des excuses, il a quitté la salle";
- a participle or an adjective compared ("les visages sont plus fermés qu'avant", "les écoles
  sont moins touchées que l'an dernier") says how much of a state, not that it came about, unlike
  "les écoles sont fermées depuis lundi".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import lemma
from newsgraph.extract.tokens import morph_of

BE_DEPS = frozenset({"cop", "aux:pass", "aux"})
"""The dependencies of "être" on a participle or adjective it makes a predicate of."""

COMPARATIVES = frozenset({"plus", "moins", "aussi", "autant"})
"""Adverbs of a comparison whose "que" says with what."""

THAN = frozenset({"que", "qu'", "qu’"})


def with_etre(token: Token) -> bool:
    """ "être" is the token's copula or auxiliary ("était exigeant", "sont fermées")."""
    return any(c.dep_ in BE_DEPS and lemma(c) == "être" for c in token.children)


def is_present_participle_predicate(token: Token) -> bool:
    """A present participle after "être" ("il était exigeant sur les matières")."""
    morph = morph_of(token)
    return "Part" in morph.get("VerbForm", []) and "Pres" in morph.get("Tense", []) and with_etre(token)


def is_compared(token: Token) -> bool:
    """A predicate of "être" compared with "plus/moins/aussi ... que" ("plus fermés qu'avant")."""
    degree = any(c.dep_ == "advmod" and c.lower_ in COMPARATIVES for c in token.children)
    if not degree or not with_etre(token):
        return False
    return any(c.dep_ == "mark" and c.lower_ in THAN for t in (token, *token.children) for c in t.children)


def is_state(token: Token) -> bool:
    """A participle or adjective read as a state by its construction (see the module)."""
    if token.pos_ not in {"VERB", "ADJ", "AUX"}:
        return False
    return is_present_participle_predicate(token) or is_compared(token)
