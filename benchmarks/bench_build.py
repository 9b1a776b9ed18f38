"""Whole builds through the command line: time, throughput and peak memory of a first build, of
a rerun (everything skipped by content hash), and the cost of adding one new article to the
built graph (command line end to end, and in-process with the cost of each step).

Peak memory is the resident memory of the build and all its worker processes, summed, sampled
every 0.25 s (psutil); a timeline every 30 s shows whether it grows with the corpus.

    .venv/bin/python benchmarks/bench_build.py [--docs 500 | --docs 0 (full corpus)] [--workers 2]
        [--batch-size 64] [--store DIR] [--keep]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, SCRATCH, TreeMemory, clock, result_line, write_sample

SEEDS = Path(os.environ.get("NEWSGRAPH_BENCH_SEEDS", ROOT.parent / "shared" / "seeds"))


def run_build(
    paths: list[Path], store: Path, workers: int, batch_size: int, extra: list[str] = ()
) -> dict[str, object]:
    """One ``newsgraph build`` in a child process: wall seconds, summary line, peak memory."""
    exe = Path(sys.executable).with_name("newsgraph")
    cmd = [
        str(exe),
        "build",
        *map(str, paths),
        "--store",
        str(store),
        "--workers",
        str(workers),
        "--batch-size",
        str(batch_size),
        "--no-progress",
        *extra,
    ]
    print("$ " + " ".join(cmd), flush=True)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid)
    _out, err = proc.communicate()
    wall = time.perf_counter() - t
    mem.stop()
    summary = next((line for line in err.splitlines() if line.startswith("built:")), err.strip()[-500:])
    print(
        f"  {wall:.1f} s, peak memory {mem.peak_total_mb:.0f} MB (all processes), "
        f"{mem.peak_single_mb:.0f} MB (largest), {mem.peak_root_mb:.0f} MB (build process)\n  {summary}",
        flush=True,
    )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"build failed ({proc.returncode}): {err[-2000:]}")
    m = re.search(
        r"built: (\d+) new documents, (\d+) already stored, (\d+) statements, "
        r"(\d+) event reports, (\d+) actors",
        summary,
    )
    new, skipped, stmts, events, actors = (int(x) for x in m.groups()) if m else (0, 0, 0, 0, 0)
    return {
        "wall_s": round(wall, 1),
        "peak_mb": round(mem.peak_total_mb),
        "peak_single_mb": round(mem.peak_single_mb),
        "peak_build_process_mb": round(mem.peak_root_mb),
        "extraction_failures": err.count("extraction failed on document"),
        "input_problems": err.count("newsgraph: skipped"),
        "new": new,
        "skipped": skipped,
        "statements": stmts,
        "events": events,
        "actors": actors,
        "memory_timeline": mem.timeline,
    }


def one_article_in_process(store_path: Path) -> dict[str, object] | None:
    """Add one new article (a seed article not yet stored) and time each step."""
    from newsgraph.extract import pipeline
    from newsgraph.ingest import read_paths
    from newsgraph.resolve import Registry, resolve
    from newsgraph.settings import Settings
    from newsgraph.stores.oxigraph import OxigraphStore

    registry_file = Settings(store_path=store_path).registry_file
    with clock() as model:
        nlp = pipeline.load_nlp()
    steps: dict[str, float] = {"load model (once per process)": model.wall}
    with clock() as c:
        store = OxigraphStore(store_path)
    steps["open store"] = c.wall
    with clock() as c:
        registry = Registry.load(registry_file) if registry_file.exists() else Registry()
    steps["load registry"] = c.wall
    seeds = list(read_paths([SEEDS], lambda p: None)) if SEEDS.exists() else []
    with clock() as c:
        known = store.known_documents({d.content_hash for d in seeds})
    steps["known_documents"] = c.wall
    fresh = [d for d in seeds if d.content_hash not in known]
    if not fresh:
        print("one article: every seed article is stored already, skipped")
        store.close()
        return None
    doc = fresh[0]
    with clock() as c:
        extractions = list(pipeline.extract([doc], nlp))
    steps["analyse + extract (its own analysis)"] = c.wall
    with clock() as c:
        resolved = resolve(extractions, registry)
    steps["resolve"] = c.wall
    before = len(store)
    with clock() as c:
        registry.journal(registry_file)  # as a build does, before the write
    steps["journal registry"] = c.wall
    with clock() as c:
        store.write([r for x in resolved for r in x.records()])
    steps["write"] = c.wall
    added = len(store) - before
    with clock() as c:
        registry.checkpoint(registry_file)  # rewritten whole only once its journal is long
    steps["checkpoint registry"] = c.wall
    with clock() as c:
        store.close()
    steps["close (flush)"] = c.wall
    overhead = sum(v for k, v in steps.items() if not k.startswith(("load model", "analyse")))
    print(f"one article ({doc.id}, {len(doc.text.split())} words, {added} triples) in process:")
    for k, v in steps.items():
        print(f"  {k:40s} {v:7.3f} s")
    print(f"  {'= cost beyond its own analysis':40s} {overhead:7.3f} s")
    return {
        "doc": doc.id,
        "steps_s": {k: round(v, 3) for k, v in steps.items()},
        "overhead_s": round(overhead, 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=500, help="first N reports of the corpus; 0 = all 22,705")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--store", type=Path, help="store folder (default: a fresh one in the scratch folder)")
    ap.add_argument("--keep", action="store_true", help="keep the store (for bench_api.py)")
    ap.add_argument("--resume", action="store_true", help="do not wipe an existing store first")
    ap.add_argument("--skip-one", action="store_true", help="skip the one-article step")
    args = ap.parse_args()

    sample = write_sample(args.docs)
    # each store in its own folder, its registry beside it (Settings.registry_file)
    store = args.store or SCRATCH / f"build-{args.docs or 'full'}-w{args.workers}" / "store"
    if store.exists() and not args.resume:
        shutil.rmtree(store)
        for name in ("registry.json", f"{store.name}.registry.json"):  # before and since one per store
            (store.parent / name).unlink(missing_ok=True)
    figures: dict[str, object] = {
        "docs": args.docs or "all",
        "workers": args.workers,
        "batch_size": args.batch_size,
        "store": str(store),
    }

    print("first build:")
    first = run_build([sample], store, args.workers, args.batch_size)
    figures["first"] = first
    if first["memory_timeline"]:
        print(f"  memory timeline (s, MB): {first['memory_timeline']}")
    print("rerun (everything already stored):")
    figures["rerun"] = run_build([sample], store, args.workers, args.batch_size)
    if not args.skip_one:
        print("one more article, command line end to end (includes start-up and model load):")
        seeds = sorted(SEEDS.glob("*.txt"))
        if seeds:
            one = Path(os.environ.get("NEWSGRAPH_BENCH_DIR", "/tmp/newsgraph-bench")) / "one-article"
            one.mkdir(parents=True, exist_ok=True)
            target = one / seeds[-1].name
            shutil.copy(seeds[-1], target)
            figures["one_article_cli"] = run_build([target], store, 1, args.batch_size)
        figures["one_article"] = one_article_in_process(store)
    print(result_line("build", **figures))
    if not args.keep and not args.store:
        shutil.rmtree(store.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
