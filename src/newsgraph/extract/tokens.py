"""One table of token attributes per Doc, read from spaCy's arrays once and shared by every stage.

A rule that walks the tokens with ``token.pos_``, ``token.lemma_`` or ``token.lower_`` makes a
``Token`` object per read and crosses into Cython to build a string each time; the stages read
the same attributes of the same tokens many times over. ``tokens(doc)`` gives plain Python lists
instead, indexed by token position: ``tokens(doc).pos[i] == doc[i].pos_``. Each column is read
from ``Doc.to_array`` the first time it is asked for (a few milliseconds for a thousand reports'
tokens), and the table is kept in ``doc.user_data``, so every stage after the first pays a dict
lookup. The strings are the vocabulary's own (interned once per process by hash).

The Doc must not change after the first read (the pipeline is done with it when the stages run).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc, Token

KEY = "newsgraph.tokens"
FORMS_KEY = "newsgraph.forms"
"""Where a pipeline component that read the ORTH column leaves it for the table (``keep_forms``)."""

_STRINGS: dict[int, str] = {}
"""Hash -> string, shared by every Doc (a string's hash is the same in every vocabulary)."""
_MAX_STRINGS = 2_000_000


def column_strings(doc: Doc, attr: int) -> list[str]:
    """The column ``attr`` (a string attribute: ORTH, LEMMA, POS, DEP) as strings (read afresh: a
    Doc still in the pipeline may ask for the columns that will not change, ORTH)."""
    hashes: list[int] = doc.to_array(attr).tolist()
    found: list[str | None] = list(map(_STRINGS.get, hashes))  # one pass from C: most are known
    if None not in found:
        return found  # type: ignore[return-value]  # no None in it
    if len(_STRINGS) > _MAX_STRINGS:  # a very long build: start again rather than grow
        _STRINGS.clear()
    store = doc.vocab.strings
    for i in [i for i, s in enumerate(found) if s is None]:  # strings not seen yet: only these
        h = hashes[i]
        s = _STRINGS.get(h)
        if s is None:
            s = _STRINGS[h] = store[h]
        found[i] = s
    return found  # type: ignore[return-value]  # every None replaced


Features = dict[str, list[str]]
"""A token's morphology, field -> values: ``feats.get("Mood", [])`` is ``token.morph.get("Mood", [])``."""
_FEATURES: dict[int, Features] = {}
"""Morphology hash -> features, shared by every Doc (a few thousand analyses in all)."""


def _parse_features(feats: str) -> Features:
    """ "Mood=Ind|Number=Plur|PronType=Int,Rel" -> {"Mood": ["Ind"], ..., "PronType": ["Int", "Rel"]}
    (spaCy's UD string: fields sorted, several values of one field joined by commas)."""
    out: Features = {}
    for part in feats.split("|") if feats not in ("", "_") else ():  # "_": spaCy's empty analysis
        field, _, values = part.partition("=")
        out.setdefault(field, []).extend(values.split(","))
    return out


def _ints(doc: Doc, attr: int) -> list[int]:
    """A numeric column as signed ints (``to_array`` gives uint64: -1 comes back as 2**64 - 1)."""
    return doc.to_array(attr).astype("int64").tolist()  # type: ignore[no-any-return]


def _flags(doc: Doc, attr: int, value: int = 1) -> list[bool]:
    """A column as booleans: whether each token's ``attr`` is ``value``."""
    return (doc.to_array(attr) == value).tolist()  # type: ignore[no-any-return]


class Tokens:
    """The columns of one Doc; each a list with one entry per token."""

    __slots__ = (
        "_dep",
        "_head",
        "_idx",
        "_is_space",
        "_lemma",
        "_lemma_lower",
        "_lower",
        "_places",
        "_pos",
        "_punct",
        "_sent_start",
        "_sent_starts",
        "_space",
        "_text",
        "doc",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._text: list[str] | None = None
        self._lower: list[str] | None = None
        self._lemma: list[str] | None = None
        self._lemma_lower: list[str] | None = None
        self._pos: list[str] | None = None
        self._dep: list[str] | None = None
        self._head: list[int] | None = None
        self._sent_start: list[bool] | None = None
        self._idx: list[int] | None = None
        self._space: list[bool] | None = None
        self._punct: list[bool] | None = None
        self._is_space: list[bool] | None = None
        self._sent_starts: list[int] | None = None
        self._places: dict[str, list[int]] | None = None

    def __len__(self) -> int:
        return len(self.doc)

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        """A copied or pickled Doc (``Doc.copy`` pickles its user data) gets an empty table back,
        which ``tokens`` then makes again for the copy: the columns are not sent along."""
        return _stale, ()

    @property
    def text(self) -> list[str]:
        """``token.text``"""
        if self._text is None:
            given: list[str] | None = self.doc.user_data.get(FORMS_KEY)  # ``keep_forms``
            if given is None or len(given) != len(self.doc):
                given = column_strings(self.doc, ORTH)
            self._text = given
        return self._text

    @property
    def lower(self) -> list[str]:
        """``token.lower_``"""
        if self._lower is None:
            self._lower = list(map(str.lower, self.text))  # spaCy's LOWER is the text lowercased
        return self._lower

    @property
    def places(self) -> dict[str, list[int]]:
        """Each lowercase form -> the indexes of its tokens, in order (``indexes_among``)."""
        if self._places is None:
            places: dict[str, list[int]] = {}
            for i, word in enumerate(self.lower):
                places.setdefault(word, []).append(i)
            self._places = places
        return self._places

    @property
    def lemma(self) -> list[str]:
        """``token.lemma_``"""
        if self._lemma is None:
            self._lemma = column_strings(self.doc, LEMMA)
        return self._lemma

    @property
    def lemma_lower(self) -> list[str]:
        """``token.lemma_.lower()``: the event rules compare lemmas lowercased (the trigger gate,
        the phrase heads, ``event_parse.lemma``), each of which lowercased the column itself."""
        if self._lemma_lower is None:
            self._lemma_lower = list(map(str.lower, self.lemma))
        return self._lemma_lower

    @property
    def pos(self) -> list[str]:
        """``token.pos_``"""
        if self._pos is None:
            self._pos = column_strings(self.doc, POS)
        return self._pos

    @property
    def dep(self) -> list[str]:
        """``token.dep_``"""
        if self._dep is None:
            self._dep = column_strings(self.doc, DEP)
        return self._dep

    @property
    def head(self) -> list[int]:
        """``token.head.i``"""
        if self._head is None:
            self._head = [i + rel for i, rel in enumerate(_ints(self.doc, HEAD))]
        return self._head

    @property
    def sent_start(self) -> list[bool]:
        """``bool(token.is_sent_start)`` (the first token of a parsed Doc starts a sentence)."""
        if self._sent_start is None:
            self._sent_start = _flags(self.doc, SENT_START)
        return self._sent_start

    @property
    def sent_starts(self) -> list[int]:
        """The indexes of the tokens that start a sentence, in order."""
        if self._sent_starts is None:
            self._sent_starts = [i for i, s in enumerate(self.sent_start) if s]
        return self._sent_starts

    @property
    def idx(self) -> list[int]:
        """``token.idx``: the character offset of each token."""
        if self._idx is None:
            self._idx = _ints(self.doc, IDX)
        return self._idx

    @property
    def space(self) -> list[bool]:
        """``bool(token.whitespace_)``"""
        if self._space is None:
            self._space = _flags(self.doc, SPACY)
        return self._space

    @property
    def punct(self) -> list[bool]:
        """``token.is_punct``"""
        if self._punct is None:
            self._punct = _flags(self.doc, IS_PUNCT)
        return self._punct

    @property
    def is_space(self) -> list[bool]:
        """``token.is_space``"""
        if self._is_space is None:
            self._is_space = _flags(self.doc, IS_SPACE)
        return self._is_space


def keep_forms(doc: Doc, text: list[str]) -> None:
    """Keep the ORTH column a pipeline component read (``column_strings(doc, ORTH)``, the sentence
    guard's) for the table's ``text``, which would read it again: no component after the tokenizer
    changes a token's form. A plain list of strings, no reference back to the Doc."""
    doc.user_data[FORMS_KEY] = text


def _stale() -> Tokens:
    return Tokens(None)  # type: ignore[arg-type]


def indexes_among(doc: Doc, forms: Collection[str]) -> list[int]:
    """The indexes of the tokens whose lowercase form is one of ``forms``, in order, no Token made (the
    rules that start from a few words, "selon", "pour", ":", ","): read from the table's index of the
    forms (``Tokens.places``, one walk of the column per Doc, where each rule walked it again)."""
    places = tokens(doc).places
    unique = forms if isinstance(forms, set | frozenset) else set(forms)
    if len(unique) > len(places):  # the shorter of the two walked
        found = [got for word, got in places.items() if word in unique]
    else:
        found = [places[f] for f in unique if f in places]
    return list(found[0]) if len(found) == 1 else sorted(i for got in found for i in got)


def morph_of(token: Token) -> Features:
    """The token's morphology from its Doc's table: ``morph_of(t).get("Tense", [])`` answers as
    ``t.morph.get("Tense", [])`` does, five times faster (the lists are shared: never change them).
    By the analysis' hash, not a column of the Doc: most Docs ask about few tokens, and the
    analyses are the morphologizer's labels (a few thousand), so the cache stays small."""
    morph = token.morph
    key: int = morph.key  # type: ignore[attr-defined]  # the analysis' hash (untyped in spaCy's stub)
    found = _FEATURES.get(key)
    if found is None:
        found = _FEATURES[key] = _parse_features(str(morph))
    return found


def tokens(doc: Doc) -> Tokens:
    """The table of ``doc``, made on first use and kept with it."""
    data: dict[Any, Any] = doc.user_data
    table: Tokens | None = data.get(KEY)
    if table is None or table.doc is not doc:
        table = data[KEY] = Tokens(doc)
    return table
