"""Who puts people or places into a state that nobody performs: the issuer of an alert. "26
départements sont maintenus en vigilance orange par Météo-France", "Météo-France a placé douze
départements en vigilance rouge", "la commune a été placée en état de catastrophe naturelle par
le gouvernement": a heat wave or a storm has no agent, but the alert it is put under is issued
by the one that places it (the "par X" of the passive, the subject of the active)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import OBJECT_DEPS, lemma, subject_chain
from newsgraph.extract.event_reference import agent_phrases, is_passive

PLACING_VERBS = frozenset({"placer", "mettre", "maintenir", "remettre", "garder", "reconduire"})
"""Verbs whose subject puts their object into the state an "en X" names ("a placé le suspect en
garde à vue", "l'a mis en examen", "a remis l'otage en liberté", "placés en vigilance orange")."""
STATE_CASES = frozenset({"en", "sous"})


def placer(token: Token) -> list[Token]:
    """The one who places into the state ``token`` names, said "en X" or "sous X" on a verb of
    ``PLACING_VERBS``: its "par X" when passive, its subject when active; [] for any other noun
    ("23 départements sont en vigilance orange": nobody said)."""
    verb = token.head
    if token.dep_ == "nmod" and verb.dep_ in OBJECT_DEPS and verb.head.i != verb.i:
        verb = verb.head  # "a placé cinq départements en vigilance rouge": "en X" hung on the object
    elif not token.dep_.startswith("obl"):
        return []
    if verb.pos_ != "VERB" or lemma(verb) not in PLACING_VERBS:
        return []
    if not any(c.dep_ == "case" and c.lower_ in STATE_CASES for c in token.children):
        return []
    if is_passive(verb):
        return agent_phrases(verb)
    return [t for t in subject_chain(verb) if t.i != token.i]
