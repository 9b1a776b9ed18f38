"""How the reading gold ``negotiation2022`` was drawn: reports of the 2022 corpus, then statements.

    python benchmarks/devgold/negotiation2022/sample.py reports [CORPUS] > /tmp/n22/reports.jsonl
    newsgraph extract /tmp/n22/reports.jsonl --format jsonl -o /tmp/n22/extract.jsonl
    python benchmarks/devgold/negotiation2022/sample.py statements /tmp/n22/extract.jsonl > picked.jsonl

``reports``: every corpus line not in a development set's ``sources.csv`` (tvnews2022, b, c, d),
duplicate texts dropped, 300 to 4,000 characters; ``random.Random(SEED)`` draws ``RANDOM_REPORTS``
of them, then ``TALK_REPORTS`` more among the rest whose text holds a word of talks (``TALK``), so
that the statements about negotiations are not too few to measure. Each report is written as one
JSON line (id ``n<line>``, title, description, date, url) that ``newsgraph extract`` reads.

``statements``: the extracted statements split in two strata by ``TALK`` in the statement's content
or its sentence (evidence): ``TALK_STATEMENTS`` drawn among those with such a word, ``OTHER_STATEMENTS``
among the others (``random.Random(SEED)``). Each picked line keeps only what a reader needs (doc,
id, content, sentence, title): the system's topics are NOT written, so the reader cannot see them.
Each report falls in one half, ``dev`` or ``held`` (by a hash of its id): the dev half is for tuning,
the held half is only scored at the end.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz"
SEED = 20261202
RANDOM_REPORTS = 150
TALK_REPORTS = 170
TALK_STATEMENTS = 190
OTHER_STATEMENTS = 110
TALK = re.compile(
    r"n[ée]goci|pourparler|accord|dialogu|discussion|discut|m[ée]diat|compromis|cessez|tr[êe]ve"
    r"|concertation|\btables?\b|entretien|rencontr|r[ée]union|sommet|propos[ie]|offre|n[ée]gociable"
    r"|ultimatum|consensus|entente|conf[ée]rence|paix|syndica|intersyndicale|patronat|signer|sign[ée]",
    re.I,
)


def excluded(corpus: Path) -> set[int]:
    """Corpus lines of every development set (their texts must not be in this sample)."""
    lists = [corpus.parent.parent / "eval" / "tvnews2022" / "sources.csv"]
    lists += sorted((ROOT / "benchmarks" / "devgold").glob("*/sources.csv"))
    lines: set[int] = set()
    for path in lists:
        for row in csv.DictReader(path.read_text(encoding="utf-8").splitlines()):
            lines.add(int(row["corpus_line"]))
    return lines


def reports(corpus: Path) -> None:
    skip = excluded(corpus)
    seen: set[str] = set()
    pool: list[tuple[int, dict[str, str]]] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            rec = json.loads(line)
            text = rec.get("description") or ""
            key = hashlib.sha1(text.encode()).hexdigest()
            if i in skip or key in seen or not 300 <= len(text) <= 4000:
                continue
            seen.add(key)
            pool.append((i, rec))
    rng = random.Random(SEED)
    first = rng.sample(range(len(pool)), RANDOM_REPORTS)
    taken = set(first)
    talk = [j for j in range(len(pool)) if j not in taken and TALK.search(pool[j][1]["description"])]
    second = rng.sample(talk, TALK_REPORTS)
    for j in sorted(first + second):
        i, rec = pool[j]
        out = {"id": f"n{i}", "corpus_line": i, "stratum": "random" if j in taken else "talk"}
        out.update({k: rec.get(k) for k in ("title", "description", "date", "url")})
        print(json.dumps(out, ensure_ascii=False))


def half(doc: str) -> str:
    return "dev" if int(hashlib.sha1(f"{SEED}:{doc}".encode()).hexdigest(), 16) % 2 == 0 else "held"


def statements(extract: Path) -> None:
    recs = [json.loads(x) for x in extract.read_text(encoding="utf-8").splitlines() if x.strip()]
    titles = {r["id"]: r.get("title") or "" for r in recs if r.get("kind") == "document"}
    stmts = [r for r in recs if r.get("kind") == "statement"]
    talk = [r for r in stmts if TALK.search(r["content"] + " " + r["evidence"]["text"])]
    other = [r for r in stmts if not TALK.search(r["content"] + " " + r["evidence"]["text"])]
    rng = random.Random(SEED)
    picked = [("talk", r) for r in rng.sample(talk, min(TALK_STATEMENTS, len(talk)))]
    picked += [("other", r) for r in rng.sample(other, min(OTHER_STATEMENTS, len(other)))]
    picked.sort(key=lambda p: (p[1]["doc"], p[1]["content_start"]))
    for stratum, r in picked:
        print(
            json.dumps(
                {
                    "doc": r["doc"],
                    "id": r["id"],
                    "half": half(r["doc"]),
                    "stratum": stratum,
                    "content_start": r["content_start"],
                    "content_end": r["content_end"],
                    "title": titles.get(r["doc"], ""),
                    "content": r["content"],
                    "sentence": r["evidence"]["text"],
                },
                ensure_ascii=False,
            )
        )


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("reports", "statements"):
        sys.exit("usage: sample.py reports [CORPUS] | sample.py statements EXTRACT.jsonl")
    if sys.argv[1] == "reports":
        reports(Path(sys.argv[2]) if len(sys.argv) > 2 else CORPUS)
    else:
        statements(Path(sys.argv[2]))
