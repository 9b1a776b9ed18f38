"""How the reports of tvnews2022b were drawn from the 2022 corpus (run once; kept to be checked).

    python benchmarks/devgold/tvnews2022b/sample.py [CORPUS] > sources.csv

Rule: reports of 900 to 2,200 characters not in ../shared/eval/tvnews2022/sources.csv, put in one
of three strata by keywords in the title or thrice in the text (Russia-Ukraine first, then French politics and
social conflicts, else other news); per stratum 8, 8 and 9 reports drawn with random.Random(SEED):
three in four among reports with speech (a quotation mark or a speech verb), the rest among all.
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

SEED = 20221201
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = (
    Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz"
)
TAKEN = CORPUS.parent.parent / "eval" / "tvnews2022" / "sources.csv"
QUOTA = {"ukraine": 8, "france": 8, "other": 9}
UKRAINE = re.compile(r"ukrain|russe|russie|poutine|zelensk|kiev|kyiv|kremlin|moscou|donbass|marioupol", re.I)
FRANCE = re.compile(
    r"[ée]lection|pr[ée]sidentielle|l[ée]gislatives|gr[èe]ve|syndica|retraite|gouvernement"
    r"|assembl[ée]e nationale"
    r"|s[ée]nat\b|ministre|macron|borne|m[ée]lenchon|le pen|zemmour|p[ée]cresse|nupes|manifest"
    r"|salaire|inflation"
    r"|carburant|pouvoir d'achat|49\.3|d[ée]put[ée]",
    re.I,
)
SPEECH = re.compile(
    r"[«“\"]|\b(a|ont) (d[ée]clar[ée]|affirm[ée]|annonc[ée]|expliqu[ée]|estim[ée]|assur[ée]|dit)\b"
    r"|\b(d[ée]clare|affirme|explique|estime|assure|d[ée]nonce|selon)\b",
    re.I,
)


def outlet(r: dict) -> str:
    u = r.get("urlTvNews") or r.get("url") or ""
    if "tf1info" in u:
        return "TF1"
    return "France 3" if "/france-3/" in u else "France 2"


def stratum(title: str, text: str) -> str:
    """The topic: keywords in the title, or repeated in the text (a passing mention is not enough)."""
    if UKRAINE.search(title) or len(UKRAINE.findall(text)) >= 3:
        return "ukraine"
    if FRANCE.search(title) or len(FRANCE.findall(text)) >= 3:
        return "france"
    return "other"


def main() -> None:
    taken = {int(r["corpus_line"]) for r in csv.DictReader(TAKEN.open(encoding="utf-8"))}
    pools: dict[str, list[tuple[int, dict]]] = {k: [] for k in QUOTA}
    seen: set[str] = set()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            r = json.loads(line)
            text = r.get("description") or ""
            if i in taken or not 900 <= len(text) <= 2200 or text in seen:
                continue
            seen.add(text)
            pools[stratum(r.get("title") or "", text)].append((i, r))
    rng = random.Random(SEED)
    w = csv.writer(sys.stdout)
    w.writerow(["id", "topic", "corpus_line", "date", "outlet", "url", "title", "chars", "sha1"])
    n = 0
    for topic, k in QUOTA.items():
        speech = [x for x in pools[topic] if SPEECH.search(x[1]["description"])]
        chosen = rng.sample(speech, round(k * 3 / 4))
        rest = [x for x in pools[topic] if x not in chosen]
        chosen += rng.sample(rest, k - len(chosen))
        for i, r in sorted(chosen, key=lambda x: x[0]):
            n += 1
            text = r["description"]
            w.writerow(
                [
                    f"b{n:02d}",
                    topic,
                    i,
                    r["date"],
                    outlet(r),
                    r["url"],
                    r["title"],
                    len(text),
                    hashlib.sha1(text.encode()).hexdigest(),
                ]
            )


if __name__ == "__main__":
    main()
