"""Our statements that match no gold statement, each put in one class by script (round 38, stm38u):
the false positives of statement precision, as ``event_unmatched_census.py`` does for events.

    .venv/bin/python benchmarks/statement_unmatched_census.py SAVE_DIR [--sets a,b] [--rules] [-v]

SAVE_DIR holds the ``<set>.jsonl`` files that ``benchmarks/quality.py --save SAVE_DIR`` wrote (set
NEWSGRAPH_EVAL and NEWSGRAPH_BENCH_CORPUS as for it). The sets of ``misses.BLIND`` are refused. A
statement is unmatched when no gold cue of its report matches its content (``content_match``, the test
statement precision counts with; the speaker plays no part in it). The classes, the first that holds:

``duplicate``: another of our statements of the report overlaps its words and matches a gold statement
(the same words read twice, this reading cut otherwise).
``near/kind``, ``near/span``, ``near/other``: a gold statement's cue lies in the same sentence (our
evidence): its direct/reported kind differs from ours; or its words overlap ours (content cut too short,
too long or elsewhere); or it is another statement of the sentence (we read the wrong clause). Each is
tagged ``speaker same`` / ``speaker differs`` (whether the gold's speaker names ours).
``not/<construction>``: no gold statement in the sentence; counted by construction (direct, reported,
selon), by our speaker's type, by cue, and with ``--rules`` by the candidate rule that made it (the
report is analysed again and our statement's words matched to the pass's candidates: spaCy, about a
minute for the read half); ``--rules`` also prints, for every rule and every rule/cue, how many of all
the statements it made match no gold (each rule's read precision).

``-v`` prints each unmatched statement: set, report, class, rule, speaker, cue, content and sentence.
Prints the counts first. The classes are a script's guess: read the rows before trusting them.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _gold_match import QUOTES, content_match, norm, speaker_match, toks
from misses import BLIND, saved_sets  # BLIND: the held-out sets, refused when named

Record = dict[str, Any]


def bare(s: str | None) -> str:
    """Normalised text with quotation marks dropped and spaces collapsed (as ``locate`` reads)."""
    return " ".join("".join(" " if c in QUOTES else c for c in norm(s)).split())


def in_sentence(cue: str, sentence: str) -> bool:
    """The gold cue lies in the sentence: verbatim, or nine in ten of its words there."""
    c, s = bare(cue), bare(sentence)
    if c and c in s:
        return True
    ct = toks(cue)
    return len(ct) >= 3 and len(ct & toks(sentence)) / len(ct) >= 0.9


def construction(r: Record) -> str:
    if r.get("cue") == "selon" or (r.get("cue") or "").startswith(("selon", "d'après")):
        return "selon"
    return "direct" if r.get("direct") else "reported"


def span(r: Record) -> tuple[int, int]:
    return int(r.get("content_start") or -1), int(r.get("content_end") or -1)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] >= 0 and b[0] >= 0 and a[0] < b[1] and b[0] < a[1]


def matched(r: Record, golds: list[Record]) -> bool:
    return any(content_match(g["cue"], r.get("content", "")) for g in golds)


def classify(r: Record, ours: list[Record], golds: list[Record]) -> str:
    """The class of an unmatched statement ``r`` among our statements ``ours`` and the gold ``golds``
    of its report."""
    if any(o is not r and overlaps(span(o), span(r)) and matched(o, golds) for o in ours):
        return "duplicate"
    sentence = (r.get("evidence") or {}).get("text", "")
    near = [g for g in golds if in_sentence(g["cue"], sentence)]
    if not near:
        return f"not/{construction(r)}"
    who = (r.get("speaker") or {}).get("name", "")
    same = any(speaker_match(g["speaker"], who) for g in near)
    tag = "speaker same" if same else "speaker differs"
    content = toks(r.get("content"))
    if any(g.get("direct") is not None and bool(g["direct"]) != bool(r.get("direct")) for g in near):
        return f"near/kind ({tag})"
    if any(toks(g["cue"]) & content for g in near):
        return f"near/span ({tag})"
    return f"near/other ({tag})"


def unmatched(recs: list[Record], gold: list[Record]) -> list[tuple[Record, str]]:
    """Each of our statements no gold cue of its report matches, with its class."""
    by_doc: dict[str, list[Record]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    ours: dict[str, list[Record]] = {}
    for r in recs:
        if r.get("kind") == "statement":
            ours.setdefault(r["doc"], []).append(r)
    out = []
    for doc, stmts in ours.items():
        golds = by_doc.get(doc, [])
        out += [(r, classify(r, stmts, golds)) for r in stmts if not matched(r, golds)]
    return out


class Rules:
    """The candidate rule behind a saved statement: the report analysed again, the pass's candidate
    whose words overlap ours most (``-`` when none does)."""

    def __init__(self) -> None:
        from _statement_why import context_of

        from newsgraph.extract import statements
        from newsgraph.extract.pipeline import load_nlp

        self.nlp, self.context_of, self.find = load_nlp(), context_of, statements.find_candidates
        self.cache: dict[tuple[str, str], list[Any]] = {}

    def rule(self, name: str, doc: str, text: str, r: Record) -> str:
        if (name, doc) not in self.cache:
            self.cache[(name, doc)] = self.find(self.context_of(self.nlp, doc, text))
        a, b = span(r)
        best, most = "-", 0
        for c in self.cache[(name, doc)]:
            common = min(b, c.content[1]) - max(a, c.content[0])
            if common > most:
                best, most = c.rule or "?", common
        return best


def refuse_held_out(only: set[str] | None) -> None:
    """Stop when a set of ``misses.BLIND`` is named (``saved_sets`` would pass over it in silence)."""
    if only and only & BLIND:
        sys.exit(f"refused: {sorted(only & BLIND)} held out (misses.BLIND)")


def census(save: Path, only: set[str] | None, with_rules: bool, verbose: bool) -> list[str]:
    import quality

    counts: dict[str, Counter[str]] = {
        k: Counter() for k in ("class", "rule", "speaker", "cue", "set", "all", "miss")
    }
    rows: list[str] = []
    total = 0
    refuse_held_out(only)
    rules = Rules() if with_rules else None
    with tempfile.TemporaryDirectory() as tmp:
        for s, recs, gold in saved_sets(save, "statements", only, set_docs=True):  # quality.py's reports
            total += sum(1 for r in recs if r.get("kind") == "statement")
            texts = quality.doc_texts(s.folder(Path(tmp))) if rules else {}
            if rules:  # every statement's rule: the read precision of each rule and cue
                for r in recs:
                    if r.get("kind") == "statement":
                        rule = rules.rule(s.name, r["doc"], texts.get(r["doc"], ""), r)
                        counts["all"][f"{rule}/{r.get('cue')}"] += 1
            for r, c in unmatched(recs, gold):
                rule = rules.rule(s.name, r["doc"], texts.get(r["doc"], ""), r) if rules else ""
                counts["class"][c] += 1
                counts["set"][s.name] += 1
                if c.startswith("not/"):
                    kind = (r.get("speaker") or {}).get("type", "?")
                    counts["speaker"][f"{c}/{kind}"] += 1
                    counts["cue"][f"{c}/{r.get('cue')}"] += 1
                    if rules:
                        counts["rule"][f"{c}/{rule}"] += 1
                if rules:
                    counts["miss"][f"{rule}/{r.get('cue')}"] += 1
                if verbose:
                    ev = " ".join((r.get("evidence") or {}).get("text", "").split())
                    who = (r.get("speaker") or {}).get("name", "")
                    rows.append(
                        f"{s.name}\t{r['doc']}\t{c}\t{rule or '-'}\t{who!r}\tcue={r.get('cue')}\n"
                        f"  OURS {r.get('content', '')[:300]}\n  SENT {ev[:400]}"
                    )
    lines = [f"statements {total}, unmatched {sum(counts['class'].values())}"]
    for key, title in (
        ("class", "by class"),
        ("set", "by set"),
        ("speaker", "not a statement, by speaker type"),
    ):
        lines.append(f"# {title}")
        lines += [f"  {k:45s} {v:4d}" for k, v in counts[key].most_common()]
    if rules:
        lines.append("# not a statement, by candidate rule")
        lines += [f"  {k:45s} {v:4d}" for k, v in counts["rule"].most_common()]
    if rules:
        lines.append("# every statement by rule/cue: unmatched of all (twice or more unmatched)")
        lines += [
            f"  {k:45s} {v:4d} / {counts['all'][k]:4d}" for k, v in counts["miss"].most_common() if v > 1
        ]
        per_rule: dict[str, Counter[str]] = {"all": Counter(), "miss": Counter()}
        for key in per_rule:
            for k, v in counts[key].items():
                per_rule[key][k.split("/")[0]] += v
        lines.append("# every statement by rule: unmatched of all")
        lines += [f"  {k:45s} {per_rule['miss'][k]:4d} / {v:4d}" for k, v in per_rule["all"].most_common()]
    lines.append("# not a statement, by cue (twice or more)")
    lines += [f"  {k:45s} {v:4d}" for k, v in counts["cue"].most_common() if v > 1]
    return lines + rows


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose, with_rules = "-v" in args, "--rules" in args
    args = [a for a in args if a not in {"-v", "--rules"}]
    if not args:
        print(__doc__)
        return 2
    opt = dict(zip(args[1::2], args[2::2], strict=False))
    only = set(opt["--sets"].split(",")) if "--sets" in opt else None
    print("\n".join(census(Path(args[0]), only, with_rules, verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
