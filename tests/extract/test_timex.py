"""Time expressions in their document: an anchor coarser than a day or none, clock times and "le
lendemain" taking the day the story tells, the days of a list. The value and span of each kind of
expression on its own are in test_timex_grammar.py."""

from __future__ import annotations

import pytest
from times import MONTH, SAT, THU, YEAR, one

from newsgraph.extract.timex import find_times
from newsgraph.model import TimeValue

COARSE_ANCHOR = [
    ("Les combats ont repris samedi.", MONTH, "samedi", "2023-08", "month"),
    ("Les combats ont repris hier.", YEAR, "hier", "2023", "year"),
    ("Les chiffres ont été publiés le mois dernier.", MONTH, "le mois dernier", "2023-07", "month"),
    ("La contre-offensive a débuté en juin.", MONTH, "juin", "2023-06", "month"),
    ("Selon les chiffres publiés le 12 janvier.", YEAR, "le 12 janvier", "2023-01-12", "day"),
    ("La guerre a commencé l'an dernier.", MONTH, "l'an dernier", "2022", "year"),
]


@pytest.mark.parametrize(("sentence", "anchor", "text", "value", "precision"), COARSE_ANCHOR)
def test_coarse_anchor(sentence, anchor, text, value, precision):
    assert one(sentence, anchor) == (text, value, precision)


def test_without_anchor_only_self_contained_dates():
    found = find_times("Hier, le 24 février 2022, puis samedi et en 2019.", None, "d")
    assert [(t.text, t.value) for t in found] == [("le 24 février 2022", "2022-02-24"), ("2019", "2019")]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (
            "Il est arrivé mardi à Kiev. Le lendemain, il a rencontré le président.",
            SAT,
            [("mardi", "2022-11-08"), ("Le lendemain", "2022-11-09")],
        ),
        (
            "Un couvre-feu de 22 heures à 7 heures du matin.",
            SAT,
            [("22 heures", "2022-11-12T22:00"), ("7 heures", "2022-11-12T07:00")],
        ),
        ("Le rendez-vous est à 8 heures du soir.", SAT, [("8 heures", "2022-11-12T20:00")]),
        ("Le vote aura lieu en fin de semaine.", SAT, [("en fin de semaine", "2022-W45")]),
        ("Depuis lundi, les magasins sont fermés.", THU, [("lundi", "2022-11-07")]),
        ("Un retour à la normale est attendu d'ici lundi.", THU, [("lundi", "2022-11-14")]),
    ],
)
def test_story_context(sentence, anchor, expected):
    assert [(t.text, t.value) for t in find_times(sentence, anchor, "d")] == expected


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (
            "Les frappes de samedi 12 et dimanche 13 novembre.",
            TimeValue("2022-11-14", "day"),
            [("samedi 12", "2022-11-12"), ("dimanche 13 novembre", "2022-11-13")],
        ),
        (
            "Les tours auront lieu les 6 et 13 avril prochains.",
            TimeValue("2003-02-24", "day"),
            [("les 6", "2003-04-06"), ("13 avril prochains", "2003-04-13")],
        ),
        (
            "Le week-end des 24 et 25 septembre derniers.",
            TimeValue("2022-09-28", "day"),
            [("des 24", "2022-09-24"), ("25 septembre derniers", "2022-09-25")],
        ),
        (
            "Une grève du 28 au 30 septembre.",
            TimeValue("2022-09-16", "day"),
            [("du 28", "2022-09-28"), ("30 septembre", "2022-09-30")],
        ),
    ],
)
def test_days_of_a_list(sentence, anchor, expected):
    assert [(t.text, t.value) for t in find_times(sentence, anchor, "d")] == expected


def test_lone_clock_takes_the_day_of_the_story():
    text = "Le président est arrivé mardi à Paris. Il a atterri à 21 h 45 sous la pluie."
    found = find_times(text, TimeValue("1999-05-20", "day"), "d")
    assert [(t.text, t.value) for t in found] == [("mardi", "1999-05-18"), ("21 h 45", "1999-05-18T21:45")]


# With the parse, the verb's tense chooses between the past and the coming weekday.
