"""Score every development set and print one table (issues 14 and 17).

Runs ``newsgraph extract DIR --format jsonl`` with this interpreter (so ``PYTHONPATH=src`` scores
the checkout's code) on each set and scores the records with the matching of ../shared/eval's
scorers (``_gold_match.py``):

- ``seeds``: seed articles 000-002 (../shared/seeds, gold ../shared/eval/seed_*_dev.json);
- ``tvnews2022``: 30 TV reports of 2022 (../shared/eval/tvnews2022);
- ``tvnews2022b``: 25 further TV reports of 2022 annotated in ``benchmarks/devgold/tvnews2022b``;
  the texts are read from the corpus file by line number into a temporary folder;
- ``tvnews2022c``: 25 more, weighted toward news outside the war (``benchmarks/devgold/tvnews2022c``),
  read from the corpus file the same way;
- ``tvnews2022d``: 25 more, the blind set: annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022d``), read from the corpus file the same way;
- ``tvnews2022e``: 25 more in d's strata, annotated by reading before any system ran on them (not
  blind: error analysis allowed; ``benchmarks/devgold/tvnews2022e``), read from the corpus file the
  same way;
- ``tvnews2022f``: 40 more with the held-out sets' mix of topics, the second blind set: annotated by
  reading before any system ran on them (``benchmarks/devgold/tvnews2022f``; read its figures only),
  read from the corpus file the same way;
- ``tvnews2022g``: 40 more in f's strata and mix with a new seed, the third blind set: annotated by
  reading before any system ran on them (``benchmarks/devgold/tvnews2022g``; read its figures only),
  read from the corpus file the same way;
- ``tvnews2022h``: 40 more in f's strata and mix with a new seed, an open set annotated by reading
  before any system ran on them (``benchmarks/devgold/tvnews2022h``; not blind: its misses may be
  read, never fitted), read from the corpus file the same way;
- ``tvnews2022i``: 40 more in f's strata and mix with a new seed, the fourth blind set: annotated by
  reading before any system ran on them (``benchmarks/devgold/tvnews2022i``; read its figures only),
  read from the corpus file the same way;
- ``tvnews2022j``: 40 more with i's rule and the held-out sets' mix with a new seed, an open set
  annotated by reading before any system ran on them (``benchmarks/devgold/tvnews2022j``; not blind:
  its misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022k``: 40 more with j's rule and quotas with a new seed, the fifth blind set: annotated by
  reading before any system ran on them (``benchmarks/devgold/tvnews2022k``; read its figures only,
  never its texts, gold or output), read from the corpus file the same way;
- ``tvnews2022l``: 40 more with j's rule and quotas with a new seed, an open set annotated by reading
  before any system ran on them (``benchmarks/devgold/tvnews2022l``; not blind: its misses may be
  read, never fitted), read from the corpus file the same way;
- ``tvnews2022m``: 40 more with j's rule and quotas with a new seed, annotated by reading before any
  system ran on them (``benchmarks/devgold/tvnews2022m``; scored once by the lead on first sight,
  then open like l: its misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022n``: 40 more with m's rule and quotas with a new seed, annotated by reading before any
  system ran on them (``benchmarks/devgold/tvnews2022n``; scored once by the lead on first sight,
  then open like l: its misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022o``: 40 more with n's rule and quotas with a new seed, annotated by reading before any
  system ran on them (``benchmarks/devgold/tvnews2022o``; scored once by the lead on first sight,
  then open like l: its misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022p``: 40 more with o's rule and quotas with a new seed, annotated by reading before any
  system ran on them (``benchmarks/devgold/tvnews2022p``; scored once by the lead on first sight,
  then open like l: its misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022q``: 40 more with p's rule and quotas with a new seed, annotated by reading before any
  system ran on them (``benchmarks/devgold/tvnews2022q``; scored once by the lead on first sight,
  then open like l: its misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022r``: 40 more with q's rule and quotas with a new seed, annotated by reading before any
  system ran on them (``benchmarks/devgold/tvnews2022r``; scored once by the lead on first sight,
  then open like l: its misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022s``: 40 more with q's rule and quotas with a new seed (r excluded), annotated by reading
  before any system ran on them (``benchmarks/devgold/tvnews2022s``; scored once by the lead on first
  sight, then open like l: its misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022t``: 40 more with q's rule and quotas with a new seed (r and s excluded), annotated by
  reading before any system ran on them (``benchmarks/devgold/tvnews2022t``; scored once by the lead
  on first sight, then open like l: its misses may be read, never fitted), read from the corpus file
  the same way;
- ``tvnews2022u``: 40 more with t's rule and quotas with a new seed (every earlier set, t included,
  excluded), annotated by reading before any system ran on them (``benchmarks/devgold/tvnews2022u``;
  scored once by the lead on first sight, then open like l: its misses may be read, never fitted),
  read from the corpus file the same way;
- ``tvnews2022v``: 40 more with t's rule and quotas with a new seed (every earlier set, t and u
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022v``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022w``: 40 more with t's rule and quotas with a new seed (every earlier set, t, u and v
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022w``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022x``: 40 more with t's rule and quotas with a new seed (every earlier set, t, u, v and w
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022x``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022y``: 40 more with t's rule and quotas with a new seed (every earlier set, t to x
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022y``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022z``: 40 more with t's rule and quotas with a new seed (every earlier set, t to y
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022z``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022aa``: 40 more with t's rule and quotas with a new seed (every earlier set, t to z
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022aa``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ab``: 40 more with t's rule and quotas with a new seed (every earlier set, t to aa
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ab``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ac``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ab
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ac``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ad``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ac
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ad``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ae``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ad
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ae``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022af``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ae
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022af``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ag``: 40 more with t's rule and quotas with a new seed (every earlier set, t to af
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ag``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ah``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ag
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ah``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ai``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ah
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ai``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022aj``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ai
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022aj``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ak``: 40 more with t's rule and quotas with a new seed (every earlier set, t to aj
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ak``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022al``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ak
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022al``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022am``: 40 more with t's rule and quotas with a new seed (every earlier set, t to al
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022am``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022an``: 40 more with t's rule and quotas with a new seed (every earlier set, t to am
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022an``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ao``: 40 more with t's rule and quotas with a new seed (every earlier set, t to an
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ao``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ap``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ao
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ap``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022aq``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ap
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022aq``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ar``: 40 more with t's rule and quotas with a new seed (every earlier set, t to aq
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ar``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022as``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ar
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022as``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022at``: 40 more with t's rule and quotas with a new seed (every earlier set, t to as
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022at``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022au``: 40 more with t's rule and quotas with a new seed (every earlier set, t to at
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022au``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022av``: 40 more with t's rule and quotas with a new seed (every earlier set, t to au
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022av``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022aw``: 40 more with t's rule and quotas with a new seed (every earlier set, t to av
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022aw``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ax``: 40 more with t's rule and quotas with a new seed (every earlier set, t to aw
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ax``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ay``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ax
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ay``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022az``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ay
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022az``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022ba``: 40 more with t's rule and quotas with a new seed (every earlier set, t to az
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022ba``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022bb``: 40 more with t's rule and quotas with a new seed (every earlier set, t to ba
  included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022bb``; scored once by the lead on first sight, then open like l: its
  misses may be read, never fitted), read from the corpus file the same way;
- ``tvnews2022bc`` and ``tvnews2022bd``: 40 more each with t's rule and quotas with new seeds (every
  earlier set, t to bb and bc included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022bc``, ``tvnews2022bd``; scored once by the lead on first sight, then
  open like l), read from the corpus file the same way;
- ``tvnews2022be`` and ``tvnews2022bf``: 40 more each with t's rule and quotas with new seeds (every
  earlier set, t to bd and be included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022be``, ``tvnews2022bf``; scored once by the lead on first sight, then
  open like l), read from the corpus file the same way;
- ``tvnews2022bg`` and ``tvnews2022bh``: 40 more each with t's rule and quotas with new seeds (every
  earlier set, t to bf and bg included, excluded), annotated by reading before any system ran on them
  (``benchmarks/devgold/tvnews2022bg``, ``tvnews2022bh``; scored once by the lead on first sight, then
  open like l), read from the corpus file the same way;
- ``sentences2022``: 150 single sentences of 2022 reports, each scored alone with no context (a
  proxy for the held-out press sentences), annotated by reading (``benchmarks/devgold/sentences2022``);
  statements only;
- ``timebank-dev``: the French TimeBank dev half (time recall, value accuracy, precision);
- ``neg2022dev``, ``neg2022held``: the topic ``negotiation`` of statements judged by reading
  (``benchmarks/devgold/negotiation2022``), its tuning half and its held-back half.
- ``timex2022``: DATE/TIME expressions of 37 TV reports of 2022 annotated by reading
  (``benchmarks/devgold/timex2022``), read from the corpus file the same way; time figures only.
- ``timex2022b``: DATE/TIME expressions of 40 more TV reports of 2022 with timex2022's rule and new
  seeds, annotated by reading before any system ran on them (``benchmarks/devgold/timex2022b``; scored
  once by the lead on first sight, then open), read from the corpus file the same way; time figures
  only.

    PYTHONPATH=src .venv/bin/python benchmarks/quality.py [--set NAME] [--json] [--save DIR]

The shared folder is found next to the checkout or above it, or given by NEWSGRAPH_EVAL (the eval
folder) and NEWSGRAPH_BENCH_CORPUS (the 2022 corpus file). A set whose files are absent is skipped
with a message.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _gold_match import (
    Record,
    content_match,
    is_neg,
    score_events_with_core,
    score_statements,
    score_timex,
    speaker_match,
)

ROOT = Path(__file__).resolve().parents[1]
DEVGOLD = ROOT / "benchmarks" / "devgold"


def shared_dir() -> Path | None:
    for parent in ROOT.parents:
        if (parent / "shared" / "eval").is_dir():
            return parent / "shared"
    return None


SHARED = shared_dir()
EVAL = Path(os.environ.get("NEWSGRAPH_EVAL") or (SHARED / "eval" if SHARED else "shared/eval"))
SEEDS = EVAL.parent / "seeds"
CORPUS = Path(os.environ.get("NEWSGRAPH_BENCH_CORPUS") or EVAL.parent / "corpus" / "tvnews_fr_2022.jsonl.gz")
SEED_DOCS = {"000_4e87affd88c956c9", "001_75a8bacb6ab80d84", "002_43878cba7677e3bd"}


class Skip(Exception):
    """A set that cannot be scored here (its files are absent)."""


@dataclass(frozen=True)
class GoldSet:
    name: str
    folder: Callable[[Path], Path]  # the texts' folder (may be made in the temporary folder given)
    statements: Path | None = None
    events: Path | None = None
    timex: Path | None = None
    docs: frozenset[str] | None = None
    reading: str | None = None  # a half of the negotiation reading gold


def devgold_module(name: str, path: Path) -> Any:
    """A script of ``benchmarks/devgold`` (a folder, not a package) loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def reading_gold() -> Any:
    """``benchmarks/devgold/negotiation2022/score.py``."""
    return devgold_module("negotiation2022", DEVGOLD / "negotiation2022" / "score.py")


def reading_reports(half: str, tmp: Path) -> Path:
    try:
        # a folder of its own: the extraction's output is ``tmp/<set name>.jsonl``
        return Path(reading_gold().write_reports(CORPUS, tmp / "reports" / f"neg2022{half}.jsonl", half))
    except (OSError, ValueError) as e:
        raise Skip(str(e)) from e


def existing(path: Path) -> Path:
    if not path.exists():
        raise Skip(f"{path} is absent")
    return path


def materialise(sources: Path, into: Path) -> Path:
    """Write the reports listed in ``sources`` (corpus_line) as texts plus metadata.csv in ``into``."""
    existing(sources)
    if not CORPUS.exists():
        raise Skip(f"the 2022 corpus {CORPUS} is absent (set NEWSGRAPH_BENCH_CORPUS)")
    rows = list(csv.DictReader(sources.read_text(encoding="utf-8").splitlines()))
    wanted = {int(r["corpus_line"]): r for r in rows}
    texts: dict[int, Record] = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                texts[i] = json.loads(line)
                if len(texts) == len(wanted):
                    break
    into.mkdir(parents=True, exist_ok=True)
    with (into / "metadata.csv").open("w", encoding="utf-8", newline="") as meta:
        w = csv.writer(meta)
        w.writerow(["id", "file", "language", "published", "outlet"])
        for line, row in wanted.items():
            if line not in texts:
                raise Skip(f"{CORPUS} has no line {line}")
            text = texts[line]["description"]
            if row.get("start"):  # a set of single sentences (sentences2022): the sentence only
                text = text[int(row["start"]) : int(row["end"])]
            if row.get("sha1") and hashlib.sha1(text.encode()).hexdigest() != row["sha1"]:
                raise Skip(f"line {line} of {CORPUS} is not the text that was annotated (sha1 differs)")
            (into / f"{row['id']}.txt").write_text(text, encoding="utf-8")
            w.writerow([row["id"], f"{row['id']}.txt", "fr", row["date"][:10], row["outlet"]])
    return into


SERIES = list(devgold_module("devgold_sample", DEVGOLD / "sample.py").SERIES)
"""The sets of 40 (b, c: fewer) reports drawn from the corpus and annotated by reading, in the order
drawn (``benchmarks/devgold/sample.py``'s SERIES, the one list a new set is added to): texts read from
the corpus by their sources.csv."""


def drawn_set(name: str) -> GoldSet:
    """A set of the series: its reports written from the corpus, its statements and events."""
    folder = DEVGOLD / name
    return GoldSet(
        name,
        lambda tmp: materialise(folder / "sources.csv", tmp / name),
        folder / "statements.json",
        folder / "events.json",
    )


SETS = [
    GoldSet(
        "seeds",
        lambda tmp: existing(SEEDS),
        EVAL / "seed_statements_dev.json",
        EVAL / "seed_events_dev.json",
        docs=frozenset(SEED_DOCS),
    ),
    GoldSet(
        "tvnews2022",
        lambda tmp: existing(EVAL / "tvnews2022"),
        EVAL / "tvnews2022" / "statements.json",
        EVAL / "tvnews2022" / "events.json",
    ),
    *(drawn_set(name) for name in SERIES),
    GoldSet(
        "sentences2022",
        lambda tmp: materialise(DEVGOLD / "sentences2022" / "sources.csv", tmp / "sentences2022"),
        DEVGOLD / "sentences2022" / "statements.json",
    ),
    GoldSet("neg2022dev", lambda tmp: reading_reports("dev", tmp), reading="dev"),
    GoldSet("neg2022held", lambda tmp: reading_reports("held", tmp), reading="held"),
    GoldSet(
        "timebank-dev",
        lambda tmp: existing(EVAL / "timebank-dev"),
        timex=EVAL / "timebank-dev" / "gold_timex.json",
    ),
    GoldSet(
        "timex2022",
        lambda tmp: materialise(DEVGOLD / "timex2022" / "sources.csv", tmp / "timex2022"),
        timex=DEVGOLD / "timex2022" / "gold_timex.json",
    ),
    GoldSet(
        "timex2022b",
        lambda tmp: materialise(DEVGOLD / "timex2022b" / "sources.csv", tmp / "timex2022b"),
        timex=DEVGOLD / "timex2022b" / "gold_timex.json",
    ),
]


def extract(folder: Path, out: Path) -> list[Record]:
    """The records ``newsgraph extract`` prints for ``folder``, run with this interpreter."""
    cmd = [
        sys.executable,
        "-m",
        "newsgraph",
        "extract",
        str(folder),
        "--format",
        "jsonl",
        "--output",
        str(out),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if not out.exists() or (done.returncode != 0 and not out.stat().st_size):
        raise RuntimeError(
            f"newsgraph extract {folder} failed ({done.returncode}): {done.stderr.strip()[-800:]}"
        )
    for line in done.stderr.splitlines():  # a report whose extraction failed scores as found nothing:
        if "skipped" in line:  # say so in the table's output, never silently
            print(f"# EXTRACTION FAILED ({folder.name}): {line.strip()}", flush=True)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def doc_texts(folder: Path) -> dict[str, str]:
    meta = folder / "metadata.csv"
    if not meta.exists():
        return {}
    return {
        r["id"]: (folder / r["file"]).read_text(encoding="utf-8")
        for r in csv.DictReader(meta.read_text(encoding="utf-8").splitlines())
        if (folder / r["file"]).exists()
    }


def score_set(s: GoldSet, tmp: Path, save: Path | None) -> dict[str, Any]:
    for path in (s.statements, s.events, s.timex):
        if path is not None:
            existing(path)
    folder = s.folder(tmp)
    recs = extract(folder, (save or tmp) / f"{s.name}.jsonl")
    result: dict[str, Any] = {}
    if s.reading:
        gold = reading_gold()
        result["reading"] = gold.score(gold.load(s.reading), recs)
    if s.timex:
        result["time"] = score_timex(json.loads(s.timex.read_text()), recs)
    if s.statements:
        gold = json.loads(s.statements.read_text())["statements"]
        texts = doc_texts(folder)
        # every report of the set, also one without statements (its system statements are errors);
        # equals score.py's default (the gold's docs) when every report has a gold statement
        docs = set(s.docs) if s.docs else {g["doc"] for g in gold} | set(texts)
        result["statements"] = score_statements(gold, recs, docs, texts)
        result["statements"]["negotiation"]["counts"] = negotiation_counts(gold, recs, docs)
        if s.events:
            result["events"] = score_events_with_core(json.loads(s.events.read_text())["events"], recs, docs)
    return result


def negotiation_counts(gold: list[Record], recs: list[Record], docs: set[str]) -> str:
    """Where the negotiation figures come from, as counts (a blind set's only view of its errors):
    gold positives, of them found with the right speaker, of those tagged; then the system's tags on a
    gold positive (+), on a gold statement that is not one (-), on no gold statement (none)."""
    stmts = [r for r in recs if r.get("kind") == "statement" and r.get("doc") in docs]
    gold = [g for g in gold if g["doc"] in docs]

    def matches(g: Record) -> list[Record]:
        return [r for r in stmts if r["doc"] == g["doc"] and content_match(g["cue"], r.get("content", ""))]

    def spoken(g: Record) -> list[Record]:
        return [r for r in matches(g) if speaker_match(g["speaker"], r.get("speaker", {}).get("name", ""))]

    pos = [g for g in gold if g["negotiation"]]
    found = [spoken(g)[0] for g in pos if spoken(g)]
    on_pos = {id(r) for g in pos for r in matches(g)}
    on_gold = {id(r) for g in gold for r in matches(g)}
    tagged = [r for r in stmts if is_neg(r)]
    on_neg = sum(id(r) in on_gold and id(r) not in on_pos for r in tagged)
    return (  # short: one cell of a table with a dozen columns
        f"{len(pos)}/{len(found)}/{sum(map(is_neg, found))} "
        f"{sum(id(r) in on_pos for r in tagged)}/{on_neg}/{sum(id(r) not in on_gold for r in tagged)}"
    )


def cell(x: Any) -> str:
    if x is None:
        return "-"
    if isinstance(x, dict) and "rate" in x:
        return "-" if x["rate"] is None else f"{x['rate']:.2f} {x['hit']}/{x['total']}"
    if isinstance(x, float):
        return f"{x:.2f}"
    return str(x)


def rows(results: dict[str, dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """The table's rows: a label and one cell per set."""
    names = list(results)

    def get(*path: str) -> list[str]:
        out = []
        for n in names:
            x: Any = results[n]
            for p in path:
                x = x.get(p) if isinstance(x, dict) else None
            out.append(cell(x))
        return out

    def keys(*path: str) -> list[str]:
        seen: dict[str, None] = {}
        for n in names:
            x: Any = results[n]
            for p in path:
                x = x.get(p, {}) if isinstance(x, dict) else {}
            seen.update(dict.fromkeys(x))
        return sorted(seen)

    table = [
        (
            "statements gold (core)",
            [
                f"{r['statements']['gold']} ({r['statements']['core']})" if "statements" in r else "-"
                for r in results.values()
            ],
        ),
        ("recall", get("statements", "recall")),
        ("core recall", get("statements", "core_recall")),
        ("precision", get("statements", "precision")),
        ("content found", get("statements", "content_found")),
        ("speaker right | content found", get("statements", "speaker_accuracy")),
        ("negotiation F1", get("statements", "negotiation", "f1")),
        ("  negotiation precision", get("statements", "negotiation", "precision")),
        ("  negotiation recall", get("statements", "negotiation", "recall")),
        ("  neg. gold/found/tagged +/-/none", get("statements", "negotiation", "counts")),
        ("dates right", get("statements", "dates")),
        ("negotiation by reading: items", get("reading", "items")),
        ("  negotiation F1 (reading)", get("reading", "f1")),
        ("  negotiation precision (reading)", get("reading", "precision")),
        ("  negotiation recall (reading)", get("reading", "recall")),
        ("  narrower concept right", get("reading", "concept_right")),
    ]
    table += [
        (f"recall {k}", get("statements", "by_construction", k))
        for k in keys("statements", "by_construction")
    ]
    table += [
        (f"recall speaker {k}", get("statements", "by_speaker_kind", k))
        for k in keys("statements", "by_speaker_kind")
    ]
    table += [
        (
            "events gold (core)",
            [
                f"{r['events']['gold']} ({r['events']['core']})" if "events" in r else "-"
                for r in results.values()
            ],
        ),
        ("event recall (type+agent+place)", get("events", "recall")),
        ("  event precision (type matches a gold event)", get("events", "precision")),
    ]
    table += [(f"  event {k}", get("events", "by_argument", k)) for k in keys("events", "by_argument")]
    table += [("  event dates right", get("events", "dates"))]
    table += [(f"  event CAMEO {k}", get("events", "by_cameo", k)) for k in keys("events", "by_cameo")]
    table += [
        ("time recall", get("time", "recall")),
        ("time value accuracy", get("time", "value_accuracy")),
        ("time precision", get("time", "precision")),
    ]
    return [(label, cells) for label, cells in table if any(c != "-" for c in cells)]


def render(results: dict[str, dict[str, Any]], skipped: dict[str, str]) -> str:
    if not results:
        return "\n".join(f"skipped {name}: {why}" for name, why in skipped.items()) or "no set to score"
    header = ["", *results]
    body = [[label, *cells] for label, cells in rows(results)]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(r: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )

    out = [line(header), line(["-" * w for w in widths]), *(line(r) for r in body)]
    for name, r in results.items():  # the scorers' own SUMMARY lines, to compare with score.py
        if "reading" in r:
            out.append(f"SUMMARY {name} {json.dumps(r['reading'])}")
            continue
        summary = {
            k: v
            for part in ("statements", "events", "time")
            if part in r
            for k, v in r[part]["summary"].items()
        }
        out.append(f"SUMMARY {name} {json.dumps(summary)}")
    out += [f"skipped {name}: {why}" for name, why in skipped.items()]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--set",
        dest="sets",
        action="append",
        choices=[s.name for s in SETS],
        help="score only this set (repeatable)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--save", type=Path, help="keep each set's extract JSONL in this folder")
    a = ap.parse_args(argv)
    results: dict[str, dict[str, Any]] = {}
    skipped: dict[str, str] = {}
    if a.save:
        a.save.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsgraph-quality-") as tmp:
        for s in SETS:
            if a.sets and s.name not in a.sets:
                continue
            try:
                results[s.name] = score_set(s, Path(tmp), a.save)
            except Skip as e:
                skipped[s.name] = str(e)
                if a.json:
                    print(f"skipping {s.name}: {e}", file=sys.stderr)
    if a.json:
        print(json.dumps({"sets": results, "skipped": skipped}, indent=1, ensure_ascii=False))
    else:
        print(render(results, skipped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
