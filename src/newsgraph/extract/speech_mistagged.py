"""A present-tense speech verb the tagger read as a noun or an adjective ("Le rapport pointe un
manque de moyens"), told by the words around it (used by :mod:`newsgraph.extract.speech_reported`)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.attribution import can_speak_noun
from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_clauses import clause_stop
from newsgraph.extract.speech_common import words
from newsgraph.extract.speech_lexicon import document_nouns, speech_verb
from newsgraph.extract.speech_subjects import in_prepositional_phrase

OBJECT_ARTICLES = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ce", "cette", "ces"}
PRESENT_ENDINGS = ("e", "ent")


def mistagged_object(tok: Token) -> tuple[tuple[int, int], Token] | None:
    """ "Le rapport pointe un manque de moyens", "L'ONG dénonce des arrestations", "Le député
    critique vivement la réforme": a present-tense speech verb the tagger read as a noun or an
    adjective, between a subject noun phrase and an object that opens with an article. The
    words around decide: a noun subject right before (not inside a prepositional phrase), the
    form of a verb that takes an object, an article after it (past adverbs)."""
    doc = tok.doc
    if (
        tok.i == 0
        or tok.i + 2 >= len(doc)
        or not tok.lower_.endswith(PRESENT_ENDINGS)
        or tok.text[:1].isupper()
    ):
        return None
    entry = speech_verb(tok, any_pos=True)
    if entry is None or entry.grade < 2 or "np" not in entry.frames or entry.pronominal:
        return None
    subject = doc[tok.i - 1]
    while subject.dep_ in {"flat:name", "flat:foreign"} and subject.head.i < subject.i:
        subject = subject.head
    if subject.pos_ not in {"NOUN", "PROPN"} or in_prepositional_phrase(subject):
        return None
    if subject.pos_ == "NOUN" and not any(c.dep_ == "det" for c in subject.children):
        return None  # "une note salée", "sous-préfet juge …" without an article: no clause subject
    if not may_speak(subject):
        return None  # "L'hiver pointe le bout de son nez": a noun that cannot speak
    if subject.lower_.endswith("s") != tok.lower_.endswith("nt") and subject.pos_ == "NOUN":
        return None  # "les riverains alertent", "le rapport pointe": number agreement
    j = tok.i + 1
    while j < tok.sent.end and doc[j].pos_ == "ADV":
        j += 1
    if (
        j + 1 >= tok.sent.end
        or doc[j].lower_ not in OBJECT_ARTICLES
        or doc[j + 1].pos_ not in {"NOUN", "ADJ"}
    ):
        return None
    end = clause_stop(doc[j])
    if words(doc_text(doc)[doc[j].idx : end]) < 2:
        return None
    return (doc[j].idx, end), subject


def may_speak(subject: Token) -> bool:
    """A subject that can be a speaker: a name, a role or institution, a noun of people or of a
    group, a document ("le rapport", "l'étude")."""
    return subject.pos_ == "PROPN" or can_speak_noun(subject) or subject.lemma_.lower() in document_nouns()
