"""The events stage's shortcuts of round 31 (speed) answer as the walks they replace: a mention's
last token by bisection (``event_cache.last_token``), a token's morphology by the Doc's MORPH
column (``event_cache.morph_feats``), the sentences holding a candidate from the sentence starts
(``events.candidate_sentences``), and the words of a report that say it is set in France
(``event_place_national.words_say_france``)."""

from __future__ import annotations

import pytest

from newsgraph import lexicons
from newsgraph.extract import entities
from newsgraph.extract.event_cache import last_token, morph_feats
from newsgraph.extract.event_place_national import (
    EUROPEAN,
    FRENCH_PEOPLE,
    national_bodies,
    set_in_france,
    words_say_france,
)
from newsgraph.extract.events import candidate_sentences
from newsgraph.extract.tokens import tokens
from newsgraph.geo_demonyms import demonym_country
from newsgraph.names import fold

# sentences of our own: places in brackets and after commas, names of several words, verbs in
# several moods and persons, plural and feminine nouns
TEXTS = [
    "Les secours sont arrivés à Saint-Jean-de-Luz (Pyrénées-Atlantiques), où deux baigneurs ont disparu.",
    "Votez pour votre candidate ! Les électrices de Clermont-Ferrand, dans le Puy-de-Dôme, hésitent encore.",
    "Le gouvernement a annoncé jeudi une aide aux agriculteurs. Les Français attendaient des mesures.",
    "Les ministres britanniques se sont réunis à Londres. Les Européens, eux, restent prudents.",
    "L'usine de La Roche-sur-Yon a fermé. Elles avaient été prévenues, mais personne n'était parti.",
]

FIELDS = ["Number", "Gender", "VerbForm", "Mood", "Person", "Tense", "Voice", "PronType", "Poss", "Definite"]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


def walked_last(t, end):
    """The walk ``last_token`` replaces."""
    doc = t.doc
    return max(t.i, next((x.i for x in doc[t.i :] if x.idx + len(x.text) >= end), t.i))


def test_last_token_answers_as_the_walk(docs):
    asked = 0
    for doc in docs:
        for m in entities.find_mentions(doc):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            assert span is not None
            for t in span:
                assert last_token(t, m.end) == walked_last(t, m.end)
                asked += 1
        for t in doc:  # any end, even past the text: the token itself then
            for end in (t.idx, t.idx + len(t.text) + 3, len(doc.text) + 10):
                assert last_token(t, end) == walked_last(t, end)
    assert asked > 10


def test_morph_feats_answers_as_morph_get(docs):
    for doc in docs:
        for t in doc:
            for field in FIELDS:
                assert morph_feats(t).get(field, []) == t.morph.get(field, []), (t.text, field)


@pytest.mark.parametrize(
    "picked",
    [[], [0], [1, 2, 3], "every", "last"],
)
def test_candidate_sentences_are_the_sentences_holding_one(docs, picked):
    for doc in docs:
        if picked == "every":
            cands = list(range(len(doc)))
        elif picked == "last":
            cands = [len(doc) - 1]
        else:
            cands = [i for i in picked if i < len(doc)]
        want = [(s.start, s.end) for s in doc.sents if any(s.start <= i < s.end for i in cands)]
        assert candidate_sentences(tokens(doc).sent_starts, len(doc), cands) == want


def walked_words(doc):
    """The token walk ``words_say_france`` replaces (None: a foreign people named)."""
    french = False
    for t in doc:
        country = demonym_country(t.lower_)
        if (country is not None and country != "France") or t.lower_.startswith(EUROPEAN):
            return None
        if t.lower_ in FRENCH_PEOPLE and t.text[:1].isupper() and t.i > 0 and t.pos_ in {"NOUN", "PROPN"}:
            french = True
        elif t.pos_ in {"NOUN", "PROPN"} and fold(t.lemma_) in national_bodies():
            french = True
    return french


def test_words_say_france_answers_as_the_walk(docs):
    assert lexicons.words("national_bodies.txt")
    said = [words_say_france(doc) for doc in docs]
    assert said == [walked_words(doc) for doc in docs]
    assert said[3] is None  # "britanniques", "Européens"
    assert said[2] is True  # "Le gouvernement", "Les Français"
    assert set_in_france(docs[3]) is False and set_in_france(docs[3], past_wars=True) is False
