"""The per-Doc lookups made for speed answer as the plain scans they replace (round 18): the
head words of multi-word event triggers found by set lookups (``event_phrases.head_candidates``)
are the tokens the token-by-token test (``event_phrases.head_test``) accepts; a span's text sliced
from the Doc's text (``context.span_text``) is ``Span.text``."""

from __future__ import annotations

import pytest

from newsgraph.extract.context import span_text
from newsgraph.extract.event_phrases import (
    _apostrophe_spellings,
    head_candidates,
    head_keys,
    head_spellings,
    head_test,
)
from newsgraph.extract.tokens import tokens

# sentences of our own: expressions with their heads as lemmas, forms, plurals, capitals, straight
# and curly apostrophes, elided articles; and sentences holding none
SENTENCES = [
    "Le chauffeur a été placé en garde à vue jeudi soir, puis remis en liberté.",
    "Deux prises d’otages ont eu lieu dans la banlieue ; les gardes à vue se multiplient.",
    "Les suspects, passés à tabac, ont pris hier la fuite vers l'Espagne.",
    "MISE EN EXAMEN du maire pour délit de fuite et refus d'obtempérer.",
    "L’entreprise a mis la clé sous la porte après la mise en liquidation.",
    "Il pleuvait sur la ville et personne n'est sorti.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_head_candidates_equal_the_token_by_token_test(nlp, sentence):
    doc = nlp(sentence)
    table = tokens(doc)
    plain = [i for i in range(len(doc)) if head_test(table.lower[i], table.lemma_lower[i])]
    assert head_candidates(doc) == plain


def test_head_candidates_find_expression_heads(nlp):
    doc = nlp("Deux prises d’otages et une garde à vue.")
    found = [doc[i].text for i in head_candidates(doc)]
    assert "prises" in found and "garde" in found


def test_head_spellings_equal_the_test_on_every_key_and_its_variants():
    """Each head key, its plurals, its curly spellings and some near misses, as form and as lemma."""
    words = set()
    for k in head_keys():
        for w in (k, k + "s", k + "x", k[:-1], k + "e", "s" + k):
            words |= {w, w.replace("'", "’"), w.replace("’", "'")}
    by_form, by_lemma = head_spellings()
    for w in words:
        assert (w in by_form) == head_test(w, "") and (w in by_lemma) == head_test("", w), w


@pytest.mark.parametrize(
    ("word", "spellings"),
    [
        ("garde", {"garde"}),
        ("d'", {"d'", "d’"}),
        ("l'o'", {"l'o'", "l’o'", "l'o’", "l’o’"}),
    ],
)
def test_apostrophe_spellings(word, spellings):
    assert _apostrophe_spellings(word) == spellings
    assert {w.replace("’", "'") for w in spellings} == {word}


@pytest.mark.parametrize("sentence", SENTENCES)
def test_span_text_is_the_span_text(nlp, sentence):
    doc = nlp(sentence + "\n\nSuite  du texte.  ")
    spans = [*doc.sents, doc[:], *(doc[i : i + 2] for i in range(len(doc)))]
    assert [span_text(s) for s in spans] == [s.text for s in spans]
