"""Which of our events match no gold event, and how many are another mention of a happening we already
report, classified by script over every open development set (round 32, evt32m).

    .venv/bin/python benchmarks/event_dup_census.py SAVE_DIR [--sets tvnews2022u,tvnews2022v] [-v]

SAVE_DIR holds the ``<set>.jsonl`` files that ``benchmarks/quality.py --save SAVE_DIR`` wrote (set
NEWSGRAPH_EVAL and NEWSGRAPH_BENCH_CORPUS as for it). The blind sets are never read. Event precision
counts a system event as matched when some gold event of its report accepts its type (type or trigger
words, ``event_type_ok``); each unmatched event is put in one class:

``same-type-as-ours``: another of our events in the report has its type (a second mention we output
twice, or two happenings of one type); ``(matched)`` when that other event matches a gold event, and
``same-trigger`` when the two triggers read alike. ``type-of-matched-gold``: none of ours shares its
type, but a gold event of the report has our type's words in its own type list (the gold names the
happening by other words). ``other``: neither (an event nobody annotated). ``-v`` prints each event of
the first class with its report's other event of that type.

The matched events that share their type with another of ours are counted too: a second mention of
an annotated happening counts as matched, so merging it into the first lowers the figure; only a
merge of two unmatched mentions raises it.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _gold_match import event_type_ok, norm
from misses import saved_sets  # the open sets only: never the blind, held-out and being-annotated ones

Record = dict[str, Any]


def brief(r: Record) -> str:
    loc = r.get("location")
    place = loc.get("name") if isinstance(loc, dict) else None
    actors = [(a.get("name"), a.get("role")) for a in r.get("actors") or []]
    return f"{r.get('type')}:{r.get('trigger')}|{actors}|{place}|{r.get('date')}"


def classify(r: Record, doc_events: list[Record], golds: list[Record]) -> str:
    others = [o for o in doc_events if o is not r and o.get("type") == r.get("type")]
    if others:
        matched = any(any(event_type_ok(g, o) for g in golds) for o in others)
        alike = any(norm(o.get("trigger")) == norm(r.get("trigger")) for o in others)
        return "same-type-as-ours" + ("(matched)" if matched else "") + ("/same-trigger" if alike else "")
    words = norm(r.get("type")).replace("_", " ").split()
    if any(any(w in t for w in words for t in g["types"]) for g in golds):
        return "type-of-matched-gold"
    return "other"


def census(name: str, gold: list[Record], recs: list[Record], counts: Counter[str], verbose: bool) -> None:
    sys_ev = [r for r in recs if r.get("kind") == "event"]
    by_doc: dict[str, list[Record]] = defaultdict(list)
    for e in gold:
        by_doc[e["doc"]].append(e)
    ours: dict[str, list[Record]] = defaultdict(list)
    for r in sys_ev:
        ours[r["doc"]].append(r)
    counts["events"] += len(sys_ev)
    for r in sys_ev:
        golds = by_doc[r["doc"]]
        if any(event_type_ok(g, r) for g in golds):
            counts["matched"] += 1
            if any(o is not r and o.get("type") == r.get("type") for o in ours[r["doc"]]):
                counts["matched, same type as another of ours"] += 1  # a repeat here counts as matched
            continue
        c = classify(r, ours[r["doc"]], golds)
        counts["unmatched"] += 1
        counts[c] += 1
        if verbose and c.startswith("same-type"):
            other = next(o for o in ours[r["doc"]] if o is not r and o.get("type") == r.get("type"))
            print(f"{name}\t{r['doc']}\t{c}\n  OURS  {brief(r)}\n  OTHER {brief(other)}")
            print(f"  EV  {(r.get('evidence') or {}).get('text', '')[:200]}")


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    save = Path(args[0])
    only = set(args[2].split(",")) if len(args) > 2 and args[1] == "--sets" else None
    counts: Counter[str] = Counter()
    for s, recs, gold in saved_sets(save, "events", only, set_docs=True):  # quality.py's reports
        census(s.name, gold, recs, counts, verbose)
    print(f"events {counts['events']}, matched {counts['matched']}, unmatched {counts['unmatched']}")
    for c, n in counts.most_common():
        if c not in {"events", "matched", "unmatched"}:
            print(f"  {c:45s} {n:5d}")


if __name__ == "__main__":
    main()
