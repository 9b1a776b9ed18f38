"""Why a dated gold event whose type we find carries a wrong or missing date, classified by script
by mechanism (round 39, issue 17).

    .venv/bin/python benchmarks/event_date_census.py SAVE_DIR [--sets tvnews2022u,tvnews2022v] [-v]

SAVE_DIR holds the ``<set>.jsonl`` files that ``benchmarks/quality.py --save SAVE_DIR`` wrote (set
NEWSGRAPH_EVAL and NEWSGRAPH_BENCH_CORPUS as for it). The blind sets are never read. A gold event
counts when it has a "when", some system event of its report matches its type (as
``_gold_match.score_events`` matches) and none of those has a date that starts with the gold's. The
system event compared is the one that matches on agent and place, else the first. Classes, tried in
this order:

- ``none``: our event has no date.
- ``precision/ours-coarser`` / ``precision/ours-finer``: the gold's date and ours are one day's or
  month's prefix of the other's but do not start alike ("2022-W20" for "2022-05"; a month for a day).
- ``time-in-sentence/bound``: a time expression of the gold's value is in our event's sentence after
  "depuis", "dès", "à partir de" (the start of a period: "la guerre sévit depuis le 24 février").
- ``time-in-sentence/other-clause``: a time expression of the gold's value is in the sentence but
  our date is not it (the time hangs on another clause, a participle, a conjunct).
- ``future``: the gold's date is after the publication day (an announced event), no time of it in
  the sentence.
- ``story-day/lead`` / ``story-day/earlier`` / ``story-day/later``: no time of the gold's value in the
  sentence, but one in the report's lead (first two sentences), an earlier sentence, or only a
  later one, for an event of the last ``STORY_DAYS`` days before publication (the day the report's
  story tells) that we dated otherwise; ``/pub`` or ``/text`` says what our date came from.
- ``past/told-elsewhere``: an older event (more than ``STORY_DAYS`` before publication) whose date
  is said elsewhere in the report; ``past/not-in-text``: the gold's date is said nowhere (the
  annotator's knowledge: "la tempête Alex" of 2020, an anniversary).
- ``relative-anchor``: our date comes from the text and is one day or one week from the gold's
  (a weekday or "hier", "ce week-end" resolved against the wrong day).
- ``other``.

``-v`` prints each row (gold, ours, publication, the event's sentence).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality
from _gold_match import date_ok, event_agent_ok, event_place_ok, event_type_ok
from misses import saved_sets  # the open sets only: never the blind, held-out and being-annotated ones

Record = dict[str, Any]
STORY_DAYS = 7
BOUND = re.compile(r"(depuis|dès|à partir d[eu']|au début d[eu'])\s*(le |la |l'|ce |cette )?$", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«\"“])")


def day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def sentence_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in SENTENCE_END.finditer(text))]


def classify(e: Record, r: Record, recs: list[Record], text: str) -> str:
    ours, gold = str(r.get("date") or ""), str(e["when"])
    if not ours:
        return "none"
    if (gold.startswith(ours[:7]) and len(ours) < len(gold)) or ours.startswith("-W", 4):
        return "precision/ours-coarser"
    doc = e["doc"]
    pub = next(
        (str(x.get("published") or "") for x in recs if x.get("kind") == "document" and x.get("doc") == doc),
        "",
    )
    ev = r.get("evidence") or {}
    lo, hi = ev.get("start", -1), ev.get("end", -1)
    times = [
        x
        for x in recs
        if x.get("kind") == "time" and x.get("doc") == doc and str(x.get("value") or "").startswith(gold)
    ]
    inside = [x for x in times if lo <= x.get("start", -2) < hi]
    if inside:
        before = text[max(0, inside[0]["start"] - 25) : inside[0]["start"]]
        return "time-in-sentence/bound" if BOUND.search(before) else "time-in-sentence/other-clause"
    p, g = day(pub), day(gold + "-01" if len(gold) == 7 else gold)
    if p is not None and g is not None and g > p:
        return "future"
    src = "pub" if r.get("date_source") == "publication" else "text"
    recent = p is not None and g is not None and 0 <= (p - g).days <= STORY_DAYS and len(gold) >= 7
    if recent and (a := day(ours)) is not None and src == "text" and abs((a - g).days) in {1, 7}:
        return "relative-anchor"
    if recent and times:
        starts = sentence_starts(text)
        lead_end = starts[2] if len(starts) > 2 else len(text)
        if any(x.get("start", 0) < lead_end for x in times):
            return f"story-day/lead/{src}"
        if any(x.get("start", 0) < lo for x in times):
            return f"story-day/earlier/{src}"
        return f"story-day/later/{src}"
    if recent:
        return f"story-day/not-in-text/{src}"
    if times:
        return "past/told-elsewhere"
    return "past/not-in-text"


def census(
    name: str,
    gold: list[Record],
    recs: list[Record],
    text_of: dict[str, str],
    counts: dict[str, Counter[str]],
    verbose: bool,
) -> None:
    sys_ev = [r for r in recs if r.get("kind") == "event"]
    for e in gold:
        same = [r for r in sys_ev if r.get("doc") == e["doc"] and event_type_ok(e, r)]
        if not e.get("when") or not same or any(date_ok(e["when"], r) for r in same):
            continue
        r = next((r for r in same if event_agent_ok(e, r) and event_place_ok(e, r)), same[0])
        c = classify(e, r, recs, text_of.get(e["doc"], ""))
        counts[c][name] += 1
        if verbose:
            pub = next(
                (
                    x.get("published")
                    for x in recs
                    if x.get("kind") == "document" and x.get("doc") == e["doc"]
                ),
                "",
            )
            ev = (r.get("evidence") or {}).get("text", "")[:200]
            print(
                f"{name}\t{e['id']}\t{c}\tgold={e['when']}\tours={r.get('date')}\tpub={pub}\t{r.get('trigger')}\t{ev}"
            )


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    save = Path(args[0])
    only = set(args[2].split(",")) if len(args) > 2 and args[1] == "--sets" else None
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    names: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="evdate_census_"))
    for s, recs, gold in saved_sets(save, "events", only):
        names.append(s.name)
        texts = quality.doc_texts(s.folder(tmp))
        census(s.name, gold, recs, texts, counts, verbose)
    short = [n.replace("tvnews2022", "") or "tv" for n in names]
    print(f"\n{'class':34s} " + " ".join(f"{n:>4s}" for n in short) + "  total  sets")
    for c in sorted(counts, key=lambda c: -sum(counts[c].values())):
        row = counts[c]
        cells = " ".join(f"{row.get(n, 0):4d}" for n in names)
        print(f"{c:34s} {cells}  {sum(row.values()):5d}  {sum(1 for n in names if row.get(n))}")


if __name__ == "__main__":
    main()
