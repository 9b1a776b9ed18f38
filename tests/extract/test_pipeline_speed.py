"""The model as the extraction loads it (``load_nlp``) annotates exactly as ``spacy.load`` does:
the speed changes made there (the lemmatizer's word lists as sets) change no lemma."""

from __future__ import annotations

import re

import pytest
import spacy

from newsgraph.extract.lemmas import NAME as LEMMAS
from newsgraph.extract.pipeline import MODEL, index_lemma_words
from newsgraph.extract.segmentation import guard_sentence_starts

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
    nlp = spacy.load(MODEL)
    guard_sentence_starts(nlp)  # the sentences the extraction cuts (round 28), on both sides
    return nlp


def annotations(nlp: spacy.Language) -> list[list[tuple[str, str, str]]]:
    return [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in nlp.pipe(SENTENCES)]


def test_index_lemma_words_keeps_every_lemma(nlp, stock):
    assert annotations(nlp) == annotations(stock)


def test_index_lemma_words_makes_sets_once(nlp):
    table = nlp.get_pipe(LEMMAS).stock.lookups.get_table("lemma_index")  # the stock lemmatizer's
    assert table.get("noun") and all(isinstance(v, frozenset) for v in table.values())
    index_lemma_words(nlp)  # a second call leaves the sets as they are
    assert all(isinstance(v, frozenset) for v in table.values())


# first_class: the characters a match can start with (the time rules' lookahead)
FIRST_CLASSES = [
    (r"(?:le\s+)?\d+ (?:mars|mai)", "[\\dl]"),
    (r"(?<![\w'])(?:lundi|mardi)s?", "[lm]"),
    (r"[A-C]x|é", "[A-Cé]"),
    (r"(?:a|b)?(?:c|d)", "[abcd]"),
    (r"x*", None),  # can match the empty string
    (r".x", None),  # any character
    (r"[^a]x", None),  # a negated class
    (r"(a)\1", "[a]"),
    (r"(b)?\1a", None),  # a back-reference may come first
]


@pytest.mark.parametrize(("pattern", "expected"), FIRST_CLASSES)
def test_first_class(pattern, expected):
    from newsgraph.extract.regex_first import first_class

    assert first_class(pattern, re.I) == expected


# our own sentences with dates: each time rule finds the same matches with and without the lookahead
TIME_TEXTS = [
    "Le 1er mai 2023, les syndicats défilaient ; lundi prochain, ils recommencent à 18 h 30.",
    "Depuis 98 et pendant plus de vingt-cinq ans, la foire ouvre chaque premier samedi de juin.",
    "À la Toussaint puis à Noël, et encore le 14-Juillet ? Non : du lundi au vendredi, 35 h/semaine.",
    "Hier soir, cette semaine, l'an dernier, au XIXe siècle, les années 80, le 03/04/2024 ou 2024-04-03.",
    "IL Y A TROIS JOURS, AUJOURD'HUI MÊME, dans deux mois, d'ici la fin de l'année, mi-mars.",
]


def test_time_rules_match_the_same_with_their_lookahead():
    from newsgraph.extract.timex_calendar import unify_apostrophes
    from newsgraph.extract.timex_rules import TABLE, fill, rules

    before, after = r"(?<![\w'])", r"(?![\w])"
    for spec, rule in zip(TABLE, rules(), strict=True):
        plain = re.compile(f"{before}(?:{fill(spec.pattern)}){after}", re.I)
        assert rule.regex.pattern.startswith("(?=[")  # every rule has its lookahead
        for text in map(unify_apostrophes, TIME_TEXTS):
            got = [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)], spec.name
