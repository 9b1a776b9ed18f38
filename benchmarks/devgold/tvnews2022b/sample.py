"""How the reports of tvnews2022b were drawn from the 2022 corpus (run once; kept to be checked).

    python benchmarks/devgold/tvnews2022b/sample.py [CORPUS] > sources.csv

Rule (../sample.py): reports of 900 to 2,200 characters not in ../shared/eval/tvnews2022/sources.csv,
put in one of three strata by keywords in the title or thrice in the text (Russia-Ukraine first, then
French politics and social conflicts, else other news); per stratum 8, 8 and 9 reports drawn with
random.Random(20221201): three in four among reports with speech (a quotation mark or a speech
verb), the rest among all.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sample import FRANCE, UKRAINE, Strata, corpus_path, draw, excluded


def main() -> None:
    corpus = corpus_path(sys.argv)
    draw(
        prefix="b",
        seed=20221201,
        quotas={"ukraine": 8, "france": 8, "other": 9},
        strata=Strata([("ukraine", UKRAINE), ("france", FRANCE)], "other", title_first=False),
        exclude=excluded(corpus, []),
        corpus=corpus,
    )


if __name__ == "__main__":
    main()
