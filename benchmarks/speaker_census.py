"""Speaker census (issue 14, round 32): who was given the words, over every open development set.

    PYTHONPATH=src .venv/bin/python benchmarks/speaker_census.py SAVE_DIR

SAVE_DIR (and NEWSGRAPH_EVAL, NEWSGRAPH_BENCH_CORPUS) as for ``misses.py`` (``quality.py --save``);
the blind sets (``misses.BLIND``) are never read. One line per gold statement missed whose speaker
is of kind collective, pronoun, anonymous or title, and per gold statement whose content was found
but given to the wrong speaker (any kind), classed by construction: not found, by speaker kind and
direct/reported/selon; found with the wrong speaker, by what was said instead — the bare noun of an
indefinite speaker ("homme" for "un homme"), a part of the gold speaker (a description cut or
widened), the report's correspondent (a person named beside a newsroom cue: the gold speaker is
named inside the words the reporter relays), another unnamed person or group, another named person,
or something else. Then the count of each class.
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
from _gold_match import construction, norm
from misses import saved_sets, statement_found  # saved_sets: the open sets only, never the blind ones

NEWSROOM = re.compile(
    r"journalist|envoy[ée]|correspondant|en direct|duplex|reporter|sur le plateau|pour france|pour tf1"
)
MISSED_KINDS = {"collective", "pronoun", "anonymous", "title"}


def reporter_named(names: list[str], types: list[str | None], text: str) -> bool:
    """One of the persons given is named beside a newsroom cue in the report."""
    nt = norm(text)
    for name, type_ in zip(names, types, strict=True):
        if type_ != "person" or not name:
            continue
        for m in re.finditer(re.escape(name.split()[-1]), nt):
            if NEWSROOM.search(nt[max(0, m.start() - 80) : m.end() + 80]):
                return True
    return False


def speaker_class(g: dict[str, Any], cands: list[dict[str, Any]], text: str | None) -> str:
    kind = g.get("speaker_kind")
    if not cands:
        return f"not-found/{kind}/{construction(g, text)}"
    aliases = g["speaker"]
    names = [norm(r.get("speaker", {}).get("name", "")) for r in cands]
    types = [r.get("speaker", {}).get("type") for r in cands]
    if any(a.startswith(("un ", "une ")) and any(n and n in a for n in names) for a in aliases):
        return f"wrong/{kind}/bare noun for an indefinite speaker ('homme' for 'un homme')"
    if any(n and any(n in a for a in aliases) for n in names):
        return f"wrong/{kind}/description cut or widened (part of the gold speaker)"
    if reporter_named(names, types, text or ""):
        return (
            f"wrong/{kind}/reporter credited: the gold speaker is named inside the reporter's relayed words"
        )
    if all(t in {"anonymous", "group"} for t in types):
        return f"wrong/{kind}/another unnamed person or group of the report"
    if all(t == "person" for t in types):
        return f"wrong/{kind}/another named person of the report"
    return f"wrong/{kind}/other (an organisation, a document, a place)"


def main() -> None:
    save = Path(sys.argv[1])
    counts: Counter[str] = Counter()
    for s, recs, gold in saved_sets(save, "statements"):
        stmts = [r for r in recs if r.get("kind") == "statement"]
        texts = quality.doc_texts(s.folder(Path(tempfile.mkdtemp(prefix="speaker_census_"))))
        for g in gold:
            cands, said = statement_found(g, stmts)
            if said:
                continue
            if not cands and g.get("speaker_kind") not in MISSED_KINDS:
                continue
            text = texts.get(g["doc"])
            why = speaker_class(g, cands, text)
            counts[why] += 1
            got = "; ".join(r.get("speaker", {}).get("name", "") for r in cands[:2])
            print(f"{s.name}\t{g['doc']}\t{why}\t{construction(g, text)}\tspk={g['speaker']}\tSYS: {got}")
    print("\n# counts")
    for k, v in sorted(counts.items()):
        print(f"{v:5d}  {k}")


if __name__ == "__main__":
    main()
