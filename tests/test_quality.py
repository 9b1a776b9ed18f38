"""benchmarks/quality.py scores as ../shared/eval's scorers do, on a made-up fixture."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

import _gold_match as gm  # noqa: E402
import quality  # noqa: E402

DATA = Path(__file__).parent / "data" / "quality"


def scorer_summary(script: str, *args: str) -> dict:
    path = quality.EVAL / script
    if not path.exists():
        pytest.skip(f"{path} is absent: the comparison needs the team's scorer")
    out = subprocess.run(
        [sys.executable, str(path), *args], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(next(line for line in out.splitlines() if line.startswith("SUMMARY "))[8:])


def records() -> list[dict]:
    return [json.loads(line) for line in (DATA / "extract.jsonl").read_text(encoding="utf-8").splitlines()]


def test_statement_and_event_summary_equal_score_py() -> None:
    expected = scorer_summary(
        "score.py",
        str(DATA / "statements.json"),
        str(DATA / "extract.jsonl"),
        "--events",
        str(DATA / "events.json"),
    )
    gold = json.loads((DATA / "statements.json").read_text())["statements"]
    events = json.loads((DATA / "events.json").read_text())["events"]
    docs = {g["doc"] for g in gold}
    got = (
        gm.score_statements(gold, records(), docs)["summary"]
        | gm.score_events(events, records(), docs)["summary"]
    )
    assert got == expected
    # the fixture exercises every figure: none is trivially 0 or 1
    assert 0 < got["recall"] < 1 and 0 < got["negotiation_f1"] < 1 and 0 < got["event_recall"] < 1
    assert got["dates"] == "1/2"


def test_timex_summary_equals_score_timex_py() -> None:
    expected = scorer_summary("score_timex.py", str(DATA / "gold_timex.json"), str(DATA / "extract.jsonl"))
    got = gm.score_timex(json.loads((DATA / "gold_timex.json").read_text()), records())["summary"]
    assert got == expected


def test_breakdowns_count_the_same_hits() -> None:
    gold = json.loads((DATA / "statements.json").read_text())["statements"]
    s = gm.score_statements(gold, records())
    assert s["by_speaker_kind"]["collective"] == {"hit": 1, "total": 2, "rate": 0.5}
    assert s["by_construction"]["direct"] == {"hit": 1, "total": 2, "rate": 0.5}
    assert sum(v["hit"] for v in s["by_construction"].values()) == s["recall"]["hit"]
    events = json.loads((DATA / "events.json").read_text())["events"]
    e = gm.score_events(events, records(), {"d1", "d2"})
    assert e["by_argument"]["type+agent"]["hit"] == 2 and e["by_argument"]["type+place"]["hit"] == 1
    assert e["by_cameo"]["19"]["hit"] == 0 and e["by_cameo"]["14"]["hit"] == 1
    assert e["dates"] == {"hit": 1, "total": 1, "rate": 1.0}


def test_event_precision_counts_system_events_no_gold_event_accepts() -> None:
    gold = [{"doc": "d1", "types": ["protest", "manif"], "actor": None, "location": None}]
    recs = [
        {"kind": "event", "doc": "d1", "type": "protest", "trigger": "manifester"},
        {"kind": "event", "doc": "d1", "type": "fight", "trigger": "frapper"},
        # a report the gold does not cover is not counted
        {"kind": "event", "doc": "d9", "type": "protest", "trigger": "manifester"},
        # the same type in another report of the gold is no match
        {"kind": "event", "doc": "d2", "type": "protest", "trigger": "manifester"},
    ]
    e = gm.score_events(gold, recs, {"d1", "d2"})
    assert e["precision"] == {"hit": 1, "total": 3, "rate": 0.333}


@pytest.mark.parametrize(
    ("text", "gold", "expected"),
    [
        (
            "Il pleut. « Nous ne fermons aucune porte », indique Paul Martin.",
            {"cue": "aucune porte"},
            "direct",
        ),
        (
            "Il pleut. Le syndicat a fait savoir qu'il ne signerait pas.",
            {"cue": "ne signerait pas"},
            "reported",
        ),
        ("Selon l'ONG, les journalistes sont visés.", {"cue": "journalistes sont vises"}, "selon"),
        ("D'après le maire, la route est coupée.", {"cue": "la route est coupee"}, "selon"),
        ("Selon lui, « tout est fini ».", {"cue": "tout est fini", "direct": True}, "direct"),
        ("Rien ici.", {"cue": "absent de ce texte"}, "unknown"),
        ("Rien ici.", {"cue": "absent de ce texte", "direct": False}, "reported"),
    ],
)
def test_construction(text: str, gold: dict, expected: str) -> None:
    assert gm.construction(gold, text) == expected


def test_materialise_writes_texts_and_metadata(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip
    import hashlib

    corpus = tmp_path / "corpus.jsonl.gz"
    lines = [{"description": f"Texte numéro {i}.", "date": "2022-05-0{i}T00:00:00.000Z"} for i in range(1, 4)]
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(x) + "\n" for x in lines)
    sources = tmp_path / "sources.csv"
    sha = hashlib.sha1(b"Texte num\xc3\xa9ro 3.").hexdigest()
    sources.write_text(
        f"id,corpus_line,url,title,date,outlet,sha1\nb01,2,u,t,2022-05-03T00:00:00.000Z,TF1,{sha}\n"
    )
    monkeypatch.setattr(quality, "CORPUS", corpus)
    folder = quality.materialise(sources, tmp_path / "out")
    assert (folder / "b01.txt").read_text(encoding="utf-8") == "Texte numéro 3."
    assert (folder / "metadata.csv").read_text().splitlines() == [
        "id,file,language,published,outlet",
        "b01,b01.txt,fr,2022-05-03,TF1",
    ]
    sources.write_text(sources.read_text().replace(sha, "0" * 40))
    with pytest.raises(quality.Skip, match="sha1 differs"):
        quality.materialise(sources, tmp_path / "again")
    monkeypatch.setattr(quality, "CORPUS", tmp_path / "nowhere.gz")
    with pytest.raises(quality.Skip, match="absent"):
        quality.materialise(sources, tmp_path / "again")


def test_one_table_for_every_set() -> None:
    gold = json.loads((DATA / "statements.json").read_text())["statements"]
    events = json.loads((DATA / "events.json").read_text())["events"]
    timex = json.loads((DATA / "gold_timex.json").read_text())
    results = {
        "fixture": {
            "statements": gm.score_statements(gold, records()),
            "events": gm.score_events(events, records(), {"d1", "d2"}),
        },
        "times": {"time": gm.score_timex(timex, records())},
    }
    table = quality.render(results, {"absent": "its files are absent"}).splitlines()
    assert table[0].split() == ["fixture", "times"]
    by_label = {
        line[:32].strip(): line[32:].split()
        for line in table[2:]
        if not line.startswith(("SUMMARY", "skipped"))
    }
    assert by_label["recall"] == ["0.60", "3/5", "-"]
    assert by_label["recall speaker collective"] == ["0.50", "1/2", "-"]
    assert by_label["event CAMEO 14"] == ["1.00", "1/1", "-"]
    assert by_label["time recall"] == ["-", "0.67", "2/3"]
    assert 'SUMMARY fixture {"recall": 0.6' in "\n".join(table)
    assert table[-1] == "skipped absent: its files are absent"
