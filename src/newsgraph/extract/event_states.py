"""A participle or an adjective that describes a state, not a happening, by its construction:

- a present participle after "être" is an adjective, French having no progressive ("il était
  exigeant", "les résultats sont inquiétants"), unlike "exigeant des excuses, il a quitté la salle";
- a participle or an adjective compared ("les visages sont plus fermés qu'avant", "les écoles
  sont moins touchées que l'an dernier") says how much of a state, not that it came about, unlike
  "les écoles sont fermées depuis lundi";
- a participle that is also an adjective of mood ("abattu", "effondré", "anéanti", "brisé") said of
  its subject with an imperfect "être", a verb of seeming or a degree adverb, and no "par" agent
  ("le groupe était abattu", "elle semblait effondrée", "ils sont très abattus") describes how
  people feel, unlike "le suspect a été abattu", "un homme est abattu par la police".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma

BE_DEPS = frozenset({"cop", "aux:pass", "aux"})
"""The dependencies of "être" on a participle or adjective it makes a predicate of."""

COMPARATIVES = frozenset({"plus", "moins", "aussi", "autant"})
"""Adverbs of a comparison whose "que" says with what."""

THAN = frozenset({"que", "qu'", "qu’"})

MOOD_PARTICIPLES = frozenset(
    {"abattre", "effondrer", "anéantir", "briser", "atterrer", "accabler", "démolir"}
)
"""Verbs whose participle is also an adjective of dejection or grief: "abattu", "effondré",
"anéanti", "brisé", "atterré", "accablé", "démoli" (of a person)."""

SEEMING_VERBS = frozenset({"sembler", "paraître", "rester", "demeurer", "avoir l'air"})
"""Copulas of how someone looks: "semblait abattu", "restait effondrée"."""

DEGREE_ADVERBS = frozenset(
    {"très", "tellement", "complètement", "totalement", "profondément", "assez", "vraiment"}
)
"""Degree adverbs that grade an adjective of mood, not an act: "très abattu", "complètement effondré"."""

AGENT_CASES = frozenset({"par"})

REFLEXIVE = frozenset({"se", "s'", "s’"})


def with_etre(token: Token) -> bool:
    """ "être" is the token's copula or auxiliary ("était exigeant", "sont fermées")."""
    return any(c.dep_ in BE_DEPS and lemma(c) == "être" for c in token.children)


def is_present_participle_predicate(token: Token) -> bool:
    """A present participle after "être" ("il était exigeant sur les matières")."""
    morph = morph_feats(token)
    return "Part" in morph.get("VerbForm", []) and "Pres" in morph.get("Tense", []) and with_etre(token)


def is_compared(token: Token) -> bool:
    """A predicate of "être" compared with "plus/moins/aussi ... que" ("plus fermés qu'avant")."""
    degree = any(c.dep_ == "advmod" and c.lower_ in COMPARATIVES for c in token.children)
    if not degree or not with_etre(token):
        return False
    return any(c.dep_ == "mark" and c.lower_ in THAN for t in (token, *token.children) for c in t.children)


def is_mood(token: Token) -> bool:
    """A participle of dejection said of its subject (see the module): "était abattu", "semblait
    effondrée", "très abattus"; never with a "par" agent or an auxiliary "avoir" ("avait été abattu")."""
    if lemma(token) not in MOOD_PARTICIPLES and token.lemma_ not in MOOD_PARTICIPLES:
        return False
    children = list(token.children)
    if any(
        c.dep_.startswith("obl") and (c.dep_ == "obl:agent" or has_case(c, AGENT_CASES)) for c in children
    ):
        return False
    if any(c.dep_.startswith("aux") and lemma(c) == "avoir" for c in children):
        return False
    if any(c.lower_ in REFLEXIVE for c in children if c.dep_.startswith(("expl", "obj"))):
        return False  # "les immeubles se sont effondrés": a happening
    if any(c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS and c.i < token.i for c in children):
        return True
    if token.dep_ == "xcomp" and lemma(token.head) in SEEMING_VERBS:
        return True
    return any(
        c.dep_ in BE_DEPS and lemma(c) == "être" and "Imp" in morph_feats(c).get("Tense", [])
        for c in children
    ) or any(c.dep_ == "cop" and lemma(c) in SEEMING_VERBS for c in children)


def has_case(token: Token, cases: frozenset[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in cases for c in token.children)


def is_state(token: Token) -> bool:
    """A participle or adjective read as a state by its construction (see the module)."""
    if token.pos_ not in {"VERB", "ADJ", "AUX"}:
        return False
    return is_present_participle_predicate(token) or is_compared(token) or is_mood(token)
