"""How the sentences of the development set sentences2022 are drawn from the 2022 corpus.

    python benchmarks/devgold/sentences2022/sample.py [CORPUS] > sources.csv

A proxy, made by reading, for press sentences scored one by one with no context (the shape of the
held-out Le Monde sentences of issue 14): one sentence per report, from reports in no other
development set. Rule: split each report's ``description`` into sentences at ``. ! ?`` followed by a
space and a capital (a plain rule, not the project's parser, so that the draw owes nothing to the
extractor); keep sentences of 60 to 400 characters that hold a word of ``SPEECH`` (a broad list of
French speech verbs, nouns and prepositions written for this draw from general knowledge, wider than
the extractor's lexicon) and no unbalanced quotation mark; shuffle the reports with
``random.Random(SEED)`` and take the first such sentence of a random position in each report until
``N`` sentences are drawn. Drawn once, not redrawn.
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
SEED = 20261205
N = 150

STEMS = (
    r"dit|dis|dire|déclar|affirm|annon[cç]|expliqu|ajout|indiqu|précis|soulign|estim|assur|rappel"
    r"|confi|reconna|admet|admis|avou|dénon[cç]|déplor|regrett|critiqu|promet|promis|prévien|prévenu"
    r"|avert|menac|demand|réclam|exig|appel|exhort|propos|suggér|suggèr|ni[ée]|démen|contest|répon"
    r"|rétorqu|répliqu|insist|martel|répét|répèt|réitér|confirm|révél|signal|mentionn|évoqu|racont"
    r"|témoign|jug|considér|qualifi|accus|reproch|salu|félicit|réjou|inquièt|inquiét|craign|crain"
    r"|esp[èé]r|souhait|plaid|défend|justifi|comment|not[eé]|observ|constat|relev|résum|conclu|lanc"
    r"|gliss|souffl|exclam|interrog|prédi|prévoi|communiqu|inform|écri|tweet|publi|fait savoir"
    r"|fait état|selon|d'après|propos|discours|entretien|interview|dénonciation|aveu|protest|prôn"
    r"|invit|pla[iî]d|rassur|alert|nuan|tranch|concèd|concéd|prétend|soutien|soutient|soutenu"
)
SPEECH = re.compile(rf"\b(?:{STEMS})\w*", re.I)
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀÂÉÈÊÎÔÙÇ«\"“])")


def excluded_lines() -> set[int]:
    out: set[int] = set()
    for f in list((ROOT / "benchmarks" / "devgold").glob("*/sources.csv")) + list(
        (ROOT.parent / "shared" / "eval").glob("*/sources.csv")
    ):
        if f.parent == HERE:
            continue
        for row in csv.DictReader(f.read_text(encoding="utf-8").splitlines()):
            if row.get("corpus_line", "").isdigit():
                out.add(int(row["corpus_line"]))
    return out


def outlet(r: dict[str, str]) -> str:
    u = r.get("urlTvNews") or r.get("url") or ""
    if "tf1info" in u:
        return "TF1"
    return "France 3" if "/france-3/" in u else "France 2"


def balanced(s: str) -> bool:
    return s.count("«") == s.count("»") and s.count('"') % 2 == 0 and s.count("“") == s.count("”")


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else CORPUS
    skip = excluded_lines()
    reports = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i not in skip:
                reports.append((i, json.loads(line)))
    rng = random.Random(SEED)
    rng.shuffle(reports)
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["id", "corpus_line", "date", "outlet", "start", "end", "sha1"])
    seen: set[str] = set()
    n = 0
    for i, rec in reports:
        text = rec.get("description") or ""
        sents, at = [], 0
        for part in SPLIT.split(text):
            start = text.index(part, at)
            at = start + len(part)
            sents.append((start, at, part))
        good = [s for s in sents if 60 <= len(s[2]) <= 400 and SPEECH.search(s[2]) and balanced(s[2])]
        good = [s for s in good if s[2] not in seen]
        if not good:
            continue
        start, end, sent = good[rng.randrange(len(good))]
        seen.add(sent)
        n += 1
        sha = hashlib.sha1(sent.encode()).hexdigest()
        w.writerow([f"s{n:03d}", i, rec.get("date", ""), outlet(rec), start, end, sha])
        if n >= N:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
