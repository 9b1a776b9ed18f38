"""How the reports of tvnews2022y were drawn from the 2022 corpus (run once; kept to be checked).

    python benchmarks/devgold/tvnews2022y/sample.py [CORPUS] > sources.csv

Rule (../sample.py), q's rule and quotas with a new seed: reports of 900 to 2,200 characters
whose line is not in ../shared/eval/tvnews2022/sources.csv nor in the sources.csv of b, c, d, e,
f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x,
negotiation2022, timex2022, timex2022b and sentences2022
and whose text is none of theirs, put in c's four strata (war and international conflicts, French
politics and social conflicts, other hard news, else society); per stratum 8, 10, 14 and 8 reports
drawn with random.Random(20270114): three in four among reports rich in the constructions of
French reporting (REPORTING found at least thrice: an opening quotation mark, a present-tense
incise after a closing quote, "X affirme que", "selon", "d'après", "peut-on lire"), the rest
among all. The sets are read from their folders beside this one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sample import FRANCE, OTHER, REPORTING, WAR, Strata, corpus_path, draw, excluded


def main() -> None:
    corpus = corpus_path(sys.argv)
    draw(
        prefix="y",
        seed=20270114,
        quotas={"war": 8, "france": 10, "other": 14, "society": 8},
        strata=Strata([("war", WAR), ("france", FRANCE), ("other", OTHER)], "society"),
        exclude=excluded(
            corpus,
            [
                "tvnews2022b",
                "tvnews2022c",
                "tvnews2022d",
                "tvnews2022e",
                "tvnews2022f",
                "tvnews2022g",
                "tvnews2022h",
                "tvnews2022i",
                "tvnews2022j",
                "tvnews2022k",
                "tvnews2022l",
                "tvnews2022m",
                "tvnews2022n",
                "tvnews2022o",
                "tvnews2022p",
                "tvnews2022q",
                "tvnews2022r",
                "tvnews2022s",
                "tvnews2022t",
                "tvnews2022u",
                "tvnews2022v",
                "tvnews2022w",
                "tvnews2022x",
                "negotiation2022",
                "timex2022",
                "timex2022b",
                "sentences2022",
            ],
        ),
        corpus=corpus,
        speech=REPORTING,
        min_speech=3,
    )


if __name__ == "__main__":
    main()
