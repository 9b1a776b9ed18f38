"""How the reports of tvnews2022c were drawn from the 2022 corpus (run once; kept to be checked).

    python benchmarks/devgold/tvnews2022c/sample.py [CORPUS] > sources.csv

Rule (../sample.py): reports of 900 to 2,200 characters whose line is not in
../shared/eval/tvnews2022/sources.csv nor in ../tvnews2022b/sources.csv and whose text is none of
theirs, put in one of four strata by keywords: the first stratum whose keywords are in the title,
else the first whose keywords occur thrice in the text (war and international conflicts, French
politics and social conflicts, other hard news: justice, crime, accidents, disasters, weather,
health, sport), else society (economy, consumption, culture, leisure); per stratum 5, 8, 7 and 5
reports drawn with random.Random(20261201): three in four among reports with speech (a quotation
mark or a speech verb), the rest among all. The weights lean away from the Russia-Ukraine war,
which fills the earlier sets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sample import FRANCE, OTHER, WAR, Strata, corpus_path, draw, excluded


def main() -> None:
    corpus = corpus_path(sys.argv)
    draw(
        prefix="c",
        seed=20261201,
        quotas={"war": 5, "france": 8, "other": 7, "society": 5},
        strata=Strata([("war", WAR), ("france", FRANCE), ("other", OTHER)], "society"),
        exclude=excluded(corpus, ["tvnews2022b"]),
        corpus=corpus,
    )


if __name__ == "__main__":
    main()
