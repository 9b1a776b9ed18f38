"""benchmarks/devgold/negotiation2022: the reading gold of the negotiation topic, its scorer and its
rows in quality.py's table."""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
FOLDER = BENCH / "devgold" / "negotiation2022"
sys.path.insert(0, str(BENCH))

import quality  # noqa: E402


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("negotiation2022_score", FOLDER / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = load()


def item(doc: str, start: int, end: int, label: str) -> dict:
    concept = {"d": "diplomatic", "l": "labour-political", "p": "labour-political"}.get(label)
    return {
        "doc": doc,
        "id": f"{doc}-{start}",
        "half": "dev",
        "content_start": start,
        "content_end": end,
        "negotiation": label in "dlp",
        "concept": concept,
        "label": label,
    }


def stmt(doc: str, start: int, end: int, *topics: str) -> dict:
    return {
        "kind": "statement",
        "doc": doc,
        "content_start": start,
        "content_end": end,
        "topics": list(topics),
    }


def test_score_matches_by_span_and_counts() -> None:
    gold = [
        item("n1", 0, 100, "d"),  # found, right concept
        item("n1", 200, 300, "l"),  # found, concept wrong
        item("n2", 0, 50, "n"),  # tagged: a false positive
        item("n2", 100, 150, "p"),  # not tagged: a miss
        item("n3", 0, 80, "d"),  # no statement overlaps it any more
    ]
    recs = [
        stmt("n1", 10, 110, "negotiation", "diplomatic_negotiation"),
        stmt("n1", 210, 300, "negotiation", "diplomatic_negotiation"),
        stmt("n2", 0, 40, "negotiation"),
        stmt("n2", 100, 150, "casualties"),
        stmt("n3", 70, 200, "negotiation"),  # overlaps 10 of 80 characters: not the same statement
    ]
    got = score.score(gold, recs)
    assert got["counts"] == {"tp": 2, "fp": 1, "fn": 1}
    assert got["unmatched"] == 1
    assert got["precision"] == pytest.approx(2 / 3) and got["recall"] == pytest.approx(2 / 3)
    assert got["concept_right"] == {"rate": 0.5, "hit": 1, "total": 2}


def test_score_without_positives_has_no_recall() -> None:
    got = score.score([item("n1", 0, 10, "n")], [stmt("n1", 0, 10)])
    assert got["recall"] is None and got["f1"] is None


def test_write_reports_checks_the_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus.jsonl.gz"
    lines = [{"description": f"Texte {i}.", "title": f"Titre {i}", "date": "2022-05-01"} for i in range(3)]
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(x) + "\n" for x in lines)
    sources = tmp_path / "sources.csv"
    sha = hashlib.sha1(b"Texte 2.").hexdigest()
    sources.write_text(f"id,corpus_line,half,sha1\nn2,2,dev,{sha}\nn1,1,held,{'0' * 40}\n")
    monkeypatch.setattr(score, "SOURCES", sources)
    out = score.write_reports(corpus, tmp_path / "dev.jsonl", "dev")
    (doc,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert doc["id"] == "n2" and doc["title"] == "Titre 2" and doc["description"] == "Texte 2."
    with pytest.raises(ValueError, match="sha1 differs"):
        score.write_reports(corpus, tmp_path / "held.jsonl", "held")
    with pytest.raises(FileNotFoundError, match="absent"):
        score.write_reports(tmp_path / "nowhere.gz", tmp_path / "x.jsonl")


def test_the_gold_is_consistent() -> None:
    gold = score.load()
    sources = {r["id"]: r for r in csv.DictReader((FOLDER / "sources.csv").read_text().splitlines())}
    assert len(gold) >= 250 and sum(g["negotiation"] for g in gold) >= 80
    for g in gold:
        assert g["doc"] in sources and sources[g["doc"]]["half"] == g["half"] in ("dev", "held")
        assert g["content_end"] > g["content_start"] >= 0
        assert g["negotiation"] == (g["label"] in ("d", "l", "p")), g
        assert (g["concept"] is None) == (not g["negotiation"]), g
    assert {g["half"] for g in gold} == {"dev", "held"}


def test_quality_prints_the_reading_rows() -> None:
    reading = score.score([item("n1", 0, 100, "d")], [stmt("n1", 0, 100, "negotiation")])
    table = quality.render({"neg2022dev": {"reading": reading}}, {}).splitlines()
    rows = {line[:40].strip(): line[40:].split() for line in table[2:] if not line.startswith("SUMMARY")}
    assert rows["negotiation by reading: items"] == ["1"]
    assert rows["negotiation F1 (reading)"] == ["1.00"]
    assert any(line.startswith("SUMMARY neg2022dev") for line in table)
