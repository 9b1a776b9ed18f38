"""Subjects of a speech verb the parser hung elsewhere (tests/extract/test_reported_r17.py): on the
auxiliary of a compound tense split from its participle by an incise or a quotation mark ("Le
président a, durant l'entretien, « réitéré sa demande … »", "La ministre a ensuite, selon ses
proches, « demandé … »"). Used by ``speech_reported.subject_for``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_common import OBJECT_DEPS, inside
from newsgraph.extract.speech_quotes import doc_quotes
from newsgraph.extract.speech_subjects import SUBJECT_DEPS, side_noun

RELATIVE_WORDS = {"qu'", "que", "qu’"}


def auxiliary_subject(verb: Token) -> Token | None:
    """The subject the parse gave to the verb's auxiliary rather than to the verb."""
    for aux in verb.children:
        if not aux.dep_.startswith("aux") or aux.i > verb.i:
            continue
        subj = next((c for c in aux.children if c.dep_ in SUBJECT_DEPS and c.i < aux.i), None)
        if subj is not None and subj.lower_ not in RELATIVE_WORDS:
            return subj
    return None


SUBJECT_NOUNS = {"NOUN", "PROPN"}


def inside_object(verb: Token, head: Token) -> bool:
    """The noun taken for a postposed subject lies inside another noun phrase the verb governs (its
    object): the verb has its object, it is no inverted incise. Or it lies past the closing mark of
    the quote the verb stands in ("« …, assure la grande distribution », explique la journaliste"):
    the subject of an incise inside a quote is inside it."""
    quote = inside(doc_quotes(verb.doc), verb.idx)
    if quote is not None and head.idx >= quote[1]:
        return True
    return any(a.head.i == verb.i and a.dep_ in OBJECT_DEPS and a.i != head.i for a in head.ancestors)


def split_subject(subj: Token) -> Token:
    """The head of a subject noun phrase the sentence splitter cut before its last word: "Le
    président de la région Grand Est affirme que …" parsed as a verbless sentence "Le président de
    la région Grand" and "Est affirme que …". The subject opens its sentence, no punctuation or line
    break ends the one before, whose last word is capitalized too (a name cut in two), and that one is
    a noun phrase with its determiner and without a verb; its root is the head. Not a headline glued
    to the text ("Un bénéfice record Certains syndicats se félicitent …": a subject with its own
    determiner, a headline ending in a lowercase word)."""
    doc, sent = subj.doc, subj.sent
    if subj.i != sent.start or sent.start == 0 or subj.pos_ != "NOUN" or subj.left_edge.i != subj.i:
        return subj
    before = doc[sent.start - 1]
    if (
        not (before.is_alpha and before.text[:1].isupper() and subj.text[:1].isupper())
        or "\n" in before.whitespace_
    ):
        return subj
    root = before.sent.root
    if root.pos_ not in SUBJECT_NOUNS or any(t.pos_ in {"VERB", "AUX"} for t in before.sent):
        return subj
    return root if any(c.dep_ == "det" for c in root.children) else subj


def split_name(far: Token, near: Token) -> Token:
    """Of two subjects side by side, the far one when the near one is the capitalized end of a name
    the parse cut off its phrase ("Le président de la région Grand | Est affirme …"); not a
    subject after a headline glued to the text ("Un bénéfice record Certains syndicats …")."""
    before = near.doc[near.i - 1]
    name_cut = (
        near.pos_ == "NOUN" and near.text[:1].isupper() and before.is_alpha and before.text[:1].isupper()
    )
    return far if name_cut else near


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the nearer noun phrase ("Le hameau, dont la mairie a annoncé …":
    the relative clause's own subject), but never a pronoun that takes up the other ("La direction,
    elle, assure …") nor the object of the other's relative clause read as a subject ("Les Français
    qui prennent le train | se demandent …")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not side_noun(c)]  # "Côté X, on …"
    if len(subjects) < 2:
        return causal_conjunct(subjects[0], verb) if subjects else adjunct_swallowed_subject(verb)
    nouns = [c for c in subjects if c.pos_ in {"NOUN", "PROPN"}] or [c for c in subjects if c.pos_ != "PRON"]
    if len(nouns) == 2 and nouns[0].right_edge.i + 1 == nouns[1].left_edge.i == nouns[1].i:
        return split_name(nouns[0], nouns[1])  # "Le président de la région Grand | Est affirme …"
    if len(nouns) == 2 and relative_object(nouns[0], nouns[1]):
        return nouns[0]
    return min(nouns, key=lambda c: abs(verb.i - c.i)) if nouns else subjects[0]


def causal_conjunct(subj: Token, verb: Token) -> Token:
    """ "« Attention, car de récentes études montrent que … »": a noun phrase after "car" that the
    parser coordinated to the word before it is the verb's subject; "car" opens a clause, it joins
    no noun phrases."""
    for c in subj.children:
        if (
            c.dep_ == "conj"
            and subj.i < c.i < verb.i
            and any(g.dep_ == "cc" and g.lower_ == "car" for g in c.children)
        ):
            return c
    return subj


def adjunct_swallowed_subject(verb: Token) -> Token | None:
    """ "En 30 ans de carrière, ce policier qui a connu les émeutes, estime …": a subject with its
    relative clause, set off by commas between a fronted adjunct and the verb, that the parser hung
    on the adjunct; the noun the relative clause defines, with its article and no preposition."""
    doc, k = verb.doc, verb.i - 1
    while k > verb.sent.start and doc[k].pos_ == "ADV":
        k -= 1
    if k <= verb.sent.start or doc[k].text != ",":
        return None
    rel = next(
        (t for t in doc[verb.sent.start : k] if t.dep_ == "acl:relcl" and t.right_edge.i == k - 1), None
    )
    if rel is None or rel.head.i >= rel.i or rel.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = rel.head
    if any(c.dep_ == "case" for c in noun.children) or noun.left_edge.i == verb.sent.start:
        return None
    opens = doc[noun.left_edge.i - 1].text == "," and any(c.dep_ == "det" for c in noun.children)
    return noun if opens and noun.head.i != verb.i else None


def relative_object(far: Token, near: Token) -> bool:
    """The near "subject" follows a relative clause of the far one whose verb has no object of its
    own: it is that object ("Des milliers d'usagers qui empruntent chaque jour les TER se demandent
    …")."""
    for rel in far.children:
        if rel.dep_ != "acl:relcl" or not rel.i < near.i:
            continue
        has_object = any(c.dep_ in {"obj", "ccomp", "xcomp"} for c in rel.children)
        if not has_object and rel.right_edge.i + 1 == near.left_edge.i and rel.i < near.left_edge.i:
            return True
    return False


MODIFIER_DEPS = {"amod", "acl"}


def misread_verb_subject(verb: Token) -> Token | None:
    """ "Des milliers d'habitants manifestent et accusent le gouvernement de …": the finite verb the
    speech verb is coordinated to was hung on the noun before it as a modifier, and the speech verb
    on something else; that noun is the subject of both."""
    if verb.dep_ != "conj":
        return None
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None or cc.lower_ not in {"et", "puis"} or cc.i == 0:
        return None
    first = verb.doc[cc.i - 1]
    while first.pos_ != "VERB" and first.head.i < first.i and first.head.i > first.sent.start:
        first = first.head  # "manifestent devant le Parlement et accusent …"
    if (
        first.pos_ != "VERB"
        or first.dep_ not in MODIFIER_DEPS
        or "Fin" not in first.morph.get("VerbForm", [])
        or first.right_edge.i != cc.i - 1
    ):
        return None
    noun = first.head
    return noun if noun.pos_ in SUBJECT_NOUNS and noun.i < first.i else None


def object_before_clause(verb: Token, head: Token) -> bool:
    """The verb's own object before the clause it governs ("… et accusent le gouvernement d'avoir
    …"), no postposed subject (an inverted one may be parsed as an object: "répond la journaliste")."""
    return (
        head.dep_ == "obj"
        and head.head.i == verb.i
        and any(c.dep_ in {"xcomp", "ccomp"} and c.i > head.i for c in verb.children)
    )


NO_ONE = {"aucun", "aucune", "nul", "nulle", "personne"}


def no_one(head: Token) -> bool:
    """A speaker that is nobody: "aucun service n'a confirmé …", "n'a été confirmé par aucun
    responsable", "personne n'a annoncé …": what no one said is no statement."""
    if head.lower_ in NO_ONE and head.pos_ == "PRON":
        return True
    return any(c.dep_ == "det" and c.lower_ in NO_ONE for c in head.children)
