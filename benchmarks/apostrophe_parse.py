"""How much spaCy's parse of a sentence changes when its typographic elision apostrophes
("l’", "d’", "qu’") are made straight, character for character.

    python benchmarks/apostrophe_parse.py DIR [N]

reads the ``.txt`` reports of DIR (e.g. drawn by ``sample_unannotated.py``), takes N sentences
(100) with an elision written "’", parses both spellings and counts the tokens whose part of
speech, dependency label, head or lemma differ (apo25b: 100 sentences, 2541 tokens, 9 POS, 60
labels, 86 heads, 155 lemmas; 36 sentences differ; the lemma of "l’", "d’" is the form itself).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

from newsgraph.extract.pipeline import load_nlp

ELISION = re.compile(
    r"(?<!\w)((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu|presqu|aujourd)’)(?=\w)", re.I
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def straight(text: str) -> str:
    return ELISION.sub(lambda m: m.group(1)[:-1] + "'", text)


def sentences(folder: Path, n: int) -> list[str]:
    found = [
        s.strip()
        for f in sorted(folder.glob("*.txt"))
        for s in SENTENCE_END.split(f.read_text(encoding="utf-8"))
        if ELISION.search(s) and 40 < len(s) < 300
    ]
    random.Random(7).shuffle(found)
    return found[:n]


def main() -> None:
    folder, n = Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100
    nlp = load_nlp()
    counts: Counter[str] = Counter()
    for text in sentences(folder, n):
        a, b = nlp(text), nlp(straight(text))
        counts["sentences"] += 1
        if [t.idx for t in a] != [t.idx for t in b]:
            counts["tokenised differently"] += 1
            continue
        differs = False
        for x, y in zip(a, b, strict=True):
            counts["tokens"] += 1
            for name, left, right in (
                ("POS", x.pos_, y.pos_),
                ("label", x.dep_, y.dep_),
                ("head", x.head.i, y.head.i),
                ("lemma", x.lemma_.replace("’", "'"), y.lemma_),
            ):
                if left != right:
                    counts[name] += 1
                    differs = differs or name != "lemma"
        counts["sentences with a POS, label or head changed"] += differs
    for name, value in counts.items():
        print(f"{name:45} {value}")


if __name__ == "__main__":
    main()
