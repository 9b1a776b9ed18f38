"""How the reports of the development sets tvnews2022b, c and d are drawn from the 2022 corpus.

Each set's ``sample.py`` is one call of ``draw`` with its seed, quotas, strata and the sets it
excludes, and prints the set's ``sources.csv``:

    python benchmarks/devgold/tvnews2022d/sample.py [CORPUS] > sources.csv

Rule: reports of 900 to 2,200 characters whose corpus line is not in an excluded set's
``sources.csv`` and whose text is neither one of theirs nor one already seen (duplicates dropped),
put in one stratum by keywords (``Strata``); per stratum ``quota`` reports drawn with
``random.Random(seed)``: three in four among the reports with speech (``speech`` found at least
``min_speech`` times), the rest among all of the stratum.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz"
TVNEWS2022 = Path("eval") / "tvnews2022" / "sources.csv"  # under the corpus folder's parent

WAR = re.compile(
    r"ukrain|russe|russie|poutine|zelensk|kiev|kyiv|kremlin|moscou|donbass|marioupol"
    r"|guerre|otan|\barm[ée]e\b|militaire|missile|bombard|soldat|conflit|\bsanctions\b|terroris",
    re.I,
)
UKRAINE = re.compile(r"ukrain|russe|russie|poutine|zelensk|kiev|kyiv|kremlin|moscou|donbass|marioupol", re.I)
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
REPORTING_VERBS = (
    r"estime|affirme|explique|assure|ajoute|poursuit|confie|raconte|t[ée]moigne|souligne|regrette"
    r"|d[ée]nonce|d[ée]plore|reconna[îi]t|pr[ée]cise|indique|note|juge|alerte|abonde|r[ée]agit"
    r"|justifie|insiste|lance|pr[ée]vient|martèle|rappelle|observe|r[ée]sume|s'inqui[èe]te"
    r"|se r[ée]jouit|d[ée]clare|annonce|dit|r[ée]pond|consid[èe]re|admet|conclut|s'agace|s'emporte"
)
"""Speech verbs of the present-tense incise and of "X affirme que", for ``REPORTING``."""
REPORTING = re.compile(
    rf"[«“]|[»”\"],?\s+(?:{REPORTING_VERBS})\b|\b(?:{REPORTING_VERBS})\s+qu"
    r"|\bselon\b|\bd'apr[èe]s\b|peut-on lire",
    re.I,
)
"""What makes a report rich in the constructions of French reporting (d, e and f need it thrice):
an opening quotation mark, a present-tense incise after a closing quote, "X affirme que", "selon",
"d'après", "peut-on lire"."""


@dataclass(frozen=True)
class Strata:
    """Keyword strata: ``rules`` in order, ``fallback`` for a report none of them takes.

    ``title_first``: the first stratum whose keywords are in the title, else the first whose keywords
    occur thrice in the text (c, d); otherwise each stratum in turn takes a report whose title has
    its keywords or whose text has them thrice (b).
    """

    rules: Sequence[tuple[str, re.Pattern[str]]]
    fallback: str
    title_first: bool = True

    def of(self, title: str, text: str) -> str:
        """The topic: keywords in the title, or repeated in the text (a passing mention is not enough)."""
        if not self.title_first:
            for name, words in self.rules:
                if words.search(title) or len(words.findall(text)) >= 3:
                    return name
            return self.fallback
        for name, words in self.rules:
            if words.search(title):
                return name
        for name, words in self.rules:
            if len(words.findall(text)) >= 3:
                return name
        return self.fallback


def outlet(r: dict[str, Any]) -> str:
    u = r.get("urlTvNews") or r.get("url") or ""
    if "tf1info" in u:
        return "TF1"
    return "France 3" if "/france-3/" in u else "France 2"


def corpus_path(argv: Sequence[str]) -> Path:
    return Path(argv[1]) if len(argv) > 1 else CORPUS


def excluded(corpus: Path, sets: Sequence[str]) -> list[Path]:
    """The sources.csv of ../shared/eval/tvnews2022 and of the named sets beside this file."""
    return [corpus.parent.parent / TVNEWS2022, *(HERE / name / "sources.csv" for name in sets)]


def draw(
    *,
    prefix: str,
    seed: int,
    quotas: dict[str, int],
    strata: Strata,
    exclude: Sequence[Path],
    corpus: Path,
    out: TextIO = sys.stdout,
    speech: re.Pattern[str] = SPEECH,
    min_speech: int = 1,
) -> None:
    """Write the drawn reports as sources.csv rows (ids ``prefix`` + 01.., by stratum then line)."""
    taken = {
        int(r["corpus_line"])
        for p in exclude
        for r in csv.DictReader(p.read_text(encoding="utf-8").splitlines())
    }
    pools: dict[str, list[tuple[int, dict[str, Any]]]] = {k: [] for k in quotas}
    records: list[tuple[int, dict[str, Any]]] = []
    seen: set[str] = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            r = json.loads(line)
            if i in taken:
                seen.add(r.get("description") or "")
            else:
                records.append((i, r))
    for i, r in records:
        text = r.get("description") or ""
        if not 900 <= len(text) <= 2200 or text in seen:
            continue
        seen.add(text)
        pools[strata.of(r.get("title") or "", text)].append((i, r))
    rng = random.Random(seed)
    w = csv.writer(out)
    w.writerow(["id", "topic", "corpus_line", "date", "outlet", "url", "title", "chars", "sha1"])
    n = 0
    for topic, k in quotas.items():
        talk = [x for x in pools[topic] if len(speech.findall(x[1]["description"])) >= min_speech]
        chosen = rng.sample(talk, round(k * 3 / 4))
        rest = [x for x in pools[topic] if x not in chosen]
        chosen += rng.sample(rest, k - len(chosen))
        for i, r in sorted(chosen, key=lambda x: x[0]):
            n += 1
            text = r["description"]
            sha1 = hashlib.sha1(text.encode()).hexdigest()
            row = [f"{prefix}{n:02d}", topic, i, r["date"], outlet(r), r["url"], r["title"], len(text), sha1]
            w.writerow(row)


#: The tvnews2022 series in the order drawn; a set drawn by r's rule excludes every set before it.
SERIES = (
    *(f"tvnews2022{c}" for c in "bcdefghijklmnopqrstuvwxyz"),
    *(f"tvnews2022a{c}" for c in "abcdefghijklmnopqrstuvwxyz"),
    *(f"tvnews2022b{c}" for c in "abcdefgh"),
)
#: The other sets of lines taken from the corpus (negotiations, time expressions, sentences).
OTHER_SETS = ("negotiation2022", "timex2022", "timex2022b", "sentences2022")


def draw_by_r_rule(name: str, seed: int, argv: Sequence[str]) -> None:
    """Draw set ``name`` by r's rule (r, s, t, u …): c's four strata, 8/10/14/8 reports, three in four
    among reports where REPORTING is found thrice; every earlier set of the series and OTHER_SETS
    excluded. The prefix of the ids is the set's letter (or letters: aa, ab)."""
    corpus = corpus_path(argv)
    draw(
        prefix=name.removeprefix("tvnews2022"),
        seed=seed,
        quotas={"war": 8, "france": 10, "other": 14, "society": 8},
        strata=Strata([("war", WAR), ("france", FRANCE), ("other", OTHER)], "society"),
        exclude=excluded(corpus, [*SERIES[: SERIES.index(name)], *OTHER_SETS]),
        corpus=corpus,
        speech=REPORTING,
        min_speech=3,
    )
