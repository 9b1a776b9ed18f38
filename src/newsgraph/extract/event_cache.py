"""Answers about one document's parse that the events stage asks again and again (the lemma of a
word, the verb a nominal trigger hangs on, a token's morphology, the token a mention ends on), found once
per document.

A single slot holds the document last asked about (by a weak reference: it keeps no document
alive) and the answers about it, replaced as soon as another document is asked about: the stage
reads one document at a time, so nothing found for one is ever given for another, even one with
the same sentences. The slot is rebound in one step (a tuple), so threads reading other documents
never mix answers. Only what depends on the parse alone goes here, keyed by token indexes; what
depends on the document's mentions is kept in ``event_parse.MentionIndex.memo``."""

from __future__ import annotations

import weakref
from bisect import bisect_left
from collections.abc import Hashable
from typing import Any

from spacy.attrs import MORPH
from spacy.tokens import Doc, Token

from newsgraph.extract.tokens import Features, morph_of, tokens

ELIDED_LEMMAS = {
    "s'": "se",
    **{
        f"{form}’": full
        for form, full in (
            ("s", "se"),
            ("d", "de"),
            ("l", "le"),
            ("qu", "que"),
            ("n", "ne"),
            ("c", "ce"),
            ("j", "je"),
            ("m", "me"),
            ("t", "te"),
            ("jusqu", "jusque"),
            ("lorsqu", "lorsque"),
            ("puisqu", "puisque"),
        )
    },
}
"""Lemmas the model leaves elided: "s'" (either apostrophe), and every elided word written with the
typographic apostrophe, which its lemmatizer does not know ("d’" stays "d’" where "d'" gives "de")."""


Memo = tuple[weakref.ref[Doc] | None, list[str], dict[Hashable, Any]]

_SLOT: Memo = (None, [], {})


def _slot(doc: Doc) -> Memo:
    global _SLOT
    slot = _SLOT
    if slot[0] is None or slot[0]() is not doc:
        found = [ELIDED_LEMMAS.get(x, x) for x in tokens(doc).lemma_lower]
        slot = _SLOT = (weakref.ref(doc), found, {})
    return slot


def lemmas(doc: Doc) -> list[str]:
    """The lower-cased lemma of each token of ``doc``, an elided word's written out
    (``event_parse.lemma``)."""
    slot = _SLOT  # the slot read here, not through ``_slot``: asked of every dependent of every trigger
    ref = slot[0]
    return slot[1] if ref is not None and ref() is doc else _slot(doc)[1]


def doc_memo(doc: Doc) -> dict[Hashable, Any]:
    """The answers found so far about ``doc``'s parse, by key (a name and token indexes: never a
    Token or a Span, which would keep the document alive)."""
    slot = _SLOT
    ref = slot[0]
    return slot[2] if ref is not None and ref() is doc else _slot(doc)[2]


def last_token(token: Token, end: int) -> int:
    """The index of the first token from ``token`` on that reaches character ``end`` (the last
    word of a mention ending there that ``token`` is in), else ``token``'s own: what
    ``next((x.i for x in doc[token.i :] if x.idx + len(x.text) >= end), token.i)`` finds, by
    bisection of the tokens' end offsets (found once per document), no Token made."""
    doc = token.doc
    memo = doc_memo(doc)
    ends: list[int] | None = memo.get("token-ends")
    if ends is None:
        table = tokens(doc)
        ends = memo["token-ends"] = [i + len(w) for i, w in zip(table.idx, table.text, strict=True)]
    found = bisect_left(ends, end, token.i)
    return found if found < len(ends) else token.i


_FEATURES: dict[int, Features] = {}
"""Morphology hash -> features, as ``morph_of`` found them (a few thousand analyses in all)."""


def morph_feats(token: Token) -> Features:
    """``morph_of(token)`` (``token.morph.get(...)``'s answers), its key read from the Doc's MORPH
    column (made once per document) rather than from a MorphAnalysis made per call."""
    memo = doc_memo(token.doc)
    keys: list[int] | None = memo.get("morph-keys")
    if keys is None:
        keys = memo["morph-keys"] = token.doc.to_array(MORPH).tolist()
    key = keys[token.i]
    found = _FEATURES.get(key)
    if found is None:
        found = _FEATURES[key] = morph_of(token)
    return found
