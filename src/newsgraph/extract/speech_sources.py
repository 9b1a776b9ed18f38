"""Documents as speakers: a text that speaks stands for whoever issued it. "La préfecture a publié
un communiqué mardi. Le communiqué précise que …" is the prefecture's; so is "Selon ce texte, …"
after "Le ministère a diffusé une note". A document whose author is named in its own phrase ("le
rapport de la Cour des comptes") is read by ``speaker_kinds.document_author``."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsgraph.extract.speech_lexicon import speech_nouns
from newsgraph.extract.speech_subjects import SUBJECT_DEPS

TAKING_UP_DETERMINERS = {"le", "la", "l'", "l’", "ce", "cet", "cette", "ces", "les"}
"""A definite or demonstrative determiner takes up a document named before; "un rapport" is new."""
GENERIC_DOCUMENTS = {"texte", "document"}
"""Nouns that take up any document or message named before ("Le texte précise …")."""
ISSUE_OBJECT_DEPS = {"obj", "nsubj:pass"}
SENTENCES_BACK = 2


@cache
def spoken_nouns() -> frozenset[str]:
    """Nouns of texts and messages that someone issues (kind act or document, not the weak ones
    such as "point" or "projet")."""
    return frozenset(
        n
        for n, a in speech_nouns().items()
        if a.get("kind") in {"act", "document"} and int(a.get("grade", "1")) >= 2
    )


def takes_up(head: Token, earlier: Token) -> bool:
    """The document noun ``head`` names the same text as ``earlier``: the same noun, or a generic
    one ("le texte", "ce document") after any text or message."""
    lemma = head.lemma_.lower()
    other = earlier.lemma_.lower()
    if other not in spoken_nouns():
        return False
    return other == lemma or lemma in GENERIC_DOCUMENTS


def issuer_subject(noun: Token) -> Token | None:
    """Who issued a document named as the object of a verb ("La préfecture a publié un communiqué",
    "un communiqué a été diffusé par l'ONG"): the verb's subject or its agent."""
    verb = noun.head
    if noun.dep_ not in ISSUE_OBJECT_DEPS or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if noun.dep_ == "obj":
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        return subj if subj is not None and subj.lower_ not in {"qui", "que", "qu'", "qu’"} else None
    return next(
        (c for c in verb.children if c.dep_ == "obl:agent" or any(g.lower_ == "par" for g in c.children)),
        None,
    )


def document_issuer(head: Token) -> Token | None:
    """The issuer of the document a definite document noun takes up from the sentences before, or
    None (the document has no issuer named, or the noun is no document)."""
    lemma = head.lemma_.lower()
    if lemma not in spoken_nouns() and lemma not in GENERIC_DOCUMENTS:
        return None
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in TAKING_UP_DETERMINERS:
        return None
    if any(c.dep_ == "nmod" and c.i > head.i for c in head.children):
        return None  # "le communiqué de la mairie": its own author
    doc = head.doc
    sent = head.sent
    first = sent.start
    for _ in range(SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first : head.i]):
        if tok.pos_ == "NOUN" and tok.i != head.i and takes_up(head, tok):
            found = issuer_subject(tok)
            if found is not None:
                return found
    return None
