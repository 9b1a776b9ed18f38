"""Incises of the written press. Words the reporter learned from a source: the impersonal incise
"a-t-on appris de source policière", "apprend-on auprès de la préfecture", "a-t-on appris jeudi de
sources concordantes" (the subject "on" is the newsroom; the source after "de" or "auprès de" is the
speaker). A name apposed to the addressee between the verb and its inverted subject ("a affirmé à
l'agence Reuters le directeur financier"): the name belongs to the addressee, the subject follows.

Functions here are small and pure: a parsed ``Doc`` and token indexes in, the source's head and the
index where the incise ends out (``attribution.incise_at`` builds the incise from them).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsgraph.extract.attribution_phrases import np_head

LEARN_LEMMAS = frozenset({"apprendre"})
IMPERSONAL = frozenset({"on", "-on", "-t-on"})
SOURCE_LINKS = (
    ("auprès", "de"),
    ("auprès", "d'"),
    ("auprès", "d’"),
    ("auprès", "du"),
    ("auprès", "des"),
    ("de",),
    ("d'",),
    ("d’",),
    ("du",),
    ("des",),
)
PHRASE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")"})


def learned_source(
    doc: Doc, verb: Token, limit: int, filler: Callable[[Token], bool]
) -> tuple[Token, int] | None:
    """The head of the source after "apprendre" with the impersonal "on" as its subject ("a-t-on
    appris samedi de source policière" -> "source"), past the adverbs and time words ``filler``
    accepts, and the index after the source's phrase; else None."""
    if verb.lemma_.lower() not in LEARN_LEMMAS:
        return None
    near = doc[max(0, verb.i - 3) : min(limit, verb.i + 2)]
    if not any(t.lower_ in IMPERSONAL for t in near):
        return None
    k = verb.i + 1
    while k < limit and (doc[k].lower_ in IMPERSONAL or doc[k].lower_ in {"-t", "-t-"}):
        k += 1
    while k < limit and filler(doc[k]):
        k += 1
    for link in SOURCE_LINKS:
        end = k + len(link)
        if end < limit and tuple(t.lower_ for t in doc[k:end]) == link:
            head = np_head(doc, end, limit)
            if head.pos_ not in {"NOUN", "PROPN", "ADJ"}:
                return None
            stop = head.i + 1
            while stop < limit and doc[stop].text not in PHRASE_ENDS and "\n" not in doc[stop].text:
                stop += 1
            return head, stop
    return None


def named_addressee(doc: Doc, j: int, limit: int) -> bool:
    """The proper name at ``j`` ends a prepositional phrase and a noun phrase follows it ("à l'agence
    Reuters le directeur …", "au quotidien Le Parisien la ministre …"): the name is the phrase's."""
    k = j + 1 if doc[j].pos_ == "DET" and doc[j].text[:1].isupper() else j  # "Le Parisien"
    if k >= limit or doc[k].pos_ != "PROPN":
        return False
    while k < limit and doc[k].pos_ == "PROPN":
        k += 1
    return k < limit and (doc[k].pos_ == "DET" or doc[k].lower_ in {"m.", "mme"})
