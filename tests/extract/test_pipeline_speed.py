"""The model as the extraction loads it (``load_nlp``) annotates exactly as ``spacy.load`` does:
the speed changes made there (the lemmatizer's word lists as sets) change no lemma."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.extract.pipeline import MODEL, index_lemma_words

# sentences of our own: nouns, verbs, adjectives and adverbs in and out of the lemma index,
# plurals, elisions, capitals, numbers, a proper name
SENTENCES = [
    "Les boulangères du quartier ont fermé leurs boutiques jeudi, faute de farine.",
    "« Nous ne reculerons pas », affirment les délégués syndicaux réunis à Lille.",
    "Elle estimait que les négociations reprendraient rapidement après les vacances.",
    "Les agriculteurs bloquaient encore les ronds-points ; trois tracteurs ont été saisis.",
    "L'association dénonce des expulsions injustifiées et réclame 12 millions d'euros.",
    "Marguerite Dalloz, adjointe au maire, s'est réjouie des premiers résultats.",
]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(MODEL)


def annotations(nlp: spacy.Language) -> list[list[tuple[str, str, str]]]:
    return [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in nlp.pipe(SENTENCES)]


def test_index_lemma_words_keeps_every_lemma(nlp, stock):
    assert annotations(nlp) == annotations(stock)


def test_index_lemma_words_makes_sets_once(nlp):
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert table.get("noun") and all(isinstance(v, frozenset) for v in table.values())
    index_lemma_words(nlp)  # a second call leaves the sets as they are
    assert all(isinstance(v, frozenset) for v in table.values())
