"""Score the ``negotiation`` topic of extracted statements against the reading gold ``gold.jsonl``.

    python benchmarks/devgold/negotiation2022/score.py EXTRACT.jsonl [--half dev|held]

A gold item is a statement the system extracted when the gold was made, judged by reading. It is
matched to a statement of the same report whose content span overlaps it by half of the shorter
span or more (statement extraction may have moved since); an item with no such statement is counted
as ``unmatched`` and left out. Over the matched items: precision and recall of the topic
``negotiation`` (the broad concept), and how often the narrower concept of a true positive is right
(``diplomatic_negotiation``, or ``labour_negotiation`` / ``political_negotiation`` for the gold's
``labour-political``).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"
SOURCES = HERE / "sources.csv"
NARROWER = {
    "diplomatic": {"diplomatic_negotiation"},
    "labour-political": {"labour_negotiation", "political_negotiation"},
}


def load(half: str | None = None, path: Path = GOLD) -> list[dict[str, Any]]:
    items = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [g for g in items if half is None or g["half"] == half]


def write_reports(corpus: Path, into: Path, half: str | None = None) -> Path:
    """The reports of the gold (of one half) as JSON Lines that ``newsgraph extract`` reads (id,
    title, description, date, url), taken from the 2022 corpus by line; a line whose text is not
    the one judged (SHA-1) is an error."""
    if not corpus.exists():
        raise FileNotFoundError(f"the 2022 corpus {corpus} is absent")
    rows = [
        r
        for r in csv.DictReader(SOURCES.read_text(encoding="utf-8").splitlines())
        if half is None or r["half"] == half
    ]
    wanted = {int(r["corpus_line"]): r for r in rows}
    into.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(corpus, "rt", encoding="utf-8") as f, into.open("w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i not in wanted:
                continue
            rec = json.loads(line)
            text = rec.get("description") or ""
            if hashlib.sha1(text.encode()).hexdigest() != wanted[i]["sha1"]:
                raise ValueError(f"line {i} of {corpus} is not the text that was judged (sha1 differs)")
            doc = {k: rec.get(k) for k in ("title", "description", "date", "url")}
            doc["id"] = wanted.pop(i)["id"]
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if wanted:
        raise ValueError(f"{corpus} has no line {min(wanted)}")
    return into


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= min(a[1] - a[0], b[1] - b[0])


def score(gold: list[dict[str, Any]], recs: list[dict[str, Any]]) -> dict[str, Any]:
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in recs:
        if r.get("kind") == "statement":
            by_doc.setdefault(r["doc"], []).append(r)
    tp = fp = fn = unmatched = concept_right = 0
    for g in gold:
        span = (g["content_start"], g["content_end"])
        match = next(
            (r for r in by_doc.get(g["doc"], []) if _overlap(span, (r["content_start"], r["content_end"]))),
            None,
        )
        if match is None:
            unmatched += 1
            continue
        said = "negotiation" in (match.get("topics") or [])
        tp += said and g["negotiation"]
        fp += said and not g["negotiation"]
        fn += g["negotiation"] and not said
        if said and g["negotiation"] and NARROWER.get(g.get("concept") or "", set()) & set(match["topics"]):
            concept_right += 1
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f1 = 2 * p * r / (p + r) if p and r else 0.0 if p is not None and r is not None else None
    return {
        "items": len(gold),
        "positives": sum(1 for g in gold if g["negotiation"]),
        "unmatched": unmatched,
        "precision": p,
        "recall": r,
        "f1": f1,
        "concept_right": {"rate": concept_right / tp if tp else None, "hit": concept_right, "total": tp},
        "counts": {"tp": tp, "fp": fp, "fn": fn},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("extract", type=Path)
    ap.add_argument("--half", choices=("dev", "held"))
    ap.add_argument("--gold", type=Path, default=GOLD)
    a = ap.parse_args()
    recs = [json.loads(x) for x in a.extract.read_text(encoding="utf-8").splitlines() if x.strip()]
    print(json.dumps(score(load(a.half, a.gold), recs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
