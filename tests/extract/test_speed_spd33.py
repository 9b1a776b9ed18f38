"""Round 33's speed changes give the answers of the walks they replace: the sentence guard reads the
Doc's columns (``segmentation.columns``) instead of two Tokens per word, and ``indexes_among`` reads
the token table's index of forms (``Tokens.places``) instead of walking the column at every call.
Sentences written for this table."""

from __future__ import annotations

import pytest

from newsgraph.extract.segmentation import columns, may_not_start, no_start_here
from newsgraph.extract.tokens import indexes_among, tokens
from newsgraph.names import first_names

SENTENCES = [
    "Hier soir, Marine Le Pen a tenu meeting à Perpignan ; Bruno Le Maire répondait à Bercy.",
    "Le Royaume-Uni et la Seine-Saint-Denis : deux mondes , dit-il (sans rire) - ou presque.",
    "GRÈVE À LA SNCF Le trafic reprend lundi.\nLes usagers de l'Île-de-France, eux, attendent.",
    "L'auteur-compositeur-interprète chante - et danse -à Villeneuve-d'Ascq, selon Anne Durand.",
    "  Selon la préfecture, pour les riverains, pour l'instant : rien ne change , selon eux.",
    "",
    "Paris",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp.make_doc(s) for s in SENTENCES] + list(nlp.pipe(SENTENCES))


def test_the_columns_are_the_tokens_attributes(docs):
    for doc in docs:
        words = columns(doc)
        assert words.text == [t.text for t in doc]
        assert words.space == [bool(t.whitespace_) for t in doc]
        assert words.alpha == [t.is_alpha for t in doc]
        assert words.blank == [t.is_space for t in doc]


def test_the_cheap_test_leaves_every_token_the_guard_marks(docs):
    given = first_names()
    marked_somewhere = False
    for doc in docs:
        words = columns(doc)
        for i in range(1, len(doc)):
            if no_start_here(words, i, given):
                marked_somewhere = True
                assert may_not_start(words.text[i], words.text[i - 1]), (doc.text, i)
    assert marked_somewhere  # the table holds tokens the guard marks


@pytest.mark.parametrize(
    "forms",
    [
        {"selon"},
        {"pour", "selon"},
        frozenset({",", ":", "à"}),
        ["selon", "selon", "pour"],  # a list with a form twice: each token once
        {"absent"},
        set(),
        frozenset(f"mot{i}" for i in range(200)) | {"la", ","},  # more forms than the Doc has
    ],
)
def test_indexes_among_are_the_walk_of_the_column(docs, forms):
    for doc in docs:
        walk = [i for i, t in enumerate(doc) if t.lower_ in forms]
        assert indexes_among(doc, forms) == walk


def test_the_index_of_forms_belongs_to_its_doc(nlp):
    first, second = nlp("Pour lui, pour elle."), nlp("Rien pour personne.")
    assert indexes_among(first, {"pour"}) == [0, 3]
    assert indexes_among(second, {"pour"}) == [1]
    assert tokens(first).places is not tokens(second).places
    found = indexes_among(first, {"pour"})
    found.append(99)  # the caller's list, not the index's
    assert indexes_among(first, {"pour"}) == [0, 3]
