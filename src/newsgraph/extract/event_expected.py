"""Events announced as expected or planned, and the trigger vetoes the modality rules answer.

An event noun qualified or predicated by a participle of planning or expecting ("la manifestation
prévue samedi", "une grève est prévue jeudi", "le verdict est attendu le 29 juin", "la décision
attendue mercredi") is announced for later: its modality is ``future`` (``announced_modality``),
unless an adverb makes it long awaited, which often means it has come ("la pluie tant attendue").

Some rows of ``event_triggers.tsv`` veto a governing verb ("!^attendre", "!^pouvoir") so that an
expected or possible happening is not read as a fact. Where the modality rules read the construction
themselves, the veto would drop an event issue 17 wants kept and marked, not dropped silently; so
``lifted_vetoes`` names the governors whose veto does not apply to a trigger (evd28):
- "attendre", "prévoir", "programmer" when the event is announced for later as above (``future``);
- "devoir", "pouvoir" in the past indicative over the trigger ("a dû être relogée", "ont pu
  fuir"): the act happened (``asserted``, or ``negated`` when the modal is negated), as
  ``event_modality.modality`` reads it. The conditional and the present ("pourrait fermer",
  "va devoir être relogé") keep their veto."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.entities import is_role
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.negation_words import NE

PLANNED = frozenset({"prévu", "prévoir", "programmé", "programmer", "attendu", "attendre"})
"""Participles of a planned or expected happening: "la grève prévue jeudi", "le verdict attendu"."""

EXPECTING = frozenset({"attendu", "attendre"})
"""The participle of expecting, which also tells a wait or a person expected (see
``planning_participle``); a participle of planning ("prévu") always tells a happening ahead."""

LONG_AWAITED = frozenset({"tant", "si", "très", "tellement", "longtemps", "enfin", "impatiemment"})
"""Adverbs of a participle of expecting that tell a long wait, often over: "la pluie tant attendue"."""

PAST_MODALS = frozenset({"pouvoir", "devoir"})
"""Verbs of possibility and obligation that, in the past indicative, tell what was done ("ont dû
quitter", "a pu fuir")."""


def is_past_indicative(verb: Token) -> bool:
    """A past participle with an indicative auxiliary, not a conditional or a future one: "ont dû",
    "a pu", "avaient pu" (not "aurait pu", "aura dû")."""
    if "Part" not in morph_feats(verb).get("VerbForm", []):
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    indicative = ("Ind" in morph_feats(a).get("Mood", []) for a in auxiliaries)
    return (
        bool(auxiliaries)
        and all(indicative)
        and not any("Fut" in morph_feats(a).get("Tense", []) for a in auxiliaries)
    )


NOT_AHEAD = frozenset({"depuis", "sur"})
"""Prepositions that turn a participle of expecting away from a happening ahead: a wait told since
when ("attendue depuis des semaines"), what someone is expected to deal with ("attendue sur de
nombreux sujets")."""


def planning_participle(verb: Token, noun: Token) -> bool:
    """A participle of planning, or one of expecting whose happening lies ahead: not a long wait
    ("tant attendue", "attendue depuis des semaines"), not in the imperfect ("était attendue": told
    from the past, it may have come), not what someone is expected to do ("attendu sur"), nor a
    person expected ("la nouvelle ministre est attendue": the person is, not her appointment)."""
    if lemma(verb) not in PLANNED:
        return False
    if lemma(verb) not in EXPECTING:  # "une grève est prévue sur le RER D": planned, ahead
        return True
    children = list(verb.children)
    return not (
        is_role(noun)
        or any(c.dep_ == "advmod" and c.lower_ in LONG_AWAITED for c in children)
        or any(c.dep_.startswith("aux") and "Imp" in morph_feats(c).get("Tense", []) for c in children)
        or any(g.dep_ == "case" and g.lower_ in NOT_AHEAD for c in children for g in c.children)
    )


def is_announced(token: Token) -> bool:
    """An event noun qualified or predicated by a participle of planning or expecting: "la
    manifestation prévue samedi", "une grève est prévue jeudi", "le verdict est attendu"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"acl", "amod"} and planning_participle(c, token) for c in token.children):
        return True
    head = token.head  # "le verdict est attendu", parsed "nsubj:pass" or "nsubj" of the passive
    passive = token.dep_ == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in head.children)
    return token.dep_ in {"nsubj", "nsubj:pass"} and passive and planning_participle(head, token)


def past_modal(token: Token) -> str | None:
    """The lemma of "devoir" or "pouvoir" in the past indicative whose infinitive the verb trigger
    is, or is coordinated with: "a dû être relogée", "ont pu regagner leur camping ou ont été
    relogés"."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return None
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    modal = node.head
    if node.dep_ != "xcomp" or lemma(modal) not in PAST_MODALS or not is_past_indicative(modal):
        return None
    return lemma(modal)


def lifted_vetoes(token: Token) -> frozenset[str]:
    """The governors whose "!^x" veto a trigger row does not obey here: the modality rules keep and
    mark the event (see the module's docstring)."""
    lifted = {"attendre", "prévoir", "programmer"} if is_announced(token) else set()
    modal = past_modal(token)
    if modal is not None:
        lifted.add(modal)
    return frozenset(lifted)


ENDING = frozenset({"achever", "finir", "cesser", "arrêter"})
"""Verbs of ending whose negation tells the act goes on ("n'a pas fini de bombarder"): not negated."""

NEGATION_HEADS = frozenset({"pas", "plus", "jamais", "aucun", "aucune"})
"""Negation words a bare "de X" depends on: "il n'y a plus de file", "pas de boycott"."""


def under_negation(token: Token) -> bool:
    """A nominal trigger that a negation denies (evt33x): the bare "de X" of "plus" or "pas" in a
    negated clause ("il n'y a plus de file d'attente"), or of a noun the negation bears on ("pas
    d'avis de tempête", "aucun signe d'attaque"): nothing of the kind happened."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.head.i == token.i:
        return False
    head = token.head
    if head.pos_ == "ADV" and head.lower_ in NEGATION_HEADS:
        return head.head.i != head.i and any(c.lower_ in NE for c in head.head.children)
    if token.dep_ != "nmod" or head.pos_ != "NOUN":
        return False  # not "n'avoir pas peur des bombardements": the fear is denied, not the act
    dets = [c for c in head.children if c.dep_ == "det"]
    words = [*dets, *(g for c in dets for g in c.children)]
    return any(w.lower_ in NEGATION_HEADS for w in words)  # "pas d'avis", "aucun signe"


EXPLETIVE_BEFORE = frozenset({"avant", "moins", "peur", "crainte"})
"""Words before the "que" of a clause whose "ne" is expletive: "avant que la messe ne commence"."""

QUE = frozenset({"que", "qu'", "qu’"})
"""The "que" of a clause, of a restriction ("ne … que") or of a comparison."""
FEARING = frozenset({"craindre", "redouter", "éviter", "empêcher"})
"""Verbs whose "que" clause takes an expletive "ne": "craignaient que Kiev ne tombe"."""


def lone_ne(verb: Token) -> bool:
    """A "ne" that negates nothing (evt33x): expletive in "avant que", "à moins que", "de peur que" or
    after a verb of fearing ("avant que la messe ne commence", "craignent que Kiev ne tombe"); the
    restrictive one is ``is_restrictive``'s."""
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ in QUE and c.i > 0 and verb.doc[c.i - 1].lower_ in EXPLETIVE_BEFORE:
            return True
        if c.dep_ == "mark" and c.lower_ in QUE and verb.dep_ == "ccomp" and lemma(verb.head) in FEARING:
            return True  # "beaucoup craignaient que Kiev ne tombe"
    return False


def is_restrictive(verb: Token) -> bool:
    """``ne`` V ``que``, a restriction, not a negation: the first word after the verb, past adverbs and
    auxiliaries ("n'a été signé que mardi", "il n'y a eu que deux blessés"), is "que"; or a complement
    after the verb carries its "que" (evt33x: "n'avait, elle, à l'origine que des réunions")."""
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.pos_ in {"ADV", "AUX"} or lemma(t) in {"avoir", "être"}:
            continue
        if t.lower_ in QUE:
            return True
        break
    after = (c for c in verb.children if c.i > verb.i)
    return any(
        any(g.lower_ in QUE and g.dep_ in {"mark", "advmod"} and g.i < c.i for g in c.children) for c in after
    )


def concessive(verb: Token) -> bool:
    """A "si" clause granted, not supposed: "même si le virus est apparu en Chine" (evt33x)."""
    return any(c.dep_ == "mark" and c.i > 0 and verb.doc[c.i - 1].lower_ == "même" for c in verb.children)
