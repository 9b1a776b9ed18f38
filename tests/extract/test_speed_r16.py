"""The round-16 shortcuts of the statement stage give what the long way gives (issue 14).

``regex_first.prefix_tree`` nests the negotiation lexicon's trigger keys by their first letters:
the lookahead must stop at exactly the places the flat alternation of the keys stops at, on
sentences of every kind (talks, no talks, capitals, hyphens, elisions). The "c'est" test of
``speech_reported`` (``speech_gate.GATE``) and the story's day kept once per Doc give the same
statements and the same day as the long way."""

from __future__ import annotations

import re

import pytest
from speech import statements

from newsgraph.extract import speech_gate
from newsgraph.extract.negotiation import SEPARATORS, matcher
from newsgraph.extract.negotiation_terms import unaccent
from newsgraph.extract.regex_first import prefix_tree
from newsgraph.extract.timex import dated, find_times
from newsgraph.extract.timex_dating import lead_story_day
from newsgraph.model import TimeValue

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


# "c'est ce que …" read before a speech verb (``speech_cleft.cest_ce_que_content``): the test for
# "c'est" in the verb's sentence skips only sentences where neither reading can match.
CEST = [
    "Les prix vont encore grimper. C'est ce qu'a affirmé le ministre de l'Économie mardi.",
    "La crise sera un déclic, c'est ce qu'espère la direction de l'usine.",
    "Le chantier prendra deux ans. C'est en tout cas ce qu'a indiqué la mairie.",
    "Il faut rouvrir la ligne, c’est ce que réclament les habitants depuis des mois.",
    "C'est cela qu'a dénoncé le syndicat lors de la réunion.",
    "Le maire a annoncé que la piscine fermerait, ce qui est une mauvaise nouvelle.",
    "La préfète a déclaré que la route resterait fermée jusqu'à lundi.",
    "C'est une victoire, a estimé l'avocat de la famille à la sortie de l'audience.",
]


def gated(nlp, text: str, gate: bool) -> list[str]:
    speech_gate.GATE = gate
    try:
        return [repr(s) for s in statements(nlp, text)]
    finally:
        speech_gate.GATE = True


@pytest.mark.parametrize("text", CEST)
def test_same_statements_with_and_without_the_cest_test(nlp, text: str) -> None:
    assert gated(nlp, text, True) == gated(nlp, text, False)


def test_the_cest_table_reads_the_construction(nlp) -> None:
    """The table is not idle: its first row gives the previous sentence as the minister's words."""
    found = statements(nlp, CEST[0])
    assert [(s.content, s.cue) for s in found] == [("Les prix vont encore grimper.", "affirmer")]


# The story's day (``timex_dating.lead_story_day``) is found once per Doc and list of times: the
# answer kept is the one a fresh reading gives, and another list of times is read again.
FRI = TimeValue("2023-03-10", "day")
STORY = [
    ("Jeudi, la boulangerie offrait le pain. « On n'a jamais vu ça », raconte une cliente.", "2023-03-09"),
    ("Le 9 mars, les salariés ont manifesté. « Nous irons jusqu'au bout », lance un délégué.", "2023-03-09"),
    ("Vendredi, le marché a rouvert. « Enfin ! », lance un commerçant.", None),
]


@pytest.mark.parametrize(("text", "day"), STORY)
def test_story_day_once_per_doc_is_the_fresh_answer(nlp, text: str, day: str | None) -> None:
    sdoc = nlp(text)
    times = dated(find_times(text, FRI, "d", sdoc))
    first = lead_story_day(sdoc, times, FRI)
    assert (first.value if first else None) == day
    assert lead_story_day(sdoc, times, FRI) == first
    assert lead_story_day(sdoc, [], FRI) is None  # another list: read again, not the memo
    assert lead_story_day(sdoc, times, None) is None  # another anchor: read again
    assert lead_story_day(sdoc, times, FRI) == first
