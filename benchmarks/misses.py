"""Miss census over every open development set: what to work on, chosen by how often it recurs.

    .venv/bin/python benchmarks/misses.py SAVE_DIR {events,statements} [--sets tvnews2022r,tvnews2022s]

SAVE_DIR holds the ``<set>.jsonl`` files that ``benchmarks/quality.py --save SAVE_DIR`` wrote (set
NEWSGRAPH_EVAL and NEWSGRAPH_BENCH_CORPUS as for it). The sets of ``BLIND`` (held out this round,
or being annotated) are never read.
Prints one line per missed gold item with its failure class (events: no-type, agent, place,
agent+place; statements: not-found or speaker-wrong, by construction and speaker kind) and what the
system gave, then the count of each class, so that a rule is chosen for a class that recurs across
sets rather than for one set's sentences (round 28).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality
from _gold_match import (
    construction,
    content_match,
    event_agent_ok,
    event_place_ok,
    event_type_ok,
    speaker_match,
)

BLIND = {
    "tvnews2022d",
    "tvnews2022f",
    "tvnews2022g",
    "tvnews2022i",
    "tvnews2022k",
    "tvnews2022bc",  # annotated in round 44; held out in rounds 45 and 46
    "tvnews2022bd",  # annotated in round 44; held out in rounds 45 and 46
    "tvnews2022be",  # annotated in round 45; held out in rounds 46 and 47
    "tvnews2022bf",  # annotated in round 45; held out in rounds 46 and 47
    "tvnews2022bg",  # annotated in round 46; held out in rounds 47 and 48
    "tvnews2022bh",  # annotated in round 46; held out in rounds 47 and 48
}


Records = list[dict[str, Any]]


def saved_sets(
    save: Path, kind: str, only: set[str] | None = None, *, set_docs: bool = False
) -> Iterator[tuple[quality.GoldSet, Records, Records]]:
    """The open sets (never BLIND; only those named in ``only`` when given) with a saved run in ``save``
    (``quality.py --save``) and gold of ``kind`` ("events" or "statements"): each set, our records and
    its gold items. With ``set_docs``, only the records of the reports a set names (``GoldSet.docs``,
    the seeds'), as quality.py scores them."""
    for s in quality.SETS:
        if s.name in BLIND or (only and s.name not in only):
            continue
        out = save / f"{s.name}.jsonl"
        path = s.events if kind == "events" else s.statements
        if path is None or not out.exists() or not Path(path).exists():
            continue
        recs = [json.loads(x) for x in out.read_text().splitlines() if x.strip()]
        if set_docs and s.docs:
            recs = [r for r in recs if r.get("doc") in s.docs]
        yield s, recs, json.loads(Path(path).read_text())[kind]


def statement_found(g: dict[str, Any], stmts: Records) -> tuple[Records, bool]:
    """Our statements of a gold statement's report whose content matches its cue, and whether one of
    them gives it to its speaker (the gold statement is found)."""
    cands = [r for r in stmts if r.get("doc") == g["doc"] and content_match(g["cue"], r.get("content", ""))]
    return cands, any(speaker_match(g["speaker"], r.get("speaker", {}).get("name", "")) for r in cands)


def actor_names(r: dict[str, Any]) -> list[str]:
    return [a.get("name") for a in r.get("actors") or []]


def place_name(r: dict[str, Any]) -> Any:
    loc = r.get("location")
    return loc.get("name") if isinstance(loc, dict) else loc


def event_misses(
    name: str, gold: list[dict[str, Any]], recs: list[dict[str, Any]], counts: Counter[str]
) -> None:
    sys_ev = [r for r in recs if r.get("kind") == "event"]
    for e in gold:
        same = [r for r in sys_ev if r.get("doc") == e["doc"] and event_type_ok(e, r)]
        if any(event_agent_ok(e, r) and event_place_ok(e, r) for r in same):
            continue
        agent = any(event_agent_ok(e, r) for r in same)
        place = any(event_place_ok(e, r) for r in same)
        if not same:
            why = "no-type"
        elif not agent:
            why = "agent" if place else "agent+place"
        else:
            why = "place" if not place else "agent/place-split"
        counts[why] += 1
        got = "; ".join(
            f"{r.get('type')}|{r.get('trigger')}|{actor_names(r)}|{place_name(r)}" for r in same[:3]
        )
        print(
            f"{name}\t{e['doc']}\t{why}\tcameo={e.get('cameo')}\ttypes={e['types']}\t"
            f"actor={e['actor']}\tloc={e['location']}\tSYS: {got}"
        )


def statement_misses(
    s: Any, gold: list[dict[str, Any]], recs: list[dict[str, Any]], counts: Counter[str]
) -> None:
    stmts = [r for r in recs if r.get("kind") == "statement"]
    texts = quality.doc_texts(s.folder(Path(tempfile.mkdtemp(prefix="misses_"))))
    for g in gold:
        cands, said = statement_found(g, stmts)
        if said:
            continue
        why = "speaker-wrong" if cands else "not-found"
        cons = construction(g, texts.get(g["doc"]))
        counts[f"{why}/{cons}/{g.get('speaker_kind')}"] += 1
        got = "; ".join(r.get("speaker", {}).get("name", "") for r in cands[:2])
        print(
            f"{s.name}\t{g['doc']}\t{why}\t{cons}\t{g.get('speaker_kind')}\tspk={g['speaker']}\t"
            f"cue={g['cue']!r}\tSYS: {got}"
        )


def main() -> None:
    save, kind = Path(sys.argv[1]), sys.argv[2]
    only = set(sys.argv[4].split(",")) if len(sys.argv) > 4 and sys.argv[3] == "--sets" else None
    counts: Counter[str] = Counter()
    for s, recs, gold in saved_sets(save, kind, only):
        if kind == "events":
            event_misses(s.name, gold, recs, counts)
        else:
            statement_misses(s, gold, recs, counts)
    print("\n# counts")
    for k, v in counts.most_common():
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main()
