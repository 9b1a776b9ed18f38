"""A whole ``newsgraph build`` against bare spaCy over the same texts, side by side, in one run.

Bare spaCy: ``workers`` processes, each loading the model and running ``nlp.pipe`` (same model,
same batch size as the build's workers) over every ``workers``-th report, keeping nothing: what
the parser alone costs on these cores. Two variants: ``stock``, the model as ``spacy.load`` gives
it (what a user of spaCy would run), and ``bare``, the model as the build loads it
(``pipeline.load_nlp``: the lemmatizer's word lists made sets, same annotations, faster).
Build: ``newsgraph build --workers N`` of the same reports
into a fresh store (this worktree's code). Both are timed in wall seconds and CPU seconds (all
processes); the ratio build / bare is the figure of issue 15 (goal <= 1.3). The load average is
printed before and after each phase: on a shared machine, compare ratios of one run only.

    .venv/bin/python benchmarks/bench_build_vs_spacy.py [--docs 0 (all 22,705) | N] [--workers 2]
        [--batch-size 64] [--store DIR] [--order stock,build,bare] [--only build]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from itertools import islice
from multiprocessing import get_context
from pathlib import Path

import spacy
from _common import CORPUS, ROOT, SCRATCH, TreeMemory, corpus_lines, result_line, to_documents, write_sample

from newsgraph.extract import pipeline
from newsgraph.parallel import SPACY_BATCH


def _bare_worker(args: tuple[Path, int, int, int, int, bool]) -> tuple[int, int, float, float]:
    """Parse every ``step``-th report from ``part`` (of the first ``limit``, 0 = all); returns
    (documents, words, CPU seconds, wall seconds) of this process, model load included."""
    path, part, step, limit, batch_size, stock = args
    t0, c0 = time.perf_counter(), time.process_time()
    nlp = spacy.load(pipeline.MODEL) if stock else pipeline.load_nlp()
    lines = islice(corpus_lines(path), limit or None)
    lines = (line for i, line in enumerate(lines) if i % step == part)
    n_docs = n_words = 0

    def texts() -> object:
        nonlocal n_docs, n_words
        for line in lines:
            for d in to_documents([line]):
                n_docs += 1
                n_words += len(d.text.split())
                yield d.text

    for _doc in nlp.pipe(texts(), batch_size=batch_size):  # type: ignore[arg-type]
        pass
    return n_docs, n_words, time.process_time() - c0, time.perf_counter() - t0


def run_bare(path: Path, docs: int, workers: int, batch_size: int, stock: bool = False) -> dict[str, object]:
    model = "spacy.load" if stock else "pipeline.load_nlp"
    print(f"bare spaCy ({model}): {workers} processes, nlp.pipe(batch_size={batch_size}) ...", flush=True)
    t = time.perf_counter()
    with get_context("forkserver").Pool(workers) as pool:
        parts = pool.map(_bare_worker, [(path, k, workers, docs, batch_size, stock) for k in range(workers)])
    wall = time.perf_counter() - t
    n_docs, n_words = sum(p[0] for p in parts), sum(p[1] for p in parts)
    cpu = sum(p[2] for p in parts)
    print(
        f"  {wall:.1f} s wall, {cpu:.1f} s CPU, {n_docs} reports, {n_words} words, "
        f"{n_words / wall:.0f} words/s wall; per process (wall s): {[round(p[3], 1) for p in parts]}",
        flush=True,
    )
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "docs": n_docs, "words": n_words}


def run_build(path: Path, store: Path, workers: int, batch_size: int) -> dict[str, object]:
    if store.exists():
        shutil.rmtree(store)
    for name in ("registry.json", f"{store.name}.registry.json"):  # before and since one per store
        (store.parent / name).unlink(missing_ok=True)
        (store.parent / f"{name}.journal").unlink(missing_ok=True)
    store.parent.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "newsgraph", "build", str(path), "--store", str(store)]
    cmd += ["--workers", str(workers), "--batch-size", str(batch_size), "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    print("$ " + " ".join(cmd), flush=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem, tree_cpu = TreeMemory(proc.pid), TreeCPU(proc.pid)
    _out, err = proc.communicate()
    wall = time.perf_counter() - t
    mem.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    root_cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    cpu = max(tree_cpu.stop(), root_cpu)
    summary = next((x for x in err.splitlines() if x.startswith("built:")), err.strip()[-800:])
    if proc.returncode not in (0, 1):
        raise SystemExit(f"build failed ({proc.returncode}): {err[-2000:]}")
    print(
        f"  {wall:.1f} s wall, {cpu:.1f} s CPU (all processes; {root_cpu:.1f} s the build process "
        f"and those it reaped), peak {mem.peak_total_mb:.0f} MB"
    )
    print(f"  {summary}", flush=True)
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "cpu_build_process_s": round(root_cpu, 1),
        "peak_mb": round(mem.peak_total_mb),
        "summary": summary,
    }


class TreeCPU:
    """CPU seconds of a process and all its descendants, sampled every 0.25 s (a worker's last
    fraction of a second before it exits is lost; the forkserver's children are not reaped by the
    build, so ``RUSAGE_CHILDREN`` would miss them)."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid, self.cpu = pid, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
            while not self._stop.is_set():
                for p in [root, *root.children(recursive=True)]:
                    try:
                        t = p.cpu_times()
                        self.cpu[(p.pid, p.create_time())] = t.user + t.system
                    except psutil.Error:
                        pass
                self._stop.wait(0.25)
        except psutil.Error:
            return

    def stop(self) -> float:
        self._stop.set()
        self._thread.join(timeout=5)
        return sum(self.cpu.values())


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000, help="first N reports of the corpus; 0 = all 22,705")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64, help="documents per build batch")
    ap.add_argument("--store", type=Path, help="store folder (default: in the scratch folder)")
    ap.add_argument("--order", default="stock,build,bare", help="phases in order: stock, bare, build")
    ap.add_argument("--only", choices=["stock", "bare", "build"], help="one phase only (no ratio)")
    args = ap.parse_args()

    path = write_sample(args.docs)
    store = args.store or SCRATCH / f"build-vs-spacy-{args.docs or 'full'}" / "store"
    figures: dict[str, object] = {"docs": args.docs or "all", "workers": args.workers, "store": str(store)}
    phases = [args.only] if args.only else args.order.split(",")
    for phase in phases:
        print(f"[{time.strftime('%H:%M:%S')}] load average {load()}", flush=True)
        if phase in ("bare", "stock"):
            figures[phase] = run_bare(CORPUS, args.docs, args.workers, SPACY_BATCH, stock=phase == "stock")
        else:
            figures["build"] = run_build(path, store, args.workers, args.batch_size)
    print(f"[{time.strftime('%H:%M:%S')}] load average {load()}", flush=True)
    if "build" in figures and ("bare" in figures or "stock" in figures):
        build = figures["build"]
        assert isinstance(build, dict)
        print(f"{'':28s}{'wall s':>10s}{'CPU s':>10s}{'build / it, wall':>18s}{'CPU':>8s}")
        for name, label in (("stock", "bare spaCy (spacy.load)"), ("bare", "bare spaCy (load_nlp)")):
            bare = figures.get(name)
            if not isinstance(bare, dict):
                continue
            wall, cpu = round(build["wall_s"] / bare["wall_s"], 2), round(build["cpu_s"] / bare["cpu_s"], 2)
            figures[f"ratio_wall_{name}"], figures[f"ratio_cpu_{name}"] = wall, cpu
            print(f"{label:28s}{bare['wall_s']:>10}{bare['cpu_s']:>10}{wall:>18}{cpu:>8}")
        print(f"{'build':28s}{build['wall_s']:>10}{build['cpu_s']:>10}   goal build / bare <= 1.3")
    print(result_line("build_vs_spacy", **figures))


if __name__ == "__main__":
    main()
