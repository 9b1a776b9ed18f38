"""How the reports of tvnews2022c were drawn from the 2022 corpus (run once; kept to be checked).

    python benchmarks/devgold/tvnews2022c/sample.py [CORPUS] > sources.csv

Rule: reports of 900 to 2,200 characters whose line is not in ../shared/eval/tvnews2022/sources.csv
nor in ../tvnews2022b/sources.csv and whose text is none of theirs, put in one of three strata by
keywords: the first stratum whose keywords are in the title, else the first whose keywords occur
thrice in the text (war and international conflicts, French politics and social conflicts, other
hard news: justice, crime, accidents, disasters, weather, health, sport), else society (economy,
consumption, culture, leisure); per stratum 5, 8, 7 and 5 reports drawn with random.Random(SEED):
three in four among reports with speech (a quotation mark or a speech verb), the rest among all.
The weights lean away from the Russia-Ukraine war, which fills the earlier sets.
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

SEED = 20261201
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CORPUS = (
    Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz"
)
TAKEN = [
    CORPUS.parent.parent / "eval" / "tvnews2022" / "sources.csv",
    HERE.parent / "tvnews2022b" / "sources.csv",
]
QUOTA = {"war": 5, "france": 8, "other": 7, "society": 5}
WAR = re.compile(
    r"ukrain|russe|russie|poutine|zelensk|kiev|kyiv|kremlin|moscou|donbass|marioupol"
    r"|guerre|otan|\barm[ée]e\b|militaire|missile|bombard|soldat|conflit|\bsanctions\b|terroris",
    re.I,
)
FRANCE = re.compile(
    r"[ée]lection|pr[ée]sidentielle|l[ée]gislatives|gr[èe]ve|syndica|retraite|gouvernement"
    r"|assembl[ée]e nationale"
    r"|s[ée]nat\b|ministre|macron|borne|m[ée]lenchon|le pen|zemmour|p[ée]cresse|nupes|manifest"
    r"|salaire|inflation"
    r"|carburant|pouvoir d'achat|49\.3|d[ée]put[ée]",
    re.I,
)
OTHER = re.compile(
    r"proc[èe]s|tribunal|justice|condamn|enqu[êe]te|police|gendarm|meurtre|assassin|\btu[ée]e?s?\b"
    r"|victime|agression|accident|collision|crash|incendie|\bfeux?\b|inondation|orage|temp[êe]te"
    r"|s[ée]isme|intemp[ée]rie|s[ée]cheresse|canicule|chaleur|m[ée]t[ée]o|covid|[ée]pid[ée]mie"
    r"|h[ôo]pita|sant[ée]|virus|vaccin|m[ée]decin|match|coupe du monde|champion|finale|\bsport"
    r"|football|rugby|tennis|cyclis|olympi|climat|pollution",
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
    """The topic: keywords in the title, else repeated in the text (a passing mention is not enough)."""
    strata = (("war", WAR), ("france", FRANCE), ("other", OTHER))
    for name, words in strata:
        if words.search(title):
            return name
    for name, words in strata:
        if len(words.findall(text)) >= 3:
            return name
    return "society"


def main() -> None:
    taken = {int(r["corpus_line"]) for p in TAKEN for r in csv.DictReader(p.open(encoding="utf-8"))}
    pools: dict[str, list[tuple[int, dict]]] = {k: [] for k in QUOTA}
    records: list[tuple[int, dict]] = []
    taken_texts: set[str] = set()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            r = json.loads(line)
            text = r.get("description") or ""
            if i in taken:
                taken_texts.add(text)
            else:
                records.append((i, r))
    seen: set[str] = set(taken_texts)
    for i, r in records:
        text = r.get("description") or ""
        if not 900 <= len(text) <= 2200 or text in seen:
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
                    f"c{n:02d}",
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
