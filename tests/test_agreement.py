"""benchmarks/agreement.py: two made-up annotations of made-up reports and the figures they give."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement", BENCH / "agreement.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


agreement = load()

TEXTS = {
    "x01": (
        "Le conseil municipal a voté le budget lundi 3 octobre.La séance a duré trois heures. "
        '"Nous baisserons les impôts locaux. Les écoles seront rénovées", promet Marie Dupont, maire '
        "de Sarlat. Selon l'opposition, le budget est insincère. La police a ouvert une enquête sur "
        "les dégradations de la mairie."
    ),
    "x02": 'Des pluies ont inondé la vallée. "L\'eau est montée en une heure", raconte un habitant.',
}


def stmt(doc: str, speaker: list[str], cue: str, core: bool = True) -> dict[str, Any]:
    return {
        "id": f"{doc}-{cue[:12]}",
        "doc": doc,
        "speaker": speaker,
        "cue": cue,
        "negotiation": False,
        "when": None,
        "core": core,
        "direct": True,
        "speaker_kind": "named",
    }


def event(doc: str, types: list[str], actor: list[str] | None, place: list[str] | None) -> dict[str, Any]:
    return {
        "id": f"{doc}-{types[0]}",
        "doc": doc,
        "types": types,
        "actor": actor,
        "location": place,
        "when": None,
        "cameo": None,
        "core": True,
    }


MAYOR = stmt("x01", ["marie dupont", "dupont", "maire"], "Nous baisserons les impôts locaux")
SCHOOLS = stmt("x01", ["marie dupont", "dupont", "maire"], "Les écoles seront rénovées")
OPPOSITION = stmt("x01", ["opposition"], "le budget est insincère", core=False)
RESIDENT = stmt("x02", ["habitant"], "L'eau est montée en une heure")
VOTE = event("x01", ["vote", "budget"], ["conseil municipal"], ["sarlat"])
INQUIRY = event("x01", ["enquet", "investig"], ["police"], None)
FLOOD = event("x02", ["inond", "flood"], None, ["vallee"])


def figures(result: dict[str, Any]) -> tuple[float | None, ...]:
    s, e = result["statements"], result["events"]
    return (
        s["recall"]["rate"],
        s["precision"]["rate"],
        s["speaker_accuracy"]["rate"],
        e["by_argument"]["type"]["rate"],
        e["by_argument"]["type+agent"]["rate"],
        e["recall"]["rate"],
    )


FIRST = ([MAYOR, SCHOOLS, OPPOSITION, RESIDENT], [VOTE, INQUIRY, FLOOD])

# (second annotation, figures with the first as gold, figures with the second as gold)
CASES = [
    pytest.param(FIRST, (1.0, 1.0, 1.0, 1.0, 1.0, 1.0), (1.0, 1.0, 1.0, 1.0, 1.0, 1.0), id="identical"),
    pytest.param(  # the second leaves out the opposition's statement and the inquiry
        ([MAYOR, SCHOOLS, RESIDENT], [VOTE, FLOOD]),
        (0.75, 1.0, 1.0, 2 / 3, 2 / 3, 2 / 3),
        (1.0, 0.75, 1.0, 1.0, 1.0, 1.0),
        id="items-left-out",
    ),
    pytest.param(  # the second names the mayor "elue" first: none of the first's aliases is in it
        (
            [{**MAYOR, "speaker": ["elue", "marie dupont"]}, SCHOOLS, OPPOSITION, RESIDENT],
            [VOTE, INQUIRY, FLOOD],
        ),
        (0.75, 1.0, 0.75, 1.0, 1.0, 1.0),
        (1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
        id="speaker-alias",
    ),
    pytest.param(  # the second leaves the vote's agent out: null matches any agent, not the other way
        (FIRST[0], [{**VOTE, "actor": None}, INQUIRY, FLOOD]),
        (1.0, 1.0, 1.0, 1.0, 2 / 3, 2 / 3),
        (1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
        id="agent-none-vs-someone",
    ),
    pytest.param(  # the second places the vote in France: the first's "sarlat" is not in "france"
        (FIRST[0], [{**VOTE, "location": ["france"]}, INQUIRY, FLOOD]),
        (1.0, 1.0, 1.0, 1.0, 1.0, 2 / 3),
        (1.0, 1.0, 1.0, 1.0, 1.0, 2 / 3),
        id="place-town-vs-country",
    ),
]


@pytest.mark.parametrize(("second", "first_gold", "second_gold"), CASES)
def test_figures_both_ways(
    second: Any, first_gold: tuple[float, ...], second_gold: tuple[float, ...]
) -> None:
    result = agreement.compare(FIRST, second, TEXTS)
    assert figures(result["1st as gold"]) == pytest.approx(first_gold, abs=1e-3)
    assert figures(result["2nd as gold"]) == pytest.approx(second_gold, abs=1e-3)


def test_every_alias_forgives_the_alias_order() -> None:
    second = ([{**MAYOR, "speaker": ["elue", "marie dupont"]}, SCHOOLS, OPPOSITION, RESIDENT], FIRST[1])
    result = agreement.compare(FIRST, second, TEXTS, every_alias=True)
    assert figures(result["1st as gold"])[2] == 1.0


def test_only_reports_both_annotated_count() -> None:
    second = ([MAYOR, SCHOOLS, OPPOSITION], [VOTE, INQUIRY])  # x02 not annotated by the second
    result = agreement.compare(FIRST, second, TEXTS)
    assert figures(result["1st as gold"]) == (1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
    assert result["1st as gold"]["statements"]["gold"] == 3


@pytest.mark.parametrize(
    ("cue", "whole_quote", "content"),
    [
        ("a duré trois heures", False, "La séance a duré trois heures."),  # glued to the sentence before
        ("le budget est insincère", False, "Selon l'opposition, le budget est insincère."),
        # a sentence inside a quotation: from its start, not from the quotation mark
        (
            "Les écoles seront rénovées",
            False,
            'Les écoles seront rénovées", promet Marie Dupont, maire de Sarlat.',
        ),
        (
            "Les écoles seront rénovées",
            True,
            '"Nous baisserons les impôts locaux. Les écoles seront rénovées", promet Marie Dupont, '
            "maire de Sarlat.",
        ),
        ("absent du texte", False, "absent du texte"),
    ],
)
def test_content_is_the_sentence_holding_the_cue(cue: str, whole_quote: bool, content: str) -> None:
    assert agreement.holding(cue, TEXTS["x01"], whole_quote) == content


def test_trigger_holds_the_text_word_of_a_stem() -> None:
    # "enquete" (the first's word) is not in "enquet" (the second's stem) but is in the text's word
    assert "enquete" in agreement.trigger(["enquet"], TEXTS["x01"]).split(" | ")
    gold = event("x01", ["enquete"], ["police"], None)
    record = agreement.as_records([], [INQUIRY], TEXTS)[0]
    assert agreement.event_type_ok(gold, record)


def test_core_events_are_scored_beside_all_events() -> None:
    """``_gold_match.score_events_with_core`` (quality.py and agreement.py): a system that finds the core
    event of a report and not its background one has full recall on core events and half on all."""
    gold = [
        {"id": "c1", "doc": "x01", "types": ["vote"], "actor": None, "location": None, "core": True},
        {
            "id": "c2",
            "doc": "x01",
            "types": ["enquete"],
            "actor": ["police"],
            "location": None,
            "core": False,
        },
    ]
    recs = [
        {"kind": "event", "doc": "x01", "type": "vote", "trigger": "voté", "actors": [], "location": None}
    ]
    found = sys.modules["_gold_match"].score_events_with_core(gold, recs, {"x01"})["by_argument"]
    assert (found["full (core events)"]["hit"], found["full (core events)"]["total"]) == (1, 1)
    assert (found["type (core events)"]["hit"], found["type (core events)"]["total"]) == (1, 1)
    assert (found["type"]["hit"], found["type"]["total"]) == (1, 2)
