"""How the reports of timex2022b were drawn from the 2022 corpus (run once; kept to be checked).

    python benchmarks/devgold/timex2022b/sample.py [CORPUS] > sources.csv

Rule (../sample.py), timex2022's with new seeds: reports of 900 to 2,200 characters whose line is
not in ../shared/eval/tvnews2022/sources.csv nor in the sources.csv of any set beside this one (b to
p, negotiation2022, sentences2022, timex2022) and whose text is none of theirs, put in c's four
strata (war and international conflicts, French politics and social conflicts, other hard news,
else society); per stratum 6, 7, 7 and 5 reports drawn with random.Random(20261206) (t01-t25), then
4, 4, 4 and 3 more with random.Random(20261207) among the reports not yet drawn (u01-u15); three in
four among reports with at least three time words (timex2022's TIME_WORDS: a weekday, a month, a
year, a clock time, a deictic such as "hier" or "la semaine dernière", a duration), the rest among
all.
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sample import FRANCE, OTHER, WAR, Strata, corpus_path, draw, excluded

TIME_WORDS = re.compile(  # timex2022's
    r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f[ée]vrier|mars|avril|mai|juin"
    r"|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|hier|demain|aujourd'hui|ce matin|ce soir"
    r"|cette nuit|(?:19|20)\d\d|\d{1,2} ?h(?: ?\d\d)?|semaine|mois|ann[ée]es?|ans|jours?|depuis)\b",
    re.I,
)
SETS = [
    *(f"tvnews2022{x}" for x in "bcdefghijklmnop"),
    "negotiation2022",
    "sentences2022",
    "timex2022",
]


def main() -> None:
    corpus = corpus_path(sys.argv)
    strata = Strata([("war", WAR), ("france", FRANCE), ("other", OTHER)], "society")
    first = io.StringIO()
    draw(
        prefix="t",
        seed=20261206,
        quotas={"war": 6, "france": 7, "other": 7, "society": 5},
        strata=strata,
        exclude=excluded(corpus, SETS),
        corpus=corpus,
        out=first,
        speech=TIME_WORDS,
        min_speech=3,
    )
    sys.stdout.write(first.getvalue())
    with tempfile.TemporaryDirectory() as tmp:  # the second draw excludes the first
        taken = Path(tmp) / "sources.csv"
        taken.write_text(first.getvalue(), encoding="utf-8")
        second = io.StringIO()
        draw(
            prefix="u",
            seed=20261207,
            quotas={"war": 4, "france": 4, "other": 4, "society": 3},
            strata=strata,
            exclude=[*excluded(corpus, SETS), taken],
            corpus=corpus,
            out=second,
            speech=TIME_WORDS,
            min_speech=3,
        )
    sys.stdout.write(second.getvalue().split("\n", 1)[1])  # without its header


if __name__ == "__main__":
    main()
