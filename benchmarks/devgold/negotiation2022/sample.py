"""How the reading gold ``negotiation2022`` was drawn: reports of the 2022 corpus, then statements.

    python benchmarks/devgold/negotiation2022/sample.py reports [CORPUS] > /tmp/n22/reports.jsonl
    newsgraph extract /tmp/n22/reports.jsonl --no-resolve --format jsonl -o /tmp/n22/extract.jsonl
    python benchmarks/devgold/negotiation2022/sample.py statements /tmp/n22/extract*.jsonl > picked.jsonl

``reports``: every corpus line not in a development set's ``sources.csv`` (tvnews2022, b, c, d),
duplicate texts dropped, 300 to 4,000 characters; ``random.Random(SEED)`` draws ``RANDOM_REPORTS``
of them, then ``TALK_REPORTS`` more among the rest whose text holds a word of talks (``TALK``), then
``NARROW_REPORTS`` more among the rest whose text holds a surer one (``NARROW``), so that the
statements about negotiations are not too few to measure. Each report is written as one
JSON line (id ``n<line>``, title, description, date, url) that ``newsgraph extract`` reads.

``statements``: the extracted statements split in three strata by the words in the statement's
content or its sentence (evidence): a ``NARROW`` word, else a ``TALK`` word, else none; a statement
is picked when a number drawn from its id and ``SEED`` is below its stratum's rate (``RATES``).
Each picked line keeps only what a reader needs (doc, id, span, content, sentence, title): the
system's topics are NOT written, so the reader cannot see them.
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
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz"
SEED = 20261202
RANDOM_REPORTS = 150
TALK_REPORTS = 170
NARROW_REPORTS = 160
RATES = {"narrow": 1.0, "talk": 0.75, "other": 0.08}
"""The share of each stratum of statements that is picked."""
TALK = re.compile(
    r"n[ée]goci|pourparler|accord|dialogu|discussion|discut|m[ée]diat|compromis|cessez|tr[êe]ve"
    r"|concertation|\btables?\b|entretien|rencontr|r[ée]union|sommet|propos[ie]|offre|n[ée]gociable"
    r"|ultimatum|consensus|entente|conf[ée]rence|paix|syndica|intersyndicale|patronat|signer|sign[ée]",
    re.I,
)
NARROW = re.compile(
    r"n[ée]goci|pourparler|cessez-le-feu|m[ée]diat(?:ion|eur|rice)|dialogue|compromis|concertation"
    r"|tr[êe]ve|discussions|intersyndicale|partenaires sociaux",
    re.I,
)


def excluded(corpus: Path) -> set[int]:
    """Corpus lines of every development set (their texts must not be in this sample)."""
    lists = [corpus.parent.parent / "eval" / "tvnews2022" / "sources.csv"]
    lists += sorted(p for p in (ROOT / "benchmarks" / "devgold").glob("*/sources.csv") if p.parent != HERE)
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
    taken.update(second)
    narrow = [j for j in range(len(pool)) if j not in taken and NARROW.search(pool[j][1]["description"])]
    third = rng.sample(narrow, NARROW_REPORTS)
    strata = {
        **dict.fromkeys(first, "random"),
        **dict.fromkeys(second, "talk"),
        **dict.fromkeys(third, "narrow"),
    }
    for j in sorted(strata):
        i, rec = pool[j]
        out = {"id": f"n{i}", "corpus_line": i, "stratum": strata[j]}
        out.update({k: rec.get(k) for k in ("title", "description", "date", "url")})
        print(json.dumps(out, ensure_ascii=False))


def _draw(key: str) -> float:
    """A number in [0, 1) fixed by ``SEED`` and ``key`` (a draw that does not depend on the order or
    the number of the other statements)."""
    return int(hashlib.sha1(f"{SEED}:{key}".encode()).hexdigest()[:12], 16) / 16**12


def half(doc: str) -> str:
    return "dev" if _draw(doc) < 0.5 else "held"


def statements(extracts: list[Path]) -> None:
    recs = [
        json.loads(x) for path in extracts for x in path.read_text(encoding="utf-8").splitlines() if x.strip()
    ]
    titles = {r["id"]: r.get("title") or "" for r in recs if r.get("kind") == "document"}
    stmts = [r for r in recs if r.get("kind") == "statement"]
    strata: dict[str, list[dict[str, Any]]] = {"narrow": [], "talk": [], "other": []}
    for r in stmts:
        words = r["content"] + " " + r["evidence"]["text"]
        strata["narrow" if NARROW.search(words) else "talk" if TALK.search(words) else "other"].append(r)
    picked = [(name, r) for name, group in strata.items() for r in group if _draw(r["id"]) < RATES[name]]
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
        statements([Path(p) for p in sys.argv[2:]])
