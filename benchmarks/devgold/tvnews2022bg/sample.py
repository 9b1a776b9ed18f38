"""How the reports of tvnews2022bg were drawn from the 2022 corpus (run once; kept to be checked).

    python benchmarks/devgold/tvnews2022bg/sample.py [CORPUS] > sources.csv

Rule (../sample.py), q's rule and quotas with a new seed: reports of 900 to 2,200 characters
whose line is not in ../shared/eval/tvnews2022/sources.csv nor in the sources.csv of b, c, d, e,
f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, ab, ac, ad, ae, af, ag, ah, ai, aj, ak, al,
am, an, ao, ap, aq, ar, as, at, au, av, aw, ax, ay, az, ba, bb, bc, bd, be, bf, negotiation2022,
timex2022, timex2022b and sentences2022
and whose text is none of theirs, put in c's four strata (war and international conflicts, French
politics and social conflicts, other hard news, else society); per stratum 8, 10, 14 and 8 reports
drawn with random.Random(20270909): three in four among reports rich in the constructions of
French reporting (REPORTING found at least thrice: an opening quotation mark, a present-tense
incise after a closing quote, "X affirme que", "selon", "d'après", "peut-on lire"), the rest
among all. The sets are read from their folders beside this one.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sample import draw_by_r_rule

if __name__ == "__main__":
    draw_by_r_rule("tvnews2022bg", 20270909, sys.argv)
