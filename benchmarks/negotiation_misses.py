"""Census of the topic ``negotiation`` on the open development sets (issue 14): every gold statement
about negotiations and every statement we tag that no gold one matches, each with its class.

    .venv/bin/python benchmarks/negotiation_misses.py SAVE_DIR [--sets tvnews2022o,tvnews2022p]

SAVE_DIR holds the ``<set>.jsonl`` files that ``benchmarks/quality.py --save SAVE_DIR`` wrote (set
NEWSGRAPH_EVAL and NEWSGRAPH_BENCH_CORPUS as for it). The sets of ``misses.BLIND`` are never read.
Classes: a gold item ``not-found``, ``speaker-wrong``, ``untagged`` (why: ``no-term`` — no word of
negotiating, reaction or verdict in the statement; ``weak-term`` — an act too weak for the evidence
around it; ``vetoed`` — a veto word with no field), or ``tagged``; a tag on no gold negotiation item
``false-tag`` (on a gold statement judged not about talks: ``-``; on no gold statement: ``none``).
The reasons are re-read from the statement's content and evidence sentence and an approximate
context (the sentence before, the title, the first sentence): the extractor's own text differs a
little (the other statements' words are cut from the sentence).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality
from _gold_match import content_match, is_neg, speaker_match
from misses import saved_sets  # the open sets only: never the blind, held-out and being-annotated ones

from newsgraph.extract import negotiation as neg

SENTENCE = re.compile(r"[^.!?…]*[.!?…]+[\"»”]?\s*")


def context_of(text: str, title: str, start: int) -> str:
    """The sentence before ``start``, the title and the first sentence of ``text`` (as the extractor)."""
    before = SENTENCE.findall(text[:start])
    first = SENTENCE.match(text)
    return " ".join((before[-1] if before else "", title, first.group() if first else ""))


def why_untagged(r: dict[str, Any], context: str) -> str:
    """Why the tagger left the statement out, re-read from its words and context."""
    text = r.get("content", "") + " " + (r.get("evidence") or {}).get("text", "")
    here = neg.read_zone(text)
    around = neg.read_zone(neg._outside(context, text))
    ctx_act = around.best_act()
    if not (here.acts or here.reaction or here.verdict):
        fields = sorted({w for w, _ in here.fields})
        return f"no-term (fields {fields}; context act {ctx_act[0] if ctx_act else None})"
    if neg._vetoed(here, around):
        return f"vetoed {here.veto or around.veto}"
    acts = [f"{w}/{e.grade}" for w, e in here.acts]
    return (
        f"weak-term (acts {acts}; fields {sorted({w for w, _ in here.fields})}; "
        f"context act {f'{ctx_act[0]}/{ctx_act[1].grade}' if ctx_act else None})"
    )


def census(
    name: str, gold: list[dict[str, Any]], recs: list[dict[str, Any]], texts: dict[str, str]
) -> Counter[str]:
    counts: Counter[str] = Counter()
    titles = {r["doc"]: r.get("title") or "" for r in recs if r.get("kind") == "document"}
    stmts = [r for r in recs if r.get("kind") == "statement"]

    def show(r: dict[str, Any]) -> str:
        spk = r.get("speaker", {}).get("name", "")
        return f"[{spk}] {r.get('content', '')[:160]!r} topics={r.get('topics')} words={r.get('topic_words')}"

    on_gold: dict[int, dict[str, Any]] = {}
    for g in gold:
        for r in stmts:
            if r["doc"] == g["doc"] and content_match(g["cue"], r.get("content", "")):
                on_gold.setdefault(id(r), g)
                if g["negotiation"]:
                    on_gold[id(r)] = g
    for g in (g for g in gold if g["negotiation"]):
        cands = [r for r in stmts if r["doc"] == g["doc"] and content_match(g["cue"], r.get("content", ""))]
        spoken = [r for r in cands if speaker_match(g["speaker"], r.get("speaker", {}).get("name", ""))]
        if not cands:
            why = "not-found"
        elif not spoken:
            why = "speaker-wrong"
        elif any(is_neg(r) for r in spoken):
            why = "tagged"
        else:
            r = spoken[0]
            doc = texts.get(g["doc"], "")
            why = "untagged " + why_untagged(
                r, context_of(doc, titles.get(g["doc"], ""), r["evidence"]["start"])
            )
        counts[f"gold {why.split(' (')[0].split(' [')[0]}"] += 1
        print(f"{name}\t{g['id']}\tGOLD {why}\ttitle={titles.get(g['doc'], '')[:90]!r}")
        print(f"\tspk={g['speaker']} cue={g['cue']!r}")
        for r in (spoken or cands)[:2]:
            print(f"\tSYS {show(r)}")
    for r in stmts:
        if not is_neg(r):
            continue
        g = on_gold.get(id(r))
        if g is not None and g["negotiation"]:
            continue
        kind = "-" if g is not None else "none"
        counts[f"false-tag {kind}"] += 1
        print(f"{name}\t{r['doc']}\tFALSE-TAG {kind}\ttitle={titles.get(r['doc'], '')[:90]!r}")
        print(f"\tSYS {show(r)}")
    return counts


def main() -> None:
    save = Path(sys.argv[1])
    only = set(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[2] == "--sets" else None
    total: Counter[str] = Counter()
    for s, recs, gold in saved_sets(save, "statements", only):
        texts = quality.doc_texts(s.folder(Path(tempfile.mkdtemp(prefix="negmisses_"))))
        docs = set(s.docs) if s.docs else {g["doc"] for g in gold} | set(texts)  # as quality.score_set
        recs = [r for r in recs if r.get("doc") in docs]
        counts = census(s.name, [g for g in gold if g["doc"] in docs], recs, texts)
        print(f"# {s.name}: {dict(sorted(counts.items()))}\n")
        total += counts
    print("# counts, pooled")
    for k, v in sorted(total.items()):
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main()
