"""The token table's morphology (``tokens.morph_of``) answers every ``get`` exactly as spaCy's
``Token.morph.get`` does, for every field the French model sets and one it never does: the stages
read it instead of making a ``MorphAnalysis`` per question."""

from __future__ import annotations

import pytest

from newsgraph.extract.tokens import _parse_features, morph_of

# sentences of our own: moods and tenses (subjunctive, conditional, future, imperfect, imperative),
# participles and infinitives, possessives, plurals, genders, numbers, punctuation (empty analyses)
SENTENCES = [
    "Il faut que les riverains soient évacués avant que la digue ne cède.",
    "Le ministre aurait démissionné hier ; il présentera sa réforme lundi prochain.",
    "Votez pour vos candidats ! Prenons le temps de lire leurs programmes.",
    "Nos voisins avaient vendu leur maison en 2019, trois ans avant l'incendie.",
    "Les grévistes, réunis devant l'usine, réclament 150 euros de plus par mois.",
    "Quelles mesures la préfète a-t-elle annoncées en arrivant à Brest ?",
]

FIELDS = ["Mood", "Tense", "VerbForm", "Number", "Gender", "Person", "Poss", "PronType", "Voice", "Nope"]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_morph_of_answers_as_spacy(nlp, sentence: str) -> None:
    doc = nlp(sentence)
    for t in doc:
        for field in FIELDS:
            assert morph_of(t).get(field, []) == t.morph.get(field, []), (t.text, field)
        assert morph_of(t).get("Nope") is None


@pytest.mark.parametrize(
    ("feats", "expected"),
    [
        ("", {}),
        ("_", {}),
        ("Mood=Ind|Number=Sing", {"Mood": ["Ind"], "Number": ["Sing"]}),
        ("PronType=Int,Rel", {"PronType": ["Int", "Rel"]}),
    ],
)
def test_parse_features(feats: str, expected: dict[str, list[str]]) -> None:
    assert _parse_features(feats) == expected
