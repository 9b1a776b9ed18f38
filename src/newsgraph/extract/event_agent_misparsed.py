"""The subject of a finite verb the parser hung on it as a modifier: in "Des milliers d'habitants
manifestent", "Au Sri Lanka, des milliers d'habitants manifestent et accusent le gouvernement",
the parser often makes "manifestent" an ``amod`` of "habitants" (and "milliers" the root), so the
verb has no subject of its own. A finite verb (indicative, conditional, subjunctive) cannot
modify a noun without a relative pronoun, so the noun it hangs on, before it and agreeing in
number, is its subject."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma, subject_chain

MODIFIER_DEPS = frozenset({"amod", "acl"})
WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"})


def hung_subject(verb: Token) -> list[Token]:
    """[the noun] a finite verb with no subject was hung on as an ``amod``/``acl`` ("des milliers
    d'habitants manifestent": habitants), when the noun comes before the verb and agrees with it
    in number; [] otherwise ("les soldats tués": a participle; "ceux qui manifestent": a
    relative, ``acl:relcl``)."""
    if (
        verb.pos_ != "VERB"
        or verb.dep_ not in MODIFIER_DEPS
        or "Fin" not in morph_feats(verb).get("VerbForm", [])
    ):
        return []
    noun = verb.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i >= verb.i:
        return []
    if any("Rel" in morph_feats(c).get("PronType", []) for c in verb.children):
        return []
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    number, own = morph_feats(verb).get("Number", []), morph_feats(noun).get("Number", [])
    if not number or not own or number != own:
        return []
    return [noun]


PURPOSE_MARKS = frozenset({"pour", "afin"})
ADJUNCT_CASES = frozenset({"depuis", "pendant", "durant", "dès", "dans"})


def adjunct_purpose(verb: Token) -> list[Token]:
    """The subject of the clause whose purpose an infinitive says when the parser hung it on the
    time said before it ("les pompiers sont mobilisés depuis lundi pour lutter contre le feu":
    "lutter" an ``acl`` of "lundi"): a time adjunct has no purpose, the clause's doer has; []
    otherwise ("des moyens pour lutter": a noun's own purpose)."""
    noun = verb.head
    if verb.dep_ != "acl" or "Inf" not in morph_feats(verb).get("VerbForm", []) or noun.i == verb.i:
        return []
    if not any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in verb.children):
        return []
    cases = [c.lower_ for c in noun.children if c.dep_ == "case"]
    if noun.dep_ != "obl:mod" or noun.head.pos_ not in {"VERB", "AUX"} or not set(cases) <= ADJUNCT_CASES:
        return []
    timed = bool(cases) or lemma(noun) in WEEKDAYS or noun.ent_type_ == "DATE"
    return subject_chain(noun.head) if timed or any(c.like_num for c in noun.children) else []


def object_conjunct(verb: Token) -> list[Token]:
    """The subject of a verb the parser coordinated with the object of the verb before it ("ils ont
    volé des pièces et saccagé le site": "saccagé" a ``conj`` of "pièces"): a verb with an object of
    its own is no noun's conjunct, so it shares the first verb's subject; [] otherwise ("des maisons
    détruites et pillées": participles of the noun, with no object)."""
    noun = verb.head
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i >= verb.i:
        return []
    if not any(c.dep_ == "obj" for c in verb.children):
        return []
    if any(c.dep_.startswith("nsubj") or c.dep_ == "aux:pass" for c in verb.children):
        return []
    first = noun.head
    if noun.dep_ not in {"obj", "obl:arg"} or first.pos_ != "VERB" or first.i > noun.i:
        return []
    return subject_chain(first)
