"""The model's rule lemmatizer, its answers kept by word form and part of speech.

``fr_core_news_md``'s ``lemmatizer`` is spaCy's ``FrenchLemmatizer`` in rule mode, a Python loop
over every token: it reads the token's form and part of speech (``rule_lemmatize`` keys its own
cache by ``(token.orth, token.pos)``; its uncached branches, a part of speech of no rule or none at
all, read the form too) and writes the lemma of a token that has none yet. ``CachedLemmas`` gives
every token the same lemma from the Doc's arrays: the form, part-of-speech and lemma columns read
at once, each ``(form, part of speech)`` asked of the stock lemmatizer once per process, the lemma
column written back at once ("Les enfants sont partis" -> "le", "enfant", "être", "partir", read
from the table for every later "enfants" tagged NOUN). ``use_cached_lemmas`` puts it in the
lemmatizer's place only when the lemmatizer is that rule one and keeps the lemmas a token already
has, as the stock one does (``overwrite`` false). ``tests/extract/test_lemmas.py`` compares every
token's lemma with ``spacy.load``'s.
"""

from __future__ import annotations

from typing import Any, cast

from spacy.attrs import LEMMA, ORTH, POS
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

NAME = "newsgraph_lemmas"


class CachedLemmas:
    """The stock French rule lemmatizer's lemmas, asked once per (form, part of speech)."""

    def __init__(self, nlp: Language, name: str = NAME) -> None:
        self.vocab = nlp.vocab
        self.stock: FrenchLemmatizer | None = None  # set by ``use_cached_lemmas``
        self.known: dict[tuple[int, int], int] = {}  # (orth, pos) -> lemma hash

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cols = doc.to_array([ORTH, POS, LEMMA])
        lemmas = cols[:, 2].copy()
        known, changed = self.known, False
        for i, (orth, pos, lemma) in enumerate(cols.tolist()):
            if lemma != 0:  # a lemma the token has already: kept, as the stock one keeps it
                continue
            found = known.get((orth, pos))
            if found is None:
                found = known[(orth, pos)] = self._ask(doc, i)
            lemmas[i] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))  # uint64 ids; the stub says float
        return doc

    def _ask(self, doc: Doc, i: int) -> int:
        """The stock lemmatizer's lemma of token ``i``, as the string store's id."""
        assert self.stock is not None, "use_cached_lemmas sets the stock lemmatizer"
        return self.vocab.strings.add(self.stock.lemmatize(doc[i])[0])


@Language.factory(NAME)
def make_cached_lemmas(nlp: Language, name: str) -> CachedLemmas:
    return CachedLemmas(nlp, name)


def use_cached_lemmas(nlp: Language) -> bool:
    """Put ``CachedLemmas`` in the place of the pipeline's lemmatizer when it is the French rule
    lemmatizer that keeps existing lemmas (else leave it). Whether it did."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe("lemmatizer")
    if type(stock) is not FrenchLemmatizer or stock.mode != "rule" or stock.overwrite:
        return False
    nlp.replace_pipe("lemmatizer", NAME)
    nlp.rename_pipe("lemmatizer", NAME)
    cached = nlp.get_pipe(NAME)
    assert isinstance(cached, CachedLemmas)
    cached.stock = stock
    return True
