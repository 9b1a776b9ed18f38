"""Whether the noun-phrase object of a stance verb names what was said, or only the person it was
said to or done to (round 40, stm40np; issue 14).

The verbs of the graded lexicon taking an ``np`` frame report speech with an object that is a view,
a demand or a thing judged ("la ministre salue la décision du Conseil", "le maire défend un projet
de rocade", "le ministre n'exclut pas un confinement"). Verbs of reacting, claiming and predicting
also take a person as object in a sense that tells no words: a gesture ("le président salue la
foule", "il salue Emmanuel Macron"), a deed ("l'avocat défend son client", "le club exclut un
joueur"). An object that is a person or a group alone -- a pronoun, a proper name, a noun of people
or of a role, with no complement of its own and no reason told after it ("félicite l'équipe pour
sa victoire") -- is not what was said; nor a title or a place a verb of claiming defends as a
deed ("il défend son titre", "les soldats défendent la ville": ``held_ground`` of
``statement_words.tsv``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.speech_common import OBJECT_DEPS
from newsgraph.extract.speech_lexicon import speech_verb

PERSON_OBJECT_SENSES = frozenset({"react", "claim", "predict"})
"""Senses whose verbs also take a person as object without telling words: saluer, remercier,
défendre, exclure. Not the verbs of criticizing, asking or denying ("dénonce le préfet" is aimed
at someone and heard as a statement)."""
COMPLEMENT_DEPS = frozenset({"acl", "acl:relcl", "ccomp", "xcomp", "conj"})
"""What is told of the person: "salue les soignants qui ont tenu", "salue les élus et leur courage"."""
REASON_CASES = frozenset({"de", "d'", "d’", "du", "des", "pour", "sur"})


HELD_GROUND = lexicons.tagged("statement_words.tsv")["held_ground"]
"""What a verb of claiming defends as a deed: "défend son titre", "défendent la ville"."""


@cache
def _people_nouns() -> frozenset[str]:
    return lexicons.words("people_nouns.txt") | lexicons.words("roles.txt")


def _person_noun(tok: Token) -> bool:
    if tok.pos_ == "PRON":
        return True
    if tok.pos_ == "PROPN":
        return not tok.ent_type_ or tok.ent_type_ in {"PER", "ORG"}
    lemma = tok.lemma_.lower().replace("oe", "œ")  # "soeur" as typed without the ligature
    return tok.pos_ == "NOUN" and (lemma in _people_nouns() or lemma.rstrip("sx") in _people_nouns())


def person_alone(verb: Token, content: tuple[int, int]) -> bool:
    """The object of a verb of reacting, claiming or predicting is a person or a group alone, with
    nothing told of them ("salue la foule", "défend son client"), or ground a verb of claiming holds
    as a deed ("défend son titre"): no words were reported."""
    entry = speech_verb(verb, any_pos=True)
    if entry is None or entry.sense not in PERSON_OBJECT_SENSES:
        return False
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and content[0] <= c.idx < content[1]]
    if len(objects) != 1:
        return False
    obj = objects[0]
    if entry.sense == "claim" and obj.pos_ == "NOUN" and obj.lemma_.lower() in HELD_GROUND:
        return True  # "le champion défend son titre", "les soldats défendent la ville"
    if not _person_noun(obj):
        return False
    if any(c.dep_ in COMPLEMENT_DEPS and not (c.dep_ == "conj" and _person_noun(c)) for c in obj.children):
        return False  # "salue les soignants qui ont tenu", "salue les pompiers et leur courage"
    return not any(reason(t, verb) for t in verb.doc[obj.i + 1 : verb.sent.end] if t.idx < content[1])


def reason(tok: Token, verb: Token) -> bool:
    """A reason told after the person: "félicite l'équipe pour sa victoire", "remercie les secours
    d'être venus", "félicite la ministre de sa nomination" (a complement of the verb, not of the
    person: "salue les salariés de l'usine" tells none)."""
    if tok.lower_ == "pour" or tok.dep_ == "mark":
        return True
    return tok.dep_ == "case" and tok.lower_ in REASON_CASES and tok.head.head.i == verb.i
