"""One more article into a large graph: what it costs beyond its own analysis.

Copies a built store and its actor registry (``newsgraph build ... --keep`` of bench_build.py) to
a scratch folder, then adds one seed article (not in the corpus) the way ``newsgraph build`` does,
timing each step in this process: open the store, load the registry (file + journal), look the
article up by hash, analyse it (spaCy + our stages: "its own analysis", reported apart), resolve
its actors against the registry, journal, write, checkpoint the registry, close. Then the same
through the command line, end to end (start-up and model load included). Goal: about a second
beyond the analysis.

    .venv/bin/python benchmarks/bench_increment.py --store /tmp/newsgraph-bench/build-full-w2/store
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, SCRATCH, result_line

from newsgraph.extract import pipeline
from newsgraph.ingest import read_paths
from newsgraph.resolve import Registry, resolve
from newsgraph.stores.oxigraph import OxigraphStore

SEED = ROOT / "samples" / "seeds" / "004_d4ef2a59c3a9ac12.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="a store built with `newsgraph build` (registry.json beside it)")
    ap.add_argument("--article", type=Path, default=SEED)
    args = ap.parse_args()
    source_registry = args.store.parent / "registry.json"
    if not source_registry.exists():
        raise SystemExit(f"no registry beside the store: {source_registry}")

    work = SCRATCH / "one-article"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for copy in ("in-process", "cli"):
        shutil.copytree(args.store, work / copy / "store")
        for f in source_registry.parent.glob("registry.json*"):
            shutil.copy(f, work / copy / f.name)
    store_path, registry_path = work / "in-process" / "store", work / "in-process" / "registry.json"

    nlp = pipeline.load_nlp()
    docs = list(read_paths([args.article], lambda p: None))
    steps: dict[str, float] = {}

    def step(name: str, t0: float) -> float:
        now = time.perf_counter()
        steps[name] = round(now - t0, 3)
        return now

    t = time.perf_counter()
    store = OxigraphStore(store_path)
    t = step("open store", t)
    registry = Registry.load(registry_path)
    t = step("load registry", t)
    known = store.known_documents({d.content_hash for d in docs})
    assert not known, "the article is already in the store"
    t = step("known documents", t)
    extracted = list(pipeline.extract(docs, nlp))
    t = step("analysis (its own)", t)
    extractions = resolve(extracted, registry)
    t = step("resolve", t)
    registry.journal(registry_path)
    t = step("journal", t)
    store.write([r for x in extractions for r in x.records()])
    t = step("write", t)
    registry.checkpoint(registry_path)
    t = step("checkpoint registry", t)
    store.close()
    step("close (flush)", t)
    beyond = sum(v for k, v in steps.items() if k != "analysis (its own)")
    print(f"registry: {len(registry.entries)} names; store: {args.store}")
    for k, v in steps.items():
        print(f"  {k:22s} {v:7.3f} s")
    print(f"beyond its own analysis: {beyond:.2f} s   goal: about 1 s")

    exe = Path(sys.executable).with_name("newsgraph")
    cli_store = work / "cli" / "store"
    t0 = time.perf_counter()
    subprocess.run([str(exe), "build", str(args.article), "--store", str(cli_store), "--no-progress"],
                   check=True, capture_output=True)
    cli = time.perf_counter() - t0
    print(f"command line, end to end: {cli:.1f} s (start-up and model load included)")
    print(result_line("increment", steps=steps, beyond_analysis_s=round(beyond, 3), cli_s=round(cli, 1)))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
