"""benchmarks/misses.saved_sets on a made-up save (round 40): the sets of misses.BLIND are never read,
even when named; ``only`` narrows; ``set_docs`` keeps the records of the reports a set names. Sets,
records and gold are invented here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import misses
import quality

BLIND = min(misses.BLIND)


@pytest.fixture
def save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A save of four sets (one blind, one naming its reports, one with no event gold, one open) and
    a fifth set with no saved run."""
    gold, said = tmp_path / "events.json", tmp_path / "statements.json"
    gold.write_text(json.dumps({"events": [{"doc": "a", "types": ["meet"]}]}))
    said.write_text(json.dumps({"statements": [{"doc": "b", "cue": "oui"}]}))

    def no_texts(tmp: Path) -> Path:
        return tmp

    sets = [
        quality.GoldSet("open", no_texts, events=gold),
        quality.GoldSet("named", no_texts, events=gold, docs=frozenset({"a"})),
        quality.GoldSet(BLIND, no_texts, events=gold),
        quality.GoldSet("statements-only", no_texts, statements=said),
        quality.GoldSet("unsaved", no_texts, events=gold),
    ]
    monkeypatch.setattr(quality, "SETS", sets)
    out = tmp_path / "save"
    out.mkdir()
    for s in sets[:4]:
        recs = [{"kind": "event", "doc": d} for d in ("a", "b")]
        (out / f"{s.name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    return out


def names(save: Path, only: set[str] | None = None) -> list[str]:
    return [s.name for s, _, _ in misses.saved_sets(save, "events", only)]


def test_blind_sets_are_never_read(save: Path) -> None:
    assert names(save) == ["open", "named"]
    assert names(save, {BLIND, "named"}) == ["named"]
    assert names(save, {BLIND}) == []


def test_set_docs_keeps_the_reports_a_set_names(save: Path) -> None:
    def docs(set_docs: bool) -> dict[str, list[str]]:
        return {
            s.name: [r["doc"] for r in recs]
            for s, recs, _ in misses.saved_sets(save, "events", set_docs=set_docs)
        }

    assert docs(False) == {"open": ["a", "b"], "named": ["a", "b"]}
    assert docs(True) == {"open": ["a", "b"], "named": ["a"]}


def test_gold_of_the_kind_asked(save: Path) -> None:
    got = {s.name: gold for s, _, gold in misses.saved_sets(save, "events")}
    assert got["open"] == [{"doc": "a", "types": ["meet"]}]
    said = [(s.name, gold) for s, _, gold in misses.saved_sets(save, "statements")]
    assert said == [("statements-only", [{"doc": "b", "cue": "oui"}])]
