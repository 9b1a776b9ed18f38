"""How far two annotations of one development set agree (inter-annotator agreement, issue 17).

    python benchmarks/agreement.py FIRST_DIR SECOND_DIR [--docs ID,ID] [--corpus PATH] [--misses]
        [--every-alias] [--whole-quote]
    python benchmarks/agreement.py tvnews2022ae tvnews2022ae/second --misses

Each annotation in turn plays the system: its items become the records ``newsgraph extract --format
jsonl`` prints and the other annotation scores them as gold with the scorer's own matching
(``_gold_match.py``, score.py's code: a statement matches by the gold cue found in the content and a
gold alias in the speaker's name, an event by a gold type stem in the type or trigger, a gold actor
alias in an actor's name, a gold place alias in the location). A statement's record has ``content`` =
the whole sentence(s) of the report that hold its cue (``--whole-quote``: of the whole quotation),
``speaker.name`` = its first alias (``--every-alias``: all of them), ``topics`` = ["negotiation"]
when it is about talks and ``date`` = its ``when``; an event's has ``type`` = its first type word,
``trigger`` = all its type words and the report's words holding one (as a system's trigger is a word
of the text: the stem ``enquet`` gives ``enquete``), ``actors`` and ``location`` = its first alias
(or all), ``cameo`` and ``date``. Both directions are printed as quality.py's table, the first
annotation as gold then the second, on the reports both annotated (those where each annotation has
an item, or ``--docs``). As the trigger holds every word the annotator accepted, "event type" is an
upper bound of what a single trigger word would give.

``--misses`` lists the items of each gold that the other annotation does not match, with the reason.
A directory is a folder holding statements.json and events.json, given as a path or as a name under
benchmarks/devgold; the reports are read from the corpus by the first folder's sources.csv (or its
parent's), their SHA-1 checked.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from _gold_match import (  # noqa: E402
    Record,
    content_match,
    event_agent_ok,
    event_place_ok,
    event_type_ok,
    norm,
    score_events_with_core,
    score_statements,
    speaker_match,
)
from quality import devgold_module, render  # noqa: E402


def _devgold(name: str) -> Any:
    """A script of ``benchmarks/devgold`` as a module (``quality.devgold_module``)."""
    return devgold_module(f"devgold_{name}", HERE / "devgold" / f"{name}.py")


CHECK = _devgold("check")  # how a cue is found in its report (check.py's flat and QUOTES)
# a sentence ends at . ! ? … (a closing quotation mark may follow) before a capital, a digit or an
# opening quotation mark, or glued to a capital ("28 décembre.Entre les attaques")
SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]*(?:\s+(?=[A-ZÀ-ÖØ-Þ0-9«\"“])|(?=[A-ZÀ-ÖØ-Þ]))")


def folded(text: str) -> tuple[str, list[int]]:
    """The text as check.py compares cues with it, and each folded character's index in ``text``."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        for f in norm(c):
            chars.append(f)
            where.append(i)
    blanked = CHECK.QUOTES.sub(lambda m: " " * len(m.group()), "".join(chars))
    out: list[str] = []
    pos: list[int] = []
    for f, i in zip(blanked, where, strict=True):
        if f.isspace():
            if out and out[-1] == " ":
                continue
            f = " "
        out.append(f)
        pos.append(i)
    return "".join(out), pos


def sentences(text: str) -> list[tuple[int, int]]:
    starts = [0, *(m.end() for m in SENTENCE_END.finditer(text))]
    return [(a, b) for a, b in zip(starts, [*starts[1:], len(text)], strict=True) if b > a]


QUOTATION = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')


def holding(cue: str, text: str, whole_quote: bool = False) -> str:
    """The whole sentence(s) of ``text`` that hold ``cue`` (with ``whole_quote``, the sentences of the
    whole quotation the cue lies in, as a system gives a quote); the cue itself when it is not found."""
    flat, pos = folded(text)
    want = CHECK.flat(cue)
    at = flat.find(want) if want else -1
    if at < 0:
        return cue
    start, end = pos[at], pos[at + len(want) - 1] + 1
    if whole_quote:
        for m in QUOTATION.finditer(text):
            if m.start() < end and m.end() > start:
                start, end = min(start, m.start()), max(end, m.end())
    spans = [(a, b) for a, b in sentences(text) if a < end and b > start]
    return text[spans[0][0] : spans[-1][1]].strip()


def trigger(types: list[str], text: str) -> str:
    """The annotator's type words and the report's words holding one of them (``enquet`` gives the
    text's ``enquete``), as a system's trigger is a word of the text."""
    words = sorted({w for w in re.findall(r"[\w'-]+", norm(text)) if any(t in w for t in types)})
    return " | ".join([*types, *words])


def as_records(
    statements: list[Record],
    events: list[Record],
    texts: dict[str, str],
    every_alias: bool = False,
    whole_quote: bool = False,
) -> list[Record]:
    """An annotation as the records ``newsgraph extract --format jsonl`` prints; with ``every_alias``
    a speaker, actor or place name holds all the annotator's aliases instead of the first."""

    def name(aliases: list[str]) -> str:
        return " | ".join(aliases) if every_alias else aliases[0]

    recs: list[Record] = [
        {
            "kind": "statement",
            "doc": s["doc"],
            "content": holding(s["cue"], texts.get(s["doc"], ""), whole_quote),
            "speaker": {"name": name(s["speaker"])},
            "topics": ["negotiation"] if s.get("negotiation") else [],
            "date": s.get("when"),
        }
        for s in statements
    ]
    recs += [
        {
            "kind": "event",
            "doc": e["doc"],
            "type": e["types"][0],
            "trigger": trigger(e["types"], texts.get(e["doc"], "")),
            "actors": [{"name": name(e["actor"])}] if e.get("actor") else [],
            "location": {"name": name(e["location"])} if e.get("location") else None,
            "cameo": e.get("cameo"),
            "date": e.get("when"),
        }
        for e in events
    ]
    return recs


def score(gold: tuple[list[Record], list[Record]], recs: list[Record], docs: set[str]) -> dict[str, Any]:
    """quality.py's figures of ``recs`` against ``gold`` (statements, events) on ``docs``."""
    statements, events = gold
    out = {
        "statements": score_statements(statements, recs, docs),
        "events": score_events_with_core(events, recs, docs),
    }
    return out


def statement_misses(gold: list[Record], recs: list[Record], docs: set[str]) -> list[str]:
    lines = []
    for g in gold:
        if g["doc"] not in docs:
            continue
        cands = [
            r
            for r in recs
            if r["kind"] == "statement" and r["doc"] == g["doc"] and content_match(g["cue"], r["content"])
        ]
        if not cands:
            why = "content not found"
        elif not any(speaker_match(g["speaker"], r["speaker"]["name"]) for r in cands):
            why = "speaker " + " / ".join(sorted({r["speaker"]["name"] for r in cands}))
        else:
            continue
        lines.append(f"{g['id']} {'core' if g['core'] else 'non-core'} {g['speaker']} {g['cue']!r}: {why}")
    return lines


def event_misses(gold: list[Record], recs: list[Record], docs: set[str]) -> list[str]:
    lines = []
    for e in gold:
        if e["doc"] not in docs:
            continue
        same = [r for r in recs if r["kind"] == "event" and r["doc"] == e["doc"] and event_type_ok(e, r)]
        if not same:
            why = "no event of this type"
        elif not any(event_agent_ok(e, r) and event_place_ok(e, r) for r in same):
            agents = {r["actors"][0]["name"] if r["actors"] else None for r in same}
            places = {(r["location"] or {}).get("name") for r in same}
            why = f"type ok, actor {sorted(map(str, agents))} place {sorted(map(str, places))}"
        else:
            continue
        lines.append(
            f"{e['id']} {'core' if e['core'] else 'non-core'} {e.get('cameo') or 'none'} {e['types'][:3]} "
            f"actor {e['actor']} place {e['location']}: {why}"
        )
    return lines


def annotated(items: list[Record]) -> set[str]:
    return {x["doc"] for x in items}


def load(folder: Path) -> tuple[list[Record], list[Record]]:
    statements = json.loads((folder / "statements.json").read_text(encoding="utf-8"))["statements"]
    events = json.loads((folder / "events.json").read_text(encoding="utf-8"))["events"]
    return statements, events


def folder_of(arg: str) -> Path:
    path = Path(arg)
    return path if (path / "statements.json").exists() else HERE / "devgold" / arg


def compare(
    first: tuple[list[Record], list[Record]],
    second: tuple[list[Record], list[Record]],
    texts: dict[str, str],
    docs: set[str] | None = None,
    every_alias: bool = False,
    whole_quote: bool = False,
) -> dict[str, dict[str, Any]]:
    """Both directions: the first annotation as gold against the second, then the other way round."""
    if docs is None:
        docs = annotated(first[0] + first[1]) & annotated(second[0] + second[1])
    return {
        "1st as gold": score(first, as_records(*second, texts, every_alias, whole_quote), docs),
        "2nd as gold": score(second, as_records(*first, texts, every_alias, whole_quote), docs),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--docs", help="comma-separated report ids (default: those both annotated)")
    ap.add_argument("--corpus", type=Path, help="the 2022 corpus (default: ../shared/corpus/...)")
    ap.add_argument("--misses", action="store_true", help="list each gold's unmatched items")
    ap.add_argument(
        "--every-alias", action="store_true", help="names hold all aliases, not the first (alias slips)"
    )
    ap.add_argument("--whole-quote", action="store_true", help="content: the whole quotation holding the cue")
    a = ap.parse_args(argv)
    one, two = folder_of(a.first), folder_of(a.second)
    texts = CHECK.texts(one, a.corpus or _devgold("sample").CORPUS)
    first, second = load(one), load(two)
    docs = set(a.docs.split(",")) if a.docs else None
    results = compare(first, second, texts, docs, a.every_alias, a.whole_quote)
    used = docs or annotated(first[0] + first[1]) & annotated(second[0] + second[1])
    names = "every alias" if a.every_alias else "first alias"
    content = "whole quote" if a.whole_quote else "sentence"
    print(f"# agreement of {a.first} (1st) and {a.second} (2nd) on {len(used)} reports; names: {names}")
    print(f"# statement content: the {content} holding the cue")
    print(render(results, {}))
    if a.misses:
        for label, gold, other in (("1st", first, second), ("2nd", second, first)):
            recs = as_records(*other, texts, a.every_alias, a.whole_quote)
            print(f"\n## {label} as gold: its items the other annotation does not match")
            print("\n".join(statement_misses(gold[0], recs, used) + event_misses(gold[1], recs, used)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
