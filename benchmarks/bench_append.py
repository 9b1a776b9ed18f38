"""The first answer after an append: ``newsgraph build`` of a few more reports into a built store
whose derived tables were saved (``STORE.tables``), then a new process opens the store as the
service does and answers one named query. Run for two source trees side by side (``--before``:
the tables read whole from the graph after any write; ``--after``: the rows of the state before the
append brought up to date by ``stores/derived_update.py``), each on its own copy of the store.

    .venv/bin/python benchmarks/bench_append.py --store BUILT_STORE --append MORE.jsonl \\
        --before /work/main/src --after src [--question who_said_what topic=negotiation]

The store must have its saved tables beside it (``BUILT_STORE.tables``, made by any read of the
tables through a read-write store: ``--prepare`` makes it). Figures, per tree: the append (the
``build`` command, extraction included), then the first answer (process start, opening the store,
the tables, the query), and their sum.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ANSWER = """
import json, sys, time
t0 = time.perf_counter()
from newsgraph.stores.oxigraph import OxigraphStore
store = OxigraphStore(sys.argv[1], cache_size=0)
t1 = time.perf_counter()
rows = store.query(sys.argv[2], json.loads(sys.argv[3])).rows
t2 = time.perf_counter()
print(json.dumps({"open_s": t1 - t0, "tables_and_query_s": t2 - t1, "rows": len(rows)}))
store.close()
"""


def run(src: Path, args: list[str]) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(src.resolve()), "NEWSGRAPH_QUERY_CACHE": "0"}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"failed ({' '.join(args[:3])}): {done.stderr[-2000:]}")
    return took, done.stdout


def prepare(src: Path, store: Path) -> float:
    """Read the tables of ``store`` whole and save them beside it (the state before the append)."""
    text = (
        "import sys\nfrom newsgraph.stores.oxigraph import OxigraphStore\nOxigraphStore(sys.argv[1]).tables()"
    )
    took, _ = run(src, ["-c", text, str(store)])
    return took


def one_tree(label: str, src: Path, store: Path, more: Path, question: tuple[str, dict[str, str]]) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"bench-append-{label}-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(store, copy)
        shutil.copy(store.parent / f"{store.name}.tables", Path(tmp) / "store.tables")
        for registry in store.parent.glob("registry.json*"):  # the actors known so far
            shutil.copy(registry, Path(tmp) / registry.name)
        build = ["-m", "newsgraph", "build", str(more), "--store", str(copy), "--workers", "1"]
        append, _ = run(src, [*build, "--no-progress"])
        first, out = run(src, ["-c", ANSWER, str(copy), question[0], json.dumps(question[1])])
        found = json.loads(out.strip().splitlines()[-1])
    return {"tree": label, "append_s": append, "first_answer_s": first, **found, "total_s": append + first}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="a built Oxigraph store (not changed)")
    ap.add_argument("--append", type=Path, required=True, help="the reports to append (.jsonl or folder)")
    ap.add_argument("--before", type=Path, required=True, help="source tree (src/) of before")
    ap.add_argument("--after", type=Path, required=True, help="source tree (src/) of after")
    ap.add_argument("--question", nargs="+", default=["who_said_what", "topic=negotiation"])
    ap.add_argument("--prepare", action="store_true", help="first read and save the store's tables")
    args = ap.parse_args()
    name, *pairs = args.question
    question = (name, dict(p.split("=", 1) for p in pairs))
    if args.prepare:
        print(f"tables read whole and saved: {prepare(args.after, args.store):.1f} s", flush=True)
    if not (args.store.parent / f"{args.store.name}.tables").exists():
        raise SystemExit("no saved tables beside the store: run with --prepare")
    print("| tree | append s | first answer s (open / tables+query) | sum s |")
    print("|---|---|---|---|")
    for label, src in (("before", args.before), ("after", args.after)):
        r = one_tree(label, src, args.store, args.append, question)
        print(
            f"| {label} | {r['append_s']:.1f} | {r['first_answer_s']:.1f} "
            f"({r['open_s']:.1f} / {r['tables_and_query_s']:.1f}) | {r['total_s']:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
