"""benchmarks/devgold: the shared sampling rule and the consistency check of the gold sets."""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.util
import io
import itertools
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

DEVGOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "devgold"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"devgold_{name}", DEVGOLD / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


sample = load("sample")
check = load("check")


def statement(id_: str, speaker: list[str], cue: str, doc: str = "x01") -> dict:
    return {
        "id": id_,
        "doc": doc,
        "speaker": speaker,
        "cue": cue,
        "negotiation": False,
        "when": None,
        "core": True,
        "direct": True,
        "speaker_kind": "named",
    }


TEXT = "« Nous ne signerons rien cette semaine », prévient Léa Martin. Le maire juge le projet trop coûteux."


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        (statement("x01-S01", ["martin"], "nous ne signerons rien cette semaine"), None),
        (statement("x01-S01", ["martin"], "nous signerons tout cette semaine"), "cue not in the text"),
        (statement("x01-S01", ["Léa Martin"], "nous ne signerons rien"), "not lowercase accent-free"),
        (statement("x01-S01", ["martin"], "rien"), "cue of 1 words"),
        (statement("x01-S01", ["martin"], "ne signerons rien", doc="x02"), "not a report of the set"),
        ({**statement("x01-S01", ["martin"], "ne signerons rien"), "when": "mardi"}, "not an ISO"),
        ({**statement("x01-S01", ["martin"], "ne signerons rien"), "speaker_kind": "person"}, "speaker_kind"),
    ],
)
def test_check_statement(item: dict, problem: str | None) -> None:
    problems = check.check_statements([item], {"x01": TEXT})
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


def test_cues_of_two_speakers_must_not_share_half_their_words() -> None:
    mayor = statement("x01-S02", ["maire"], "juge le projet trop couteux")
    same_words = statement("x01-S01", ["martin"], "le projet trop couteux")
    assert check.check_statements([same_words, mayor], {"x01": TEXT})
    other = statement("x01-S01", ["martin"], "nous ne signerons rien cette semaine")
    assert check.check_statements([other, mayor], {"x01": TEXT}) == []
    # the same speaker (an alias in common) may repeat words
    again = statement("x01-S03", ["maire", "edile"], "le projet trop couteux")
    assert check.check_statements([again, mayor], {"x01": TEXT}) == []


def test_event_words_are_folded_and_cameo_is_a_root() -> None:
    good = {
        "id": "x01-E01",
        "doc": "x01",
        "types": ["greve", "strike"],
        "actor": None,
        "location": None,
        "when": "2022-10",
        "cameo": "14",
        "core": True,
    }
    assert check.check_events([good], {"x01": TEXT}) == []
    bad = {**good, "types": ["Grève"], "cameo": "145"}
    problems = check.check_events([bad], {"x01": TEXT})
    assert any("types" in p for p in problems) and any("cameo" in p for p in problems)


@pytest.mark.parametrize(
    ("title_first", "title", "text", "expected"),
    [
        (True, "Grève à la raffinerie", "guerre guerre guerre", "france"),
        (False, "Grève à la raffinerie", "guerre guerre guerre", "war"),
        (True, "Un jardin", "guerre et grève", "society"),
        (True, "Un jardin", "la grève, la grève, encore la grève", "france"),
    ],
)
def test_strata(title_first: bool, title: str, text: str, expected: str) -> None:
    strata = sample.Strata([("war", sample.WAR), ("france", sample.FRANCE)], "society", title_first)
    assert strata.of(title, text) == expected


def test_draw_excludes_taken_lines_and_their_texts(tmp_path: Path) -> None:
    body = "« Nous restons mobilisés », affirme la syndicaliste. " * 20  # 1,060 characters
    records = [
        {"description": body + str(i), "title": "Grève", "date": "2022-01-01", "url": f"u{i}"}
        for i in range(6)
    ]
    records.append({**records[1], "url": "copy"})  # the text of a taken line, elsewhere
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    taken = tmp_path / "sources.csv"
    taken.write_text("id,corpus_line\nt01,1\n", encoding="utf-8")
    runs = []
    for _ in range(2):
        out = io.StringIO()
        sample.draw(
            prefix="x",
            seed=7,
            quotas={"france": 4},
            strata=sample.Strata([("france", sample.FRANCE)], "other"),
            exclude=[taken],
            corpus=corpus,
            out=out,
        )
        runs.append(out.getvalue())
    rows = list(csv.DictReader(io.StringIO(runs[0])))
    assert runs[0] == runs[1]
    assert [r["id"] for r in rows] == ["x01", "x02", "x03", "x04"]
    assert {int(r["corpus_line"]) for r in rows} <= {0, 2, 3, 4, 5}


def corpus_or_skip() -> None:
    if not sample.CORPUS.exists():
        pytest.skip(f"{sample.CORPUS} is absent: the sets' texts are read from it")


@pytest.mark.parametrize(
    "name",
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
        "tvnews2022y",
        "tvnews2022z",
        "tvnews2022aa",
        "tvnews2022ab",
        "tvnews2022ac",
        "tvnews2022ad",
        "tvnews2022ae",
        "tvnews2022af",
        "tvnews2022ag",
        "tvnews2022ah",
        "tvnews2022ai",
        "tvnews2022aj",
        "tvnews2022ak",
        "tvnews2022al",
        "tvnews2022am",
        "tvnews2022an",
        "tvnews2022ao",
        "tvnews2022ap",
        "tvnews2022aq",
        "tvnews2022ar",
        "tvnews2022as",
        "tvnews2022at",
        "tvnews2022au",
        "tvnews2022av",
        "tvnews2022aw",
        "tvnews2022ax",
        "tvnews2022ay",
        "tvnews2022az",
        "tvnews2022ba",
        "tvnews2022bb",
        "tvnews2022bc",
        "tvnews2022bd",
        "tvnews2022be",
        "tvnews2022bf",
        "tvnews2022bg",
        "tvnews2022bh",
        "tvnews2022ae/second",
        "tvnews2022af/second",
        "tvnews2022al/second",
    ],
)
def test_gold_sets_pass_the_check(name: str) -> None:
    corpus_or_skip()
    done = subprocess.run([sys.executable, str(DEVGOLD / "check.py"), name], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow  # reads the whole corpus (~30 s each): b's strata rule, d's (c's is d's, other quotas)
# and e's, f's, g's, h's, i's, j's, k's, l's, m's, n's, o's, p's, q's, r's, s's, t's, u's, v's, w's,
# x's, y's and z's (d's rule, other seed, quotas and exclusions), timex2022b's (timex2022's rule, other seeds
# and exclusions)
@pytest.mark.parametrize(
    "name",
    [
        "tvnews2022b",
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
        "tvnews2022s",  # needs r's sources.csv beside it (tvnews2022r is excluded from s's draw)
        "tvnews2022t",  # needs r's and s's sources.csv beside it (both are excluded from t's draw)
        "tvnews2022u",  # needs r's, s's and t's sources.csv beside it (all excluded from u's draw)
        "tvnews2022v",  # needs r's, s's, t's and u's sources.csv beside it (all excluded from v's draw)
        "tvnews2022w",  # needs r's, s's, t's, u's and v's sources.csv beside it (all excluded from w's draw)
        "tvnews2022x",  # needs r's to w's sources.csv beside it (all excluded from x's draw)
        "tvnews2022y",  # needs r's to x's sources.csv beside it (all excluded from y's draw)
        "tvnews2022z",  # needs r's to y's sources.csv beside it (all excluded from z's draw)
        "tvnews2022aa",  # needs r's to z's sources.csv beside it (all excluded from aa's draw)
        "tvnews2022ab",  # needs r's to aa's sources.csv beside it (all excluded from ab's draw)
        "tvnews2022ac",  # needs r's to ab's sources.csv beside it (all excluded from ac's draw)
        "tvnews2022ad",  # needs r's to ac's sources.csv beside it (all excluded from ad's draw)
        "tvnews2022ae",  # needs r's to ad's sources.csv beside it (all excluded from ae's draw)
        "tvnews2022af",  # needs r's to ae's sources.csv beside it (all excluded from af's draw)
        "tvnews2022ag",  # needs r's to af's sources.csv beside it (all excluded from ag's draw)
        "tvnews2022ah",  # needs r's to ag's sources.csv beside it (all excluded from ah's draw)
        "tvnews2022ai",  # needs r's to ah's sources.csv beside it (all excluded from ai's draw)
        "tvnews2022aj",  # needs r's to ai's sources.csv beside it (all excluded from aj's draw)
        "tvnews2022ak",  # needs r's to aj's sources.csv beside it (all excluded from ak's draw)
        "tvnews2022al",  # needs r's to ak's sources.csv beside it (all excluded from al's draw)
        "tvnews2022am",  # needs r's to al's sources.csv beside it (all excluded from am's draw)
        "tvnews2022an",  # needs r's to am's sources.csv beside it (all excluded from an's draw)
        "tvnews2022ao",  # needs r's to an's sources.csv beside it (all excluded from ao's draw)
        "tvnews2022ap",  # needs r's to ao's sources.csv beside it (all excluded from ap's draw)
        "tvnews2022aq",  # needs r's to ap's sources.csv beside it (all excluded from aq's draw)
        "tvnews2022ar",  # needs r's to aq's sources.csv beside it (all excluded from ar's draw)
        "tvnews2022as",  # needs r's to ar's sources.csv beside it (all excluded from as's draw)
        "tvnews2022at",  # needs r's to as's sources.csv beside it (all excluded from at's draw)
        "tvnews2022au",  # needs r's to at's sources.csv beside it (all excluded from au's draw)
        "tvnews2022av",  # needs r's to au's sources.csv beside it (all excluded from av's draw)
        "tvnews2022aw",  # needs r's to av's sources.csv beside it (all excluded from aw's draw)
        "tvnews2022ax",  # needs r's to aw's sources.csv beside it (all excluded from ax's draw)
        "tvnews2022ay",  # needs r's to ax's sources.csv beside it (all excluded from ay's draw)
        "tvnews2022az",  # needs r's to ay's sources.csv beside it (all excluded from az's draw)
        "tvnews2022ba",  # needs r's to az's sources.csv beside it (all excluded from ba's draw)
        "tvnews2022bb",  # needs r's to ba's sources.csv beside it (all excluded from bb's draw)
        "tvnews2022bc",  # needs r's to bb's sources.csv beside it (all excluded from bc's draw)
        "tvnews2022bd",  # needs r's to bc's sources.csv beside it (all excluded from bd's draw)
        "tvnews2022be",  # needs r's to bd's sources.csv beside it (all excluded from be's draw)
        "tvnews2022bf",  # needs r's to be's sources.csv beside it (all excluded from bf's draw)
        "tvnews2022bg",  # needs r's to bf's sources.csv beside it (all excluded from bg's draw)
        "tvnews2022bh",  # needs r's to bg's sources.csv beside it (all excluded from bh's draw)
        "timex2022b",
    ],
)
def test_sample_redraws_the_sources(name: str) -> None:
    corpus_or_skip()
    drawn = subprocess.run(
        [sys.executable, str(DEVGOLD / name / "sample.py")], capture_output=True, text=True, check=True
    ).stdout
    assert drawn == (DEVGOLD / name / "sources.csv").read_text(encoding="utf-8")


def corpus_texts(name: str) -> dict[str, str]:
    """The texts of a set that lists corpus lines, by report id, checked against their SHA-1."""
    rows = list(csv.DictReader((DEVGOLD / name / "sources.csv").read_text(encoding="utf-8").splitlines()))
    by_line = {int(r["corpus_line"]): r for r in rows}
    texts: dict[str, str] = {}
    with gzip.open(sample.CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in by_line:
                row = by_line[i]
                texts[row["id"]] = json.loads(line)["description"]
                assert hashlib.sha1(texts[row["id"]].encode()).hexdigest() == row["sha1"], row["id"]
    assert len(texts) == len(rows)
    return texts


@pytest.mark.parametrize("name", ["timex2022", "timex2022b"])
def test_timex_gold_spans_are_the_texts_and_do_not_overlap(name: str) -> None:
    corpus_or_skip()
    texts = corpus_texts(name)
    gold = json.loads((DEVGOLD / name / "gold_timex.json").read_text(encoding="utf-8"))
    assert gold
    for g in gold:
        assert g["type"] in {"DATE", "TIME"}, g
        assert texts[g["doc"]][g["start"] : g["end"]] == g["text"], g
    spans = sorted((g["doc"], g["start"], g["end"]) for g in gold)
    for (doc, _, end), (doc2, start2, _) in itertools.pairwise(spans):
        assert doc != doc2 or end <= start2, (doc, doc2, end, start2)
