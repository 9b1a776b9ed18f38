"""The first answer after an append: ``newsgraph build`` of a few more reports into a built store
whose derived tables were saved (``STORE.tables``), then a new process opens the store as the
service does and answers one named query. Run for two source trees side by side (``--before``:
the tables read whole from the graph after any write; ``--after``: the rows of the state before the
append brought up to date by ``stores/derived_update.py``, or on FalkorDB
``stores/derived_cypher_update.py``), each on its own copy of the store.

    .venv/bin/python benchmarks/bench_append.py --store BUILT_STORE --append MORE.jsonl \\
        --before /work/main/src --after src [--question who_said_what topic=negotiation] \\
        [--backend falkordb]

``BUILT_STORE``: an Oxigraph store's folder, or with ``--backend falkordb`` an embedded FalkorDB
file (``DIR/falkordb.db``, built with ``NEWSGRAPH_FALKORDB__PATH=DIR/falkordb.db newsgraph build
... --backend falkordb --store DIR/store``, so that the registry is ``DIR/registry.json``). The
store must have its saved tables beside it (``BUILT_STORE.tables``, or ``falkordb.db.newsgraph.tables``,
made by any read of the tables through a read-write store: ``--prepare`` makes it). Figures, per
tree: the append (the ``build`` command, extraction included), then the first answer (process start,
opening the store, the tables, the query), and their sum.
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
from newsgraph.settings import Settings
from newsgraph.stores import open_store
store = open_store(Settings())  # as the service opens it: NEWSGRAPH_* (see ``env``)
t1 = time.perf_counter()
rows = store.query(sys.argv[2], json.loads(sys.argv[3])).rows
t2 = time.perf_counter()
print(json.dumps({"open_s": t1 - t0, "tables_and_query_s": t2 - t1, "rows": len(rows)}))
store.close()
"""


def env(backend: str, store: Path) -> dict[str, str]:
    """The settings of a process that opens ``store`` (``store``: a folder, or a FalkorDB file)."""
    if backend == "falkordb":
        where = {"NEWSGRAPH_FALKORDB__PATH": str(store), "NEWSGRAPH_STORE_PATH": str(store.parent / "store")}
    else:
        where = {"NEWSGRAPH_STORE_PATH": str(store)}
    return {"NEWSGRAPH_BACKEND": backend, "NEWSGRAPH_QUERY_CACHE": "0", **where}


def run(src: Path, args: list[str], settings: dict[str, str]) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(src.resolve()), **settings}
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"failed ({' '.join(args[:3])}): {done.stderr[-2000:]}")
    return took, done.stdout


def tables_file(backend: str, store: Path) -> Path:
    name = f"{store.name}.newsgraph.tables" if backend == "falkordb" else f"{store.name}.tables"
    return store.with_name(name)


def prepare(src: Path, backend: str, store: Path) -> float:
    """Read the tables of ``store`` whole and save them beside it (the state before the append)."""
    text = (
        "from newsgraph.settings import Settings\nfrom newsgraph.stores import open_store\n"
        "store = open_store(Settings())\nstore.tables()\nstore.close()"
    )
    took, _ = run(src, ["-c", text], env(backend, store))
    return took


def one_tree(
    label: str, src: Path, backend: str, store: Path, more: Path, question: tuple[str, dict[str, str]]
) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"bench-append-{label}-") as tmp:
        copy = Path(tmp) / store.name
        if store.is_dir():
            shutil.copytree(store, copy)
        for beside in store.parent.glob(f"{store.name}*"):  # the file itself, its tables, its settings
            if beside.is_file():
                shutil.copy(beside, Path(tmp) / beside.name)
        for registry in store.parent.glob("*registry.json*"):  # the actors known so far
            shutil.copy(registry, Path(tmp) / registry.name)
        settings = env(backend, copy)
        build = ["-m", "newsgraph", "build", str(more), "--backend", backend, "--workers", "1"]
        append, _ = run(src, [*build, "--store", settings["NEWSGRAPH_STORE_PATH"], "--no-progress"], settings)
        first, out = run(src, ["-c", ANSWER, str(copy), question[0], json.dumps(question[1])], settings)
        found = json.loads(out.strip().splitlines()[-1])
    return {"tree": label, "append_s": append, "first_answer_s": first, **found, "total_s": append + first}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="a built store (not changed)")
    ap.add_argument("--backend", choices=("oxigraph", "falkordb"), default="oxigraph")
    ap.add_argument("--append", type=Path, required=True, help="the reports to append (.jsonl or folder)")
    ap.add_argument("--before", type=Path, required=True, help="source tree (src/) of before")
    ap.add_argument("--after", type=Path, required=True, help="source tree (src/) of after")
    ap.add_argument("--question", nargs="+", default=["who_said_what", "topic=negotiation"])
    ap.add_argument("--prepare", action="store_true", help="first read and save the store's tables")
    args = ap.parse_args()
    name, *pairs = args.question
    question = (name, dict(p.split("=", 1) for p in pairs))
    if args.prepare:
        took = prepare(args.after, args.backend, args.store)
        print(f"tables read whole and saved: {took:.1f} s", flush=True)
    if not tables_file(args.backend, args.store).exists():
        raise SystemExit("no saved tables beside the store: run with --prepare")
    print("| tree | append s | first answer s (open / tables+query) | sum s |")
    print("|---|---|---|---|")
    for label, src in (("before", args.before), ("after", args.after)):
        r = one_tree(label, src, args.backend, args.store, args.append, question)
        print(
            f"| {label} | {r['append_s']:.1f} | {r['first_answer_s']:.1f} "
            f"({r['open_s']:.1f} / {r['tables_and_query_s']:.1f}) | {r['total_s']:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
