"""Our events that match no gold event, each put in one class by script, over every open development
set (round 33, evt33x; ``event_dup_census.py`` counts only the repeats).

    .venv/bin/python benchmarks/event_unmatched_census.py SAVE_DIR [--sets a,b] [--show CLASS] [-n N]

SAVE_DIR holds the ``<set>.jsonl`` files that ``benchmarks/quality.py --save SAVE_DIR`` wrote (set
NEWSGRAPH_EVAL and NEWSGRAPH_BENCH_CORPUS as for it: the texts are read again from the corpus for the
quotation test). The blind sets are never read. An event is unmatched when no gold event of its report
accepts its type (``event_type_ok``, as event precision counts). The classes, the first that holds:

``c-negated``, ``c-hypothetical``, ``c-future``: our own modality (the gold leaves out what did not
happen or only may; it keeps a planned event).
``g-quoted``: the trigger stands inside « » or "" in the text (someone's words). ``a-repeat``: another
of our events in the report has its type or its trigger's first five letters. ``b-typed-otherwise``:
a gold event of the report that none of ours matches has its agent or its place among ours (the
gold's happening named by another type; left to the trigger helpers). ``e-background``: dated in the
text more than 40 days before the publication, or told in the pluperfect. ``d-generic``: its sentence
has a word of repetition or of a kind ("chaque", "souvent", "de plus en plus", "en général").
``h-other``: none of these (a word that is no happening in its sense, a secondary happening the
annotators left out, a happening of the report they did not annotate: read them, ``--show h-other``).
The classes are a script's guess; the report's counts of read rows say how often each is right.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality
from _gold_match import event_agent_ok, event_place_ok, event_type_ok, norm
from misses import saved_sets  # the open sets only: never the blind, held-out and being-annotated ones

Record = dict[str, Any]

PLUPERFECT = re.compile(
    r"\b(avait|avaient|étai(?:t|en)t|s'était|s'étaient)\s+\w+(?:é|és|ée|ées|i|is|u|us|t)\b"
)
GENERIC = re.compile(
    r"\b(chaque|souvent|régulièrement|fréquemment|de plus en plus|en général|généralement|parfois"
    r"|tous les ans|toutes les|rarement|habituellement)\b",
    re.I,
)


def quoted(text: str, at: int) -> bool:
    """The position lies inside « » or between an odd number of straight double quotes."""
    before = text[:at]
    start = max(before.rfind("\n"), 0)
    line = before[start:]
    opened = line.count("«") - line.count("»") + line.count("“") - line.count("”")
    return opened > 0 or line.count('"') % 2 == 1


def days_before(r: Record, published: str | None) -> int:
    when = str(r.get("date") or "")
    if r.get("date_source") != "text" or not published or not re.match(r"\d{4}-\d{2}-\d{2}$", when):
        return 0
    return (date.fromisoformat(published[:10]) - date.fromisoformat(when)).days


def classify(r: Record, ours: list[Record], golds: list[Record], text: str, published: str | None) -> str:
    if r.get("modality") in {"negated", "hypothetical"}:
        return f"c-{r.get('modality')}"
    if r.get("modality") == "future":
        return "c-future"
    ev = r.get("evidence") or {}
    trig = norm(r.get("trigger"))
    at = text.lower().find(str(r.get("trigger") or "").lower(), ev.get("start", 0)) if trig else -1
    if at >= 0 and quoted(text, at):
        return "g-quoted"
    if any(
        o is not r and (o.get("type") == r.get("type") or norm(o.get("trigger"))[:5] == trig[:5])
        for o in ours
    ):
        return "a-repeat"
    missed = [g for g in golds if not any(event_type_ok(g, o) for o in ours)]
    if any((g["actor"] and event_agent_ok(g, r)) or (g["location"] and event_place_ok(g, r)) for g in missed):
        return "b-typed-otherwise"
    sentence = ev.get("text", "")
    if days_before(r, published) > 40 or PLUPERFECT.search(sentence):
        return "e-background"
    if GENERIC.search(sentence):
        return "d-generic"
    return "h-other"


def brief(r: Record) -> str:
    loc = r.get("location")
    place = loc.get("name") if isinstance(loc, dict) else None
    actors = [(a.get("name"), a.get("role")) for a in r.get("actors") or []]
    return f"{r.get('type')}:{r.get('trigger')} [{r.get('modality')}] {actors} @{place} {r.get('date')}"


def main() -> None:
    args = sys.argv[1:]
    save = Path(args[0])
    opt = dict(zip(args[1::2], args[2::2], strict=False))
    only = set(opt["--sets"].split(",")) if "--sets" in opt else None
    show, n = opt.get("--show"), int(opt.get("-n", "40"))
    counts: Counter[str] = Counter()
    by_set: dict[str, Counter[str]] = defaultdict(Counter)
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for s, recs, events in saved_sets(save, "events", only, set_docs=True):  # quality.py's reports
            texts = quality.doc_texts(s.folder(Path(tmp)))
            published = {r["doc"]: r.get("published") for r in recs if r.get("kind") == "document"}
            gold: dict[str, list[Record]] = defaultdict(list)
            for e in events:
                gold[e["doc"]].append(e)
            ours: dict[str, list[Record]] = defaultdict(list)
            for r in recs:
                if r.get("kind") == "event":
                    ours[r["doc"]].append(r)
            for doc, evs in ours.items():
                for r in evs:
                    counts["events"] += 1
                    if any(event_type_ok(g, r) for g in gold[doc]):
                        counts["matched"] += 1
                        counts[f"matched, {r.get('modality')}"] += 1
                        continue
                    c = classify(r, evs, gold[doc], texts.get(doc, ""), published.get(doc))
                    counts["unmatched"] += 1
                    counts[c] += 1
                    by_set[s.name][c] += 1
                    if show is not None and c.startswith(show):
                        ev = (r.get("evidence") or {}).get("text", "")[:260]
                        shown.append(f"{s.name}\t{doc}\t{c}\n  OURS {brief(r)}\n  EV   {ev}")
    print(f"events {counts['events']}, matched {counts['matched']}, unmatched {counts['unmatched']}")
    for c, k in sorted(counts.items()):
        if c not in {"events", "matched", "unmatched"}:
            print(f"  {c:30s} {k:5d}")
    random.Random(33).shuffle(shown)
    for line in shown[:n]:
        print(line)


if __name__ == "__main__":
    main()
