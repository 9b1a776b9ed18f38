"""The time rules run on every text without a trigger test (``RuleSpec.common``) find what the
trigger test would have let them find: the prefilters change the work, never the hits."""

from __future__ import annotations

import pytest

from newsgraph.extract import timex
from newsgraph.extract.timex_rules import has_trigger, rules

SENTENCES = [
    "Il y a deux ans, le pont s'est effondré vers 18 h 30.",
    "Les travaux dureront pendant trois semaines, jusqu'à Noël.",
    "La digue avait cédé en 98, rappelle le maire.",
    "Rien de daté dans cette phrase sur la pêche en mer.",
    "Dans une dizaine d'années, la ligne sera prolongée ; à midi, la séance reprend.",
    "Le 14-Juillet, la fête nationale a réuni des milliers de personnes pendant deux heures.",
]


def every_rule_hits(text: str) -> list[tuple[int, int, str]]:
    """The hits when every rule is run, none skipped by its trigger."""
    saved = timex.active_rules
    timex.active_rules = lambda text, plain=None: list(rules())
    try:
        return [(h.start, h.end, h.rule.name) for h in timex._hits(text)]
    finally:
        timex.active_rules = saved


@pytest.mark.parametrize("sentence", SENTENCES)
def test_prefilters_keep_the_hits(sentence: str) -> None:
    found = [(h.start, h.end, h.rule.name) for h in timex._hits(sentence)]
    assert found == every_rule_hits(sentence)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_common_rules_match_only_where_their_trigger_is(sentence: str) -> None:
    low = sentence.lower()
    for rule in rules():
        if rule.common and rule.lowered is not None and rule.lowered.search(low):
            assert has_trigger(rule, low), rule.name


def test_some_rules_are_common_and_the_others_keep_their_test() -> None:
    common = {r.name for r in rules() if r.common}
    assert {"duration", "clock"} <= common
    assert len(common) < len(rules()) // 2
