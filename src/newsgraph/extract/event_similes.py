"""An event word in a simile names no happening: "on aurait dit un bombardement", "le bruit était comme
une explosion", "des dégâts dignes d'un ouragan", "le stade s'est enflammé tel un volcan en
éruption", "les rayons sont vides, comme si une guerre avait éclaté" (round 45, evt45t).

Witnesses and reporters say what a scene looked or sounded like; the compared term is a kind of
event, not one that took place. The construction (``ontology/lexicons/event_similes.tsv``):

- a marker of comparison ("comme", "tel") on the event noun, or on the noun it completes bare ("tel
  un volcan en éruption", "comme une zone de guerre"), with an indefinite singular article: "comme
  l'explosion du port" names an event that happened, "comme des explosions" is often what was heard;
  not after a verb that qualifies a real thing ("une fusillade considérée comme une attaque
  terroriste": the shooting is one);
- the same noun as the complement of a word of likeness ("ressembler à", "digne de", "comparable à");
- the same noun as the complement of a verb of seeming in the conditional with "on" ("on aurait dit",
  "on se croirait dans");
- a clause of "comme si": the event verb, or the verb whose subject the event noun is.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma

_ROLES = lexicons.tagged("event_similes.tsv")
MARKERS = _ROLES["marker"]
"""Words that introduce a compared term: "comme", "tel"."""
LIKENESS = _ROLES["likeness"]
"""Verbs and adjectives whose complement is a compared term: "ressembler", "digne"."""
QUALIFYING = _ROLES["qualifying"]
"""Verbs whose "comme" qualifies a real thing: "considérée comme une attaque terroriste"."""
SEEMING = _ROLES["seeming"]
"""Verbs of seeming, in the conditional: "on aurait dit", "on se croirait"."""

INDEFINITE = frozenset({"un", "une"})
BARE_CASES = frozenset({"de", "d'", "d’", "en"})
"""The prepositions of a bare complement that is part of the compared term ("zone de guerre")."""
COMPLEMENTS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod", "dep"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
IF = frozenset({"si", "s'", "s’"})
IMPERSONAL = frozenset({"on", "l'on", "l’on"})
"""The subject of a verb of seeming: "on aurait dit", "on se croirait"."""


def in_simile(token: Token) -> bool:
    """Whether the event word stands in a simile (see the module's doc)."""
    if counterfactual(token):
        return True
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    term = compared_term(token)
    return term is not None and compares(term)


def compared_term(token: Token) -> Token | None:
    """The noun with an indefinite singular article that the event noun is or completes bare ("une
    explosion", "une zone de guerre", "un volcan en éruption"); None when there is none."""
    for _ in range(3):
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children):
            return token
        bare = (
            token.dep_ in {"nmod", "obl:arg"}
            and token.head.pos_ == "NOUN"
            and not any(c.dep_ in {"det", "nummod"} for c in token.children)
        )
        if not bare or not any(c.dep_ == "case" and c.lower_ in BARE_CASES for c in token.children):
            return None
        token = token.head
    return None


def compares(term: Token) -> bool:
    """A marker stands on the term or governs it, or the term completes a word of likeness or a verb
    of seeming in the conditional."""
    head = term.head
    if any(c.dep_ in {"case", "mark", "advmod"} and c.lower_ in MARKERS for c in term.children):
        return lemma(head) not in QUALIFYING  # "une fusillade considérée comme une attaque terroriste"
    if head.i == term.i or term.dep_ not in COMPLEMENTS:
        return False
    if head.lower_ in MARKERS:  # "tel un volcan": the parser hangs the term on "tel"
        return True
    if lemma(head) in LIKENESS:
        return True
    return lemma(head) in SEEMING and conditional(head) and any(c.lower_ in IMPERSONAL for c in head.children)


def conditional(verb: Token) -> bool:
    """The verb, or its auxiliary, is in the conditional ("dirait", "aurait dit", "se croirait")."""
    return any(
        "Cnd" in morph_feats(t).get("Mood", []) or t.lower_.endswith(("rait", "raient"))
        for t in (verb, *(c for c in verb.children if c.dep_ == "aux:tense"))
    )


def counterfactual(token: Token) -> bool:
    """The event verb, or the verb whose subject the event noun is, heads a "comme si" clause."""
    verb = token.head if token.dep_ in SUBJECTS and token.pos_ in {"NOUN", "PROPN"} else token
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    return any(m in MARKERS for m in marks) and not IF.isdisjoint(marks)
