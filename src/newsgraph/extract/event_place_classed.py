"""A town the NER took for a person or a thing, read as a place through the whole report. A name
said once with the noun of its class ("la ville de Mykolaïev", "le village de Lyman") is a place's,
whatever label the NER gave it; a report names its town again and again, and the NER that took it
for a person there takes it so everywhere ("Nous arrivons à Mykolaïev", "les bombardements sur
Mykolaïev"): every mention of that name in the report is then the place, as the gazetteer, which
does not know every spelling of a foreign town ("Mykolaïev", "Sievierodonetsk"), cannot say."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.extract.context import Mention
from newsgraph.extract.event_parse import MentionIndex, lemma

CLASS_NOUNS = frozenset(
    {"ville", "village", "commune", "bourg", "localité", "capitale", "hameau", "agglomération"}
    | {"région", "province", "oblast", "district", "département", "canton"}
)
"""Nouns of a settlement or an administrative area whose "de X" names it ("la ville de X", "la région
de X"); not of a building or a landform ("le palais de X", "le lac de X"), whose name may be a
person's ("le musée Picasso")."""

MISREAD_LABELS = frozenset({"PER", "MISC"})
"""The labels the NER gives a foreign town it does not know: a person's, a thing's."""

DE_CASES = frozenset({"de", "d'", "d’"})


def classed_names(sdoc: Doc, mentions: MentionIndex) -> frozenset[str]:
    """The texts of the mentions labelled as a person or a thing that the report says once with the
    noun of a settlement's class ("la ville de Mykolaïev"), found once per document."""
    key = ("classed-names",)
    found: frozenset[str] | None = mentions.memo.get(key)
    if found is None:
        names = {
            m.text
            for i, m in mentions.by_token.items()
            if m.label in MISREAD_LABELS and " " not in m.text.strip() and with_class_noun(sdoc[i])
        }
        found = mentions.memo[key] = frozenset(names)
    return found


def with_class_noun(t: Token) -> bool:
    """A proper noun that is the "de X" of a settlement's class noun before it ("la ville de X")."""
    head = t.head
    return (
        t.pos_ == "PROPN"
        and t.dep_ in {"nmod", "appos", "flat:name"}
        and head.i < t.i
        and lemma(head) in CLASS_NOUNS
        and any(c.dep_ == "case" and c.lower_ in DE_CASES for c in t.children)
    )


def classed_places(tokens: Iterable[Token], mentions: MentionIndex) -> Iterator[tuple[Token, Mention]]:
    """The mentions among ``tokens`` of a name ``classed_names`` holds, as places (one mention object
    per token, kept: the place search compares mentions by identity)."""
    tokens = list(tokens)
    if not tokens:
        return
    names = classed_names(tokens[0].doc, mentions)
    if not names:
        return
    for t in tokens:
        m = mentions.get(t)
        if m is None or m.label not in MISREAD_LABELS or m.text not in names or t.idx != m.start:
            continue
        key = ("classed-place", t.i)
        place: Mention | None = mentions.memo.get(key)
        if place is None:
            place = mentions.memo[key] = replace(m, label="LOC", name=m.text)
        yield t, place
