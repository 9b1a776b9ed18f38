"""Why an event whose type we find loses on its agent or its place, classified by script over every
open development set (round 30).

    .venv/bin/python benchmarks/event_arg_census.py SAVE_DIR [--sets tvnews2022u,tvnews2022v] [-v] [--core]

SAVE_DIR holds the ``<set>.jsonl`` files that ``benchmarks/quality.py --save SAVE_DIR`` wrote (set
NEWSGRAPH_EVAL and NEWSGRAPH_BENCH_CORPUS as for it). The blind sets are never read. For each gold
event that a system event of the same report matches on type but not on agent (or place), the best
such system event (the one that matches on the other argument, else the first) is compared with the
gold and the report's text, and the miss is put in one class:

agent: ``none`` (our event names no actor) or ``wrong`` (it names others), crossed with where the
gold agent's words are: ``same-sentence`` (in the event's own sentence), ``other-sentence``
(elsewhere in the report), ``not-in-text`` (the annotator's paraphrase or a demonym: "russe" for
"l'armée russe" is in the text, "Russie" for "les Russes" is not); and for ``wrong``, whether our
actor and the gold overlap (``span-overlap``: they share a word), ours is a common noun
(``generic-ours``), ours is the country of a demonym the gold lists (``gold-demonym/ours-country``:
gold "russes", ours "Russie") or another actor (``other-actor``); ``(pronoun)`` marks an event
sentence with a subject pronoun, ``(another-mention)`` an agent found in another sentence that also
holds one of the gold's type stems (our event is likely another mention, not the gold's).
``--parse`` also prints, for agents in the same sentence, how the gold's word hangs on the trigger
in the parse (PATH lines). place: ``none``/``wrong`` crossed with ``same-sentence``, ``lead`` (the
report's first sentence), ``other-sentence``, ``not-in-text``; ``wrong`` also says when ours is a
country and the gold is not (``country-for-local``), or when the text writes one of them with the
other in brackets (``town-vs-its-region``: "Bessèges (Gard)", the same place at two scales).
date (round 33): for a dated gold event whose type we find on no event of the right date, ``date-none`` or
``date-wrong/<source>/<gap>/<where>``: our date's source (``publication`` or ``text``), the gap
(``-1d``/``+1d``: a day before or after the gold's, ``same-month``, ``other``; ``gold-is-pub``
when the gold's date is the report's publication day) and where a time expression of the gold's
value is (``time-in-sentence``: in our event's sentence, ``time-elsewhere``, ``no-time``).
``--core`` (round 36) keeps the gold's core events only (``"core": true``: what a report is about).
``-v`` also prints, for an ``(another-mention)`` miss, that other sentence (MENTION lines, round 37).
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
from _gold_match import date_ok, event_agent_ok, event_place_ok, event_type_ok, norm
from misses import saved_sets  # the open sets only: never the blind, held-out and being-annotated ones

from newsgraph.geo_demonyms import demonym_country

NLP: list[Any] = []
PRONOUN = re.compile(r"[\s«\"](?:[Ii]ls?|[Ee]lles?|[Oo]n|[Cc]elui-ci|[Cc]elle-ci)\s")
COUNTRIES_HINT = re.compile(
    r"^(france|ukraine|russie|etats-unis|allemagne|royaume-uni|italie|espagne|chine)$"
)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«\"“])", text) if s.strip()]


def demonym_of(golds: list[str], evidence: str) -> bool:
    for w in re.findall(r"\w+", evidence):
        c = demonym_country(w.lower())
        if c and any(g in norm(c) for g in golds):
            return True
    return False


def another_mention(e: dict[str, Any], r: dict[str, Any], text: str) -> bool:
    ev = norm((r.get("evidence") or {}).get("text", ""))
    return any(
        any(t in n for t in e["types"]) and any(a in n for a in e["actor"])
        for n in (norm(x) for x in sentences(text))
        if n.strip() and n not in ev and ev not in n
    )


def mention_sentence(e: dict[str, Any], text: str) -> str:
    """The first sentence of the report that holds one of the gold's type stems and its agent."""
    for x in sentences(text):
        n = norm(x)
        if any(t in n for t in e["types"]) and any(a in n for a in e["actor"]):
            return x
    return ""


def mention_detail(e: dict[str, Any], text: str, doc_events: list[dict[str, Any]]) -> str:
    """What the system made of the sentence that holds the gold's type stem and agent: an event of
    the gold's type there (whose agent is then missed in its own sentence), an event of another
    type (a typing miss) or none (a trigger miss)."""
    gold_sents = [
        n
        for n in (norm(x) for x in sentences(text))
        if any(t in n for t in e["types"]) and any(a in n for a in e["actor"])
    ]
    there = [
        r
        for r in doc_events
        if any(
            (ev := norm((r.get("evidence") or {}).get("text", ""))) and (ev in n or n in ev)
            for n in gold_sents
        )
    ]
    if any(event_type_ok(e, r) for r in there):
        return "its-sentence:same-type-no-agent"
    return "its-sentence:other-type" if there else "its-sentence:no-event"


def where(words: list[str], evidence: str, text: str) -> str:
    ev, sents = norm(evidence), [norm(s) for s in sentences(text)]
    if any(w in ev for w in words):
        return "same-sentence"
    if sents and any(w in sents[0] for w in words):
        return "lead"
    if any(w in norm(text) for w in words):
        return "other-sentence"
    return "not-in-text"


def agent_class(e: dict[str, Any], r: dict[str, Any], text: str) -> str:
    actors = [a for a in r.get("actors") or []]
    loc = where(e["actor"], (r.get("evidence") or {}).get("text", ""), text)
    loc = "other-sentence" if loc == "lead" else loc
    if loc == "other-sentence" and another_mention(e, r, text):
        loc += "(another-mention)"  # a sentence with the gold's type stem and agent: not our event's
    elif loc != "same-sentence" and PRONOUN.search(" " + (r.get("evidence") or {}).get("text", "") + " "):
        loc += "(pronoun)"
    if not actors:
        return f"agent-none/{loc}"
    if not any(a.get("role") == "agent" for a in actors):
        return f"agent-none(only-target)/{loc}"
    names = [norm(a.get("name")) for a in actors]
    gw = {w for g in e["actor"] for w in re.findall(r"\w{4,}", g)}
    overlap = any(gw & set(re.findall(r"\w{4,}", n)) for n in names)
    generic = all(a.get("type") == "group" and a.get("name", "")[:1].islower() for a in actors)
    sub = "span-overlap" if overlap else ("generic-ours" if generic else "other-actor")
    if not overlap and any(
        (c := demonym_country(w)) and norm(c) in names for g in e["actor"] for w in re.findall(r"\w+", g)
    ):
        sub = "gold-demonym/ours-country"  # gold "russes", ours "Russie": the gold's alias list
    return f"agent-wrong/{sub}/{loc}"


def place_class(e: dict[str, Any], r: dict[str, Any], text: str) -> str:
    locf = r.get("location")
    ours = norm(locf.get("name") if isinstance(locf, dict) else locf)
    loc = where(e["location"], (r.get("evidence") or {}).get("text", ""), text)
    if loc == "not-in-text" and demonym_of(e["location"], (r.get("evidence") or {}).get("text", "")):
        loc = "demonym-in-sentence"
    if not ours:
        return f"place-none/{loc}"
    gold_country = any(COUNTRIES_HINT.match(g) for g in e["location"])
    sub = "country-for-local" if COUNTRIES_HINT.match(ours) and not gold_country else "other"
    if any(ours in g or g in ours for g in e["location"]):
        sub = "span"
    nt = norm(text)
    if any(f"{ours} ({g}" in nt or f"{g} ({ours}" in nt for g in e["location"]):
        sub = "town-vs-its-region"  # "Bessèges (Gard)": gold and ours are the same place at two scales
    return f"place-wrong/{sub}/{loc}"


def day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def date_class(e: dict[str, Any], r: dict[str, Any], recs: list[dict[str, Any]]) -> str:
    ours, gold = str(r.get("date") or ""), str(e["when"])
    if not ours:
        return "date-none"
    pub = next(
        (
            str(x.get("published") or "")
            for x in recs
            if x.get("kind") == "document" and x.get("doc") == e["doc"]
        ),
        "",
    )
    gap = "same-month" if ours[:7] == gold[:7] else "other"
    if (a := day(ours)) is not None and (b := day(gold)) is not None and abs((a - b).days) == 1:
        gap = f"{(a - b).days:+d}d"
    if pub and pub.startswith(gold):
        gap += ",gold-is-pub"
    ev = r.get("evidence") or {}
    times = [
        x
        for x in recs
        if x.get("kind") == "time" and x.get("doc") == e["doc"] and str(x.get("value") or "").startswith(gold)
    ]
    inside = any(ev.get("start", -1) <= x.get("start", -2) < ev.get("end", -1) for x in times)
    found = "time-in-sentence" if inside else ("time-elsewhere" if times else "no-time")
    return f"date-wrong/{r.get('date_source') or '?'}/{gap}/{found}"


def described(r: dict[str, Any]) -> str:
    locf = r.get("location")
    place = locf.get("name") if isinstance(locf, dict) else None
    return f"{r.get('trigger')}|{[(a.get('name'), a.get('role')) for a in r.get('actors') or []]}|{place}"


def census(
    name: str,
    gold: list[dict[str, Any]],
    recs: list[dict[str, Any]],
    texts: dict[str, str],
    counts: dict[str, Counter[str]],
    verbose: bool,
) -> None:
    sys_ev = [r for r in recs if r.get("kind") == "event"]
    for e in gold:
        same = [r for r in sys_ev if r.get("doc") == e["doc"] and event_type_ok(e, r)]
        if e.get("when") and same and not any(date_ok(e["when"], r) for r in same):
            r = next((r for r in same if event_agent_ok(e, r) and event_place_ok(e, r)), same[0])
            c = date_class(e, r, recs)
            counts[c][name] += 1
            if verbose:
                ev = (r.get("evidence") or {}).get("text", "")[:160]
                print(
                    f"{name}\t{e['id']}\t{c}\twhen={e['when']}\t"
                    f"SYS: {r.get('trigger')}|{r.get('date')}\tEV: {ev}"
                )
        if not same or any(event_agent_ok(e, r) and event_place_ok(e, r) for r in same):
            continue
        text = texts.get(e["doc"], "")
        out = []
        if not any(event_agent_ok(e, r) for r in same):
            r = next((r for r in same if event_place_ok(e, r)), same[0])
            out.append(agent_class(e, r, text))
        if not any(event_place_ok(e, r) for r in same):
            r = next((r for r in same if event_agent_ok(e, r)), same[0])
            out.append(place_class(e, r, text))
        if not out:
            out.append("agent/place-split")
        if any("another-mention" in c for c in out):
            doc_events = [r for r in sys_ev if r.get("doc") == e["doc"]]
            out.append("  another-mention: " + mention_detail(e, text, doc_events))
            if verbose:  # the sentence that holds the gold's type stem and agent (round 37)
                print(f"MENTION\t{name}\t{e['id']}\t{mention_sentence(e, text)[:220]}")
        for c in out:
            counts[c][name] += 1
            if verbose and c.startswith("agent") and c.endswith("same-sentence") and NLP:
                ev0 = (same[0].get("evidence") or {}).get("text", "")
                shape = path_class(NLP[0], ev0, same[0].get("trigger") or "", e["actor"])
                print(f"PATH\t{name}\t{e['id']}\t{c}\t{shape}")
            if verbose:
                got = "; ".join(described(r) for r in same[:2])
                ev = (same[0].get("evidence") or {}).get("text", "")[:160]
                print(
                    f"{name}\t{e['id']}\t{c}\tactor={e['actor']}\tloc={e['location']}\tSYS: {got}\tEV: {ev}"
                )


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    if "--parse" in args:
        from newsgraph.extract.pipeline import load_nlp

        NLP.append(load_nlp())
    args = [a for a in args if a != "--parse"]
    core = "--core" in args
    args = [a for a in args if a not in ("-v", "--core")]
    save = Path(args[0])
    only = set(args[2].split(",")) if len(args) > 2 and args[1] == "--sets" else None
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    names: list[str] = []
    tmp = Path(tempfile.mkdtemp(prefix="eva_census_"))
    for s, recs, gold in saved_sets(save, "events", only):
        names.append(s.name)
        texts = quality.doc_texts(s.folder(tmp))
        gold = [e for e in gold if e.get("core")] if core else gold
        census(s.name, gold, recs, texts, counts, verbose)
    short = [n.replace("tvnews2022", "") or "tv" for n in names]
    print(f"\n{'class':58s} " + " ".join(f"{n:>4s}" for n in short) + "  total  sets")
    for c in sorted(counts, key=lambda c: -sum(counts[c].values())):
        row = counts[c]
        print(
            f"{c:58s} "
            + " ".join(f"{row.get(n, 0):4d}" for n in names)
            + f"  {sum(row.values()):5d}  {sum(1 for n in names if row.get(n))}"
        )


def path_class(nlp: Any, evidence: str, trigger: str, golds: list[str]) -> str:
    """How the gold agent's word hangs on the trigger in the event's sentence (parsed again)."""
    doc = nlp(evidence)
    tw = norm(trigger).split()[:1]
    trig = next((t for t in doc if tw and norm(t.text) == tw[0]), None)
    ag = None
    for g in golds:
        last = g.split()[-1]
        ag = next((t for t in doc if norm(t.text) == last or norm(t.text).startswith(last)), None)
        if ag is not None:
            break
    if trig is None or ag is None:
        return "unparsed"
    up = {t.i: n for n, t in enumerate([trig, *trig.ancestors])}
    steps_up, a = 0, ag
    while a.i not in up and a.head.i != a.i:
        a, steps_up = a.head, steps_up + 1
    if a.i not in up:
        return "other-clause"
    meet = a
    if meet.i == trig.i:
        return f"under-trigger:{ag.dep_}"
    chain = [t.dep_ for t in [trig, *trig.ancestors] if t.i != meet.i][: up[meet.i]]
    return f"{ag.dep_}-of-{meet.pos_}<-{'/'.join(chain)}"


if __name__ == "__main__":
    main()
