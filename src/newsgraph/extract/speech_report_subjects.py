"""Subjects of a speech verb the parser hung elsewhere (tests/extract/test_reported_r17.py): on the
auxiliary of a compound tense split from its participle by an incise or a quotation mark ("Le
président a, durant l'entretien, « réitéré sa demande … »", "La ministre a ensuite, selon ses
proches, « demandé … »"). Used by ``speech_reported.subject_for``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_subjects import SUBJECT_DEPS

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
