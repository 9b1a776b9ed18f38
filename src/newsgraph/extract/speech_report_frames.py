"""Verbs that report speech in one construction only, as the frames of the graded lexicon say: a
request made to someone ("addressee": "la préfecture invite les habitants à rester chez eux"), a
stance on a hypothesis ("hypothesis": "les enquêteurs privilégient la piste criminelle"), a finding
("finding": "les commerçants constatent une baisse de fréquentation"), and the
pronominal verbs the lexicon lists as speech of their own ("s'accuser"). Used by
:mod:`newsgraph.extract.speech_reported`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.speech_clauses import addressed_infinitive
from newsgraph.extract.speech_common import OBJECT_DEPS
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_quotes import QUOTE_MARKS

HYPOTHESIS_NOUNS = lexicons.words("hypothesis_nouns.txt")
FINDING_NOUNS = lexicons.words("finding_nouns.txt")
NONE_WORDS = {
    "aucun",
    "aucune",
    "nul",
    "nulle",
}  # "n'écarte aucune piste": no stance said


INFINITIVE_MARKS = {"à", "de", "d'", "d’"}


def addressee_frames(verb: Token) -> frozenset[str]:
    """A verb that reports speech only as a request made to someone ("addressee" in the lexicon):
    "la préfecture invite les habitants à rester chez eux", not "il a invité ses amis" nor "les
    sangliers s'invitent dans les jardins". The frame of its infinitive, or nothing."""
    entry = speech_verb(verb)
    if entry is None or "addressee" not in entry.frames or entry.pronominal or is_reflexive(verb):
        return frozenset()
    if addressed_infinitive(verb) is not None:
        return frozenset({"clause"})
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i), None)
    for c in verb.children:
        if c.dep_ == "xcomp" and obj is not None and c.i > obj.i and "Inf" in c.morph.get("VerbForm", []):
            if any(g.dep_ == "mark" and g.lower_ in INFINITIVE_MARKS for g in c.children):
                return frozenset({"clause"})
    return frozenset()


def hypothesis_frames(verb: Token) -> frozenset[str]:
    """A verb that reports a stance only on a hypothesis ("hypothesis" in the lexicon): "les
    enquêteurs privilégient la piste criminelle", not "les voyageurs privilégient le train"."""
    entry = speech_verb(verb)
    if entry is None or "hypothesis" not in entry.frames:
        return frozenset()
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i), None)
    if obj is None or obj.lemma_.lower() not in HYPOTHESIS_NOUNS:
        return frozenset()
    said = any(c.dep_ in {"amod", "nmod", "acl"} and c.lower_ not in NONE_WORDS for c in obj.children)
    return frozenset({"np"}) if said else frozenset()


def finding_frames(verb: Token) -> frozenset[str]:
    """A verb of observation reports a finding when its object is a change or a fault ("finding" in
    the lexicon): "les commerçants constatent une baisse de fréquentation", "l'inspecteur note des
    manquements", not "les pompiers constatent les dégâts" nor the report's "on note une baisse".
    The object frame, or nothing."""
    entry = speech_verb(verb)
    if entry is None or "finding" not in entry.frames or is_reflexive(verb):
        return frozenset()
    if any(c.dep_.startswith("nsubj") and c.lower_ == "on" for c in verb.children):
        return frozenset()  # "Au niveau national, on note une baisse": the report's own narration
    obj = next(
        (c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i and c.lower_ not in EMPHATIC),
        None,
    )
    if obj is None or negated_finding(verb, obj):
        return frozenset()
    return frozenset({"np"}) if obj.lemma_.lower() in FINDING_NOUNS or quoted_noun(obj) else frozenset()


# "les magasins constatent eux aussi une hausse": an emphatic pronoun the parser takes for the object
EMPHATIC = frozenset({"eux", "elles", "lui", "elle"})
# with the negative determiners of the object ("ne constatent aucune hausse"), which a verb's negation lacks
NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "plus", "jamais", "guère", "aucun", "aucune", "nul", "nulle"})


def negated_finding(verb: Token, obj: Token) -> bool:
    """A finding denied ("les experts ne prévoient pas de baisse", "ne constatent aucune hausse"):
    the object alone ("de baisse") would state the opposite of what was said, so no object frame."""
    return any(c.lower_ in NEGATIONS for c in (*verb.children, *obj.children) if c.dep_ in {"advmod", "det"})


def quoted_noun(obj: Token) -> bool:
    """An object whose noun the report quotes: the speaker's own words for what was found
    ("l'inspecteur constate des « traces d'humidité »", "note une « dégradation nette »"), whatever
    the noun (rep21)."""
    return any(t.text in QUOTE_MARKS for t in obj.doc[obj.left_edge.i : obj.i])


def pronominal_entry(verb: Token) -> bool:
    """The lexicon lists the verb's pronominal use as speech of its own ("s'accuser", "se dire")."""
    entry = speech_verb(verb)
    return entry is not None and entry.pronominal


def is_reflexive(verb: Token) -> bool:
    return any(
        c.dep_ in {"expl:pv", "expl:comp", "obj"} and c.lower_ in {"se", "s'", "s’"} for c in verb.children
    )
