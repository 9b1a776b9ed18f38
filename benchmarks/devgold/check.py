"""Consistency check of a development gold set annotated by reading (tvnews2022b, c, d).

    python benchmarks/devgold/check.py tvnews2022d [CORPUS]
    python benchmarks/devgold/check.py tvnews2022ae/second   # a second annotation of a set

Reads the set's reports from the 2022 corpus by ``sources.csv`` (refusing a text whose SHA-1
differs) and checks, without running any extractor:

- every field of every item is there with the right type, ids are unique and every ``doc`` is a
  report of the set;
- every cue occurs in its report's text (accents, case, quotation marks and brackets ignored);
- speaker aliases and event words (types, actor, location) are written as the scorer compares them:
  lowercase and accent-free, without surrounding spaces;
- no cue shares half its words with a cue of another speaker of the same report (the scorer's
  content match would then credit one statement to two speakers); two items are the same speaker
  when their aliases share one.

Prints one line per problem and exits 1 if there is any, else prints the set's counts.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from _gold_match import norm, toks  # noqa: E402
from sample import CORPUS  # noqa: E402

KINDS = {"named", "title", "anonymous", "collective", "pronoun"}
STATEMENT_FIELDS = {
    "id": str,
    "doc": str,
    "speaker": list,
    "cue": str,
    "negotiation": bool,
    "core": bool,
    "direct": bool,
    "speaker_kind": str,
}
EVENT_FIELDS = {"id": str, "doc": str, "types": list, "core": bool}
WHEN = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
QUOTES = re.compile(r"[«»“”„\"()\[\]]|\.\.\.|…")


def flat(text: str) -> str:
    """The text as cues are compared with it: folded, without quotation marks and brackets."""
    return re.sub(r"\s+", " ", QUOTES.sub(" ", norm(text))).strip()


def texts(folder: Path, corpus: Path) -> dict[str, str]:
    """The set's reports; a second annotation in a subfolder reads its set's ``sources.csv``."""
    sources = folder / "sources.csv"
    if not sources.exists():
        sources = folder.parent / "sources.csv"
    rows = list(csv.DictReader(sources.read_text(encoding="utf-8").splitlines()))
    wanted = {int(r["corpus_line"]): r for r in rows}
    out: dict[str, str] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in wanted:
                text = json.loads(line)["description"]
                if hashlib.sha1(text.encode()).hexdigest() != wanted[i]["sha1"]:
                    raise SystemExit(f"line {i} of {corpus} is not the text annotated as {wanted[i]['id']}")
                out[wanted[i]["id"]] = text
    return out


def folded(words: Any) -> bool:
    return all(isinstance(w, str) and w == norm(w).strip() and w for w in words)


def check_fields(item: dict[str, Any], fields: dict[str, type], docs: dict[str, str]) -> list[str]:
    problems = [
        f"{item.get('id')}: {k} is not a {t.__name__}"
        for k, t in fields.items()
        if not isinstance(item.get(k), t)
    ]
    if item.get("doc") not in docs:
        problems.append(f"{item.get('id')}: doc {item.get('doc')!r} is not a report of the set")
    when = item.get("when")
    if when is not None and not (isinstance(when, str) and WHEN.fullmatch(when)):
        problems.append(f"{item.get('id')}: when {when!r} is not an ISO year, month or day")
    return problems


def check_statements(items: list[dict[str, Any]], docs: dict[str, str]) -> list[str]:
    problems: list[str] = []
    for s in items:
        problems += check_fields(s, STATEMENT_FIELDS, docs)
        if s.get("speaker_kind") not in KINDS:
            problems.append(f"{s['id']}: speaker_kind {s.get('speaker_kind')!r}")
        if not s.get("speaker") or not folded(s["speaker"]):
            problems.append(f"{s['id']}: speaker aliases not lowercase accent-free: {s.get('speaker')}")
        if s.get("doc") in docs and flat(s["cue"]) not in flat(docs[s["doc"]]):
            problems.append(f"{s['id']}: cue not in the text: {s['cue']!r}")
        if not 3 <= len(toks(s["cue"])) <= 12:
            problems.append(f"{s['id']}: cue of {len(toks(s['cue']))} words: {s['cue']!r}")
    for a in items:
        for b in items:
            if a["id"] >= b["id"] or a["doc"] != b["doc"] or set(a["speaker"]) & set(b["speaker"]):
                continue
            for x, y in ((a, b), (b, a)):
                shared = toks(x["cue"]) & toks(y["cue"])
                if len(shared) / len(toks(x["cue"])) >= 0.5:
                    problems.append(f"{x['id']}: cue shares half its words with {y['id']} (another speaker)")
    return problems


def check_events(items: list[dict[str, Any]], docs: dict[str, str]) -> list[str]:
    problems: list[str] = []
    for e in items:
        problems += check_fields(e, EVENT_FIELDS, docs)
        for k in ("types", "actor", "location"):
            if e.get(k) is not None and (not e[k] or not folded(e[k])):
                problems.append(f"{e['id']}: {k} not lowercase accent-free: {e[k]}")
        cameo = e.get("cameo")
        if cameo is not None and not (isinstance(cameo, str) and re.fullmatch(r"\d\d", cameo)):
            problems.append(f"{e['id']}: cameo {cameo!r} is not a 2-digit root")
    return problems


def counts(statements: list[dict[str, Any]], events: list[dict[str, Any]]) -> str:
    kinds = Counter(s["speaker_kind"] for s in statements)
    roots = Counter(e["cameo"] or "none" for e in events)
    return (
        f"{len(statements)} statements ({sum(s['core'] for s in statements)} core, "
        f"{sum(s['direct'] for s in statements)} direct, {sum(s['negotiation'] for s in statements)} "
        f"negotiation, {sum(s['when'] is not None for s in statements)} dated) in "
        f"{len({s['doc'] for s in statements})} reports; kinds {dict(sorted(kinds.items()))}\n"
        f"{len(events)} events ({sum(e['core'] for e in events)} core, "
        f"{sum(e['when'] is not None for e in events)} dated) in {len({e['doc'] for e in events})} reports; "
        f"CAMEO {dict(sorted(roots.items()))}"
    )


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    folder = HERE / argv[1]
    corpus = Path(argv[2]) if len(argv) > 2 else CORPUS
    docs = texts(folder, corpus)
    statements = json.loads((folder / "statements.json").read_text(encoding="utf-8"))["statements"]
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))["events"]
    ids = Counter(x["id"] for x in statements + events)
    problems = [f"{i}: id used {n} times" for i, n in ids.items() if n > 1]
    problems += check_statements(statements, docs) + check_events(events, docs)
    print("\n".join(problems) if problems else counts(statements, events))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
