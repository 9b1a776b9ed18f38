"""Who a word in an event's actor slot stands for, beyond the trigger's own subject: the
antecedent of a subject pronoun ("il", "elle"), the topic a sentence opens on ("quant à X"), the
nouns coordinated with a subject, the "par X" of a passive verb however the parser attached it."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_parse import (
    ACTOR_TYPES,
    AGENT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    MentionIndex,
    lemma,
)

ETRE_VERBS = lexicons.tagged("event_verbs.tsv")["etre"]
"""Verbs conjugated with être, so "est arrivé" is no passive."""


def antecedent(pronoun: Token, mentions: MentionIndex, sentences: int = 2, chain: int = 3) -> Token | None:
    """What a subject pronoun ("il", "elle", "ils", "elles") stands for: for "il"/"elle" the
    nearest person named as a subject in its own sentence or the ``sentences`` before, else the
    nearest subject noun that agrees in number and gender ("Le ministre [...], il consulte", "Les
    troupes russes [...]. Elles ont bombardé"); the same pronoun as a subject before it, with no
    noun between, stands for the same ("Le suspect a fui. Il a été arrêté. Il a avoué": the
    suspect, up to ``chain`` links); None when there is none."""
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    plural = pronoun.lower_ in {"ils", "elles"}
    subjects: list[Token] = []
    for i in range(pronoun.i - 1, start - 1, -1):
        t = doc[i]
        if (
            chain > 0
            and not subjects
            and t.lower_ == pronoun.lower_
            and t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        ):
            return antecedent(t, mentions, sentences, chain - 1)
        head = t.head if t.dep_ in {"flat:name", "appos"} else t
        if head.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        m = mentions.get(t)
        if not plural and m is not None and m.label == "PER":
            return t
        if head.i == t.i and agrees(pronoun, t, plural):
            subjects.append(t)
    return subjects[0] if subjects else None


def agrees(pronoun: Token, noun: Token, plural: bool) -> bool:
    """Number (and gender, when the parse gives it: the noun's or its article's, "la ministre") of a
    pronoun and a noun agree."""
    number = noun.morph.get("Number", [])
    if number and ("Plur" in number) != plural:
        return False
    words = (noun, *(c for c in noun.children if c.dep_ == "det"))
    gender = [g for t in words for g in t.morph.get("Gender", [])]
    want = "Fem" if pronoun.lower_.startswith("elle") else "Masc"
    return not gender or want in gender or (plural and want == "Masc")


def topic(pronoun: Token, mentions: MentionIndex) -> Token | None:
    """The actor a sentence opens on with "quant à" ("Quant à la France, elle a promis..."), as
    the antecedent of its subject pronoun; None when the sentence has no such topic."""
    for t in pronoun.sent:
        if t.i >= pronoun.i:
            break
        m = mentions.get(t)
        if m is not None and m.label in ACTOR_TYPES and any(c.lower_ == "quant" for c in t.children):
            return t
    return None


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Subjects and their coordinated nouns: "les Allemands et les Britanniques vont envoyer"."""
    return tokens + [
        c for t in tokens for c in t.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}
    ]


def agent_phrases(verb: Token) -> list[Token]:
    """The "par X" of a passive verb, however the parser labels or attaches it ("prolongée jeudi
    par les syndicats", the agent hung on "jeudi")."""
    found = [
        c
        for c in verb.children
        if c.dep_ in AGENT_DEPS
        or (c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "par" for g in c.children))
    ]
    hung = [g for c in verb.children if c.dep_ == "obl:mod" for g in c.children if g.dep_ in AGENT_DEPS]
    return found or hung or agent_after(verb)


def agent_after(verb: Token) -> list[Token]:
    """A "par X" later in the passive verb's stretch of words that the parser hung elsewhere
    ("présentées il y a une semaine par Élisabeth Borne"): up to a comma or another verb."""
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.lower_ in {",", ";", ":", "("} or (t.pos_ == "VERB" and lemma(t) != "avoir"):
            return []
        if t.lower_ == "par" and t.head.pos_ in {"NOUN", "PROPN"} and t.head.i > t.i:
            return [t.head]
    return []


def is_passive(token: Token) -> bool:
    """A passive verb ("a été arrêté"), not a verb conjugated with être ("est arrivé", "s'est
    retirée") that the parser took for one."""
    if lemma(token) in ETRE_VERBS or any(
        c.dep_.startswith("expl") or c.lower_ in {"se", "s'", "s’"} for c in token.children
    ):
        return False
    return any(c.dep_ == "aux:pass" for c in token.children) or "Pass" in token.morph.get("Voice", [])
