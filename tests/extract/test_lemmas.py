"""The rule lemmatizer's lemmas kept by form and part of speech (``lemmas.CachedLemmas``, round 19)
are the lemmas ``spacy.load``'s pipeline gives, token by token, on a first reading and on later ones
(the cache answering)."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import LEMMA, ORTH, POS

from newsgraph.extract.lemmas import NAME, CachedLemmas, use_cached_lemmas
from newsgraph.extract.pipeline import MODEL

# texts of our own: nouns, verbs, adjectives, auxiliaries, pronouns in and out of the lemma index,
# plurals, elisions, capitals, numbers, proper names, made-up words, white space, punctuation,
# one form under two parts of speech ("ferme", "est")
TEXTS = [
    "Les boulangères du quartier ont fermé leurs boutiques jeudi, faute de farine.",
    "La ferme est fermée ; il ferme la porte à l'est de la ferme.",
    "« Nous ne reculerons pas », affirmaient les déléguées syndicales réunies à Lille.",
    "Elle estimait qu'ils reprendraient rapidement les discussions après les vacances.",
    "L'association dénonce des expulsions injustifiées et réclame 12 millions d'euros.",
    "Marguerite Dalloz, adjointe au maire, s'est réjouie des premiers résultats.",
    "INCENDIE\tÀ Lyon,  les pompiers sont intervenus\u00a0jeudi vers 18 h 30 .\n\n- Oui.",
    "Les zorglubiens gloubiboulguent des frimousseries blorantes.",
    "AUJOURD'HUI, LES CHEMINOTS FONT GRÈVE ! C'est-à-dire qu'a-t-il répondu ?",
    "",
    "\n",
]
ATTRS = [ORTH, POS, LEMMA]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(MODEL)


def test_the_extraction_pipeline_runs_cached_lemmas(nlp):
    assert NAME in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert isinstance(nlp.get_pipe(NAME), CachedLemmas)


@pytest.mark.parametrize("text", TEXTS)
def test_cached_lemmas_are_the_rule_lemmatizer_s(nlp, stock, text):
    for _ in range(2):  # the second reading is answered from the cache
        ours, theirs = nlp(text), stock(text)
        assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


def test_cached_lemmas_in_batches_are_the_same(nlp, stock):
    ours = [[t.lemma_ for t in d] for d in nlp.pipe(TEXTS * 2, batch_size=3)]
    theirs = [[t.lemma_ for t in d] for d in stock.pipe(TEXTS * 2, batch_size=3)]
    assert ours == theirs


def test_a_lemma_set_before_is_kept(nlp):
    doc = nlp.make_doc("Les enfants jouent.")
    for name, proc in nlp.pipeline:
        if name == NAME:
            doc[1].lemma_ = "gamin"
        doc = proc(doc)
    assert [t.lemma_ for t in doc] == ["le", "gamin", "jouer", "."]


def test_a_lemmatizer_that_overwrites_is_left():
    other = spacy.load(MODEL)
    other.get_pipe("lemmatizer").overwrite = True
    assert not use_cached_lemmas(other) and "lemmatizer" in other.pipe_names
