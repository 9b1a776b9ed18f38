"""benchmarks/statement_unmatched_census.py on a made-up run (round 38, stm38u): each class of an
unmatched statement, and the refusal of the held-out sets. Reports, gold and statements are invented
here."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import statement_unmatched_census as census
from misses import BLIND

Record = dict[str, Any]


def ours(
    doc: str, content: str, start: int, sentence: str, who: str = "le maire", direct: bool = False
) -> Record:
    return {
        "kind": "statement",
        "doc": doc,
        "content": content,
        "content_start": start,
        "content_end": start + len(content),
        "direct": direct,
        "cue": "dire",
        "speaker": {"name": who, "type": "person"},
        "evidence": {"text": sentence},
    }


def gold(doc: str, cue: str, speaker: str = "maire", direct: bool | None = False) -> Record:
    return {"id": f"{doc}-{cue[:5]}", "doc": doc, "cue": cue, "speaker": [speaker], "direct": direct}


S1 = "Le maire a dit que la piscine fermera en mai, et il a ajouté que le stade restera ouvert."
S2 = "Les prix varient selon les régions."
S3 = "Le ministre estime que les loyers vont baisser."


def run() -> dict[str, str]:
    recs = [
        ours("a", "la piscine fermera en mai", 20, S1),  # matched
        ours("a", "mai, et il a ajouté", 40, S1),  # overlaps the matched one: a duplicate
        ours("a", "il a ajouté", 60, S1),  # same sentence, other words: near/other
        ours("b", "Les prix varient", 0, S2, who="régions"),  # no gold in its sentence
        ours("d", "loyers en hausse", 22, S3, who="ministre"),  # shares words of the gold: near/span
    ]
    golds = [
        gold("a", "la piscine fermera en mai"),
        gold("a", "le stade restera ouvert"),
        gold("d", "le ministre estime que les loyers vont baisser", speaker="ministre"),
    ]
    return {r["content"]: c for r, c in census.unmatched(recs, golds)}


def test_classes_of_a_made_up_run() -> None:
    got = run()
    assert "la piscine fermera en mai" not in got  # matched: not listed
    assert got["mai, et il a ajouté"] == "duplicate"
    assert got["il a ajouté"] == "near/other (speaker same)"
    assert got["Les prix varient"] == "not/reported"
    assert got["loyers en hausse"] == "near/span (speaker same)"


def test_kind_differs() -> None:
    recs = [ours("c", "vont baisser vite", 22, S3, who="ministre", direct=True)]
    golds = [gold("c", "le ministre estime que les loyers vont baisser", speaker="ministre")]
    assert census.unmatched(recs, golds)[0][1] == "near/kind (speaker same)"


def test_speaker_differs_is_tagged() -> None:
    recs = [ours("a", "il a ajouté", 50, S1, who="le préfet")]
    assert (
        census.unmatched(recs, [gold("a", "le stade restera ouvert")])[0][1] == "near/other (speaker differs)"
    )


def test_held_out_sets_are_refused() -> None:
    with pytest.raises(SystemExit):
        census.refuse_held_out({min(BLIND), "seeds"})  # a set held out this round, whichever it is
