"""The gates of round 31 change the work, never the answer: a time rule's trigger is searched only
where one of its necessary strings is, and those strings are found under a few keys."""

from __future__ import annotations

import pytest

from newsgraph.extract.regex_first import literal_gate, necessary_literals, trigger_gate
from newsgraph.extract.timex_rules import rules


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\d\s+courant", ("courant",)),
        (r"la\s+veille|le\s+lendemain", ("veille", "lendemain")),
        (r"nuit\s+du\s+\d", ("nuit",)),
        (r"(?:ce|cet|cette)\s+(?:matin|soir)", ("matin", "soir")),  # the longer strings win
        (r"(?:week-end|an)\s+(?:prochain|dernier)", ("prochain", "dernier")),
        (r"(?:heures|jours?)\s+\d", ("heures", "jour")),  # "s?" may be absent: "jour" only
        (r"(?:heures|jours?)\s+avant", ("avant",)),  # one long string rather than two shorter
        (r"\d\d", None),
        (r"le\s+\d", None),  # nothing of three characters
        (r"suivante?|d'après", ("suivant", "d'après")),
        (r"(?:lundi|\d)\s+soir", ("soir",)),  # one branch without a string: the next item
        (r"(?i)courant", None),  # a case-insensitive pattern is not worked out
        (r"(?:x|)courant", ("courant",)),
    ],
)
def test_necessary_literals(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert necessary_literals(pattern) == expected


@pytest.mark.parametrize(
    "strings",
    [
        ("en fin de journée", "en début de journée", "dans la journée", "au petit jour", "à l'aube"),
        ("hier", "avant-hier", "demain", "après-demain", "aujourd'hui"),
        ("siècle",),
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "le ministre parlera demain, en fin de journée.",
        "avant-hier, au petit jour, la digue a cédé.",
        "rien de daté dans cette phrase sur la pêche en mer.",
        "des journées entières sans nouvelles ; le jour se lève.",
        "au xixe siècle déjà",
    ],
)
def test_gate_finds_what_a_scan_of_each_string_finds(strings: tuple[str, ...], text: str) -> None:
    gate = literal_gate(strings)
    assert all(key in s for key, group in gate.groups for s in group)
    assert sorted(s for _, group in gate.groups for s in group) == sorted(set(strings))
    assert gate.found(text) == any(s in text for s in strings)


def test_short_keys_and_literal_starts_make_no_gate_for_a_regex() -> None:
    assert trigger_gate(r"(?:mai|juin)\s+\d") is None  # "mai" of "semaine": in nearly every text
    assert trigger_gate(r"(?:mai|juin)") is not None  # a word list: the gate is the answer
    assert trigger_gate(r"nuit\s+du\s+(?:lundi|mardi)") is None  # re scans for "nuit" itself
    assert trigger_gate(r"\d\s+courant") is not None


def test_some_regex_triggers_are_gated() -> None:
    """The sentences of ``test_speed_r13`` check every gated trigger against its search."""
    gated = {r.name for r in rules() if r.gate is not None and r.words is None}
    assert {"daycurrent", "storypart"} <= gated
    assert not gated & {"night", "habitual", "month"}  # a literal start; short keys
