"""The round-16 shortcuts of the statement stage give what the long way gives (issue 14).

``regex_first.prefix_tree`` nests the negotiation lexicon's trigger keys by their first letters:
the lookahead must stop at exactly the places the flat alternation of the keys stops at, on
sentences of every kind (talks, no talks, capitals, hyphens, elisions)."""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.negotiation import SEPARATORS, matcher
from newsgraph.extract.negotiation_terms import unaccent
from newsgraph.extract.regex_first import prefix_tree

SENTENCES = [
    "Les syndicats ont quitté la table des négociations mardi soir.",
    "La direction propose une renégociation de l'accord salarial d'ici la fin du mois.",
    "Un cessez-le-feu a été conclu sous l'égide de la médiation qatarie.",
    "Le Premier ministre a reçu les partenaires sociaux à Matignon pour un dialogue social.",
    "Les pourparlers de paix reprennent à Genève, selon la délégation ukrainienne.",
    "Le maire a inauguré la nouvelle médiathèque sous une pluie battante.",
    "L'OTAN et l'UE ont annoncé un compromis sur les sanctions contre Moscou.",
    "Aucune trêve n'est en vue : les grévistes rejettent l'ultimatum du PDG.",
    "",
    "nego",
]


def flat(keys: list[str]) -> re.Pattern[str]:
    """The trigger as it was: every key, longest first."""
    return re.compile(r"\b(?=" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + ")")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_negotiation_trigger_stops_where_the_flat_alternation_does(sentence: str) -> None:
    plain = unaccent(sentence)
    texts = (SEPARATORS.sub(" ", plain.lower()), SEPARATORS.sub(" ", plain))
    for index, trigger, text in zip(matcher().index, matcher().triggers, texts, strict=True):
        if not index:
            continue
        assert trigger is not None
        want = [m.start() for m in flat(list(index)).finditer(text)]
        assert [m.start() for m in trigger.finditer(text)] == want


@pytest.mark.parametrize(
    ("keys", "text", "starts"),
    [
        (["nego", "neut", "n"], "une negociation neutre", [4, 16]),
        (["ab", "abc"], "abc ab a", [0, 4]),
        (["l'ac", "la"], "l'accord la", [0, 9]),
        ([], "rien", []),
        (["a.b", "a+"], "a.b a+ ab", [0, 4]),
    ],
)
def test_prefix_tree_matches_where_a_key_starts(keys: list[str], text: str, starts: list[int]) -> None:
    tree = re.compile(r"\b(?=" + prefix_tree(keys) + ")")
    assert [m.start() for m in tree.finditer(text)] == starts
    if keys:
        assert starts == [m.start() for m in flat(keys).finditer(text)]
