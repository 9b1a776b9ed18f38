"""Does a build worker's cost per word, relative to bare spaCy on the same texts, grow along a run?

The first ``--docs`` reports of the corpus are cut as ``newsgraph build`` cuts them (batches of
``--batch-size``, each split over ``--workers`` chunks, ``parallel.split``) and run twice on
``--workers`` processes:

- ``build``: the build's own pool (``parallel.ProcessExtractor``: forkserver, preloaded modules,
  ``_load_model`` initializer, worker replacement), each chunk run as ``extract_chunk(resolved=True)``
  runs it, with CPU clocks (``time.process_time``) around the parse (cleaning and ``nlp.pipe``:
  the time spent inside ``pipeline.analyse``), our stages (``extract_document``) and ``resolve``;
  the pickled size of what the chunk sends back and the CPU to pickle it; the process's CPU
  between two chunks (unpickling the next chunk, pickling the last result, the pool's own loop);
  RSS, the string store's size, the vocabulary's lexemes and the CPU of the garbage collector
  (``gc.callbacks``) after each chunk.
- ``bare``: the same chunks on a pool of ``spacy.load`` models (``nlp.pipe(batch_size=32)``, the
  interpreter's defaults: what a user of spaCy runs), timed the same way.

Printed: per window of ``--window`` reports (in corpus order), CPU microseconds per word of each
part and the ratio worker / bare; the run's totals; per-chunk rows in a TSV with ``--tsv``. Graph
unchanged by construction (only clocks around the same calls). CPU seconds, not wall: the machine
may be shared.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_worker_drift.py [--docs 8000] [--skip 0] [--workers 2]
        [--batch-size 64] [--window 1000] [--order build,bare] [--tsv FILE]
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

import psutil
from _common import CORPUS, corpus_lines, result_line, to_documents

from newsgraph import parallel
from newsgraph.model import Document, Extraction
from newsgraph.resolve import Registry, resolve

FIELDS = (
    "kind idx pid docs words chars parse stages resolve pickle pickle_kb gap gc_s gc_n "
    "rss_mb strings lexemes proc"
).split()

_GC = {"t": 0.0, "n": 0, "start": 0.0}
_LAST_OUT: dict[str, float] = {}


def _gc_clock(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _GC["start"] = time.process_time()
    else:
        _GC["t"] += time.process_time() - _GC["start"]
        _GC["n"] += 1


def _watch_gc() -> None:
    if _gc_clock not in gc.callbacks:
        gc.callbacks.append(_gc_clock)


def _common(kind: str, idx: int, texts: list[str], t_in: float, nlp: Any) -> dict[str, Any]:
    last = _LAST_OUT.get("t")
    return {
        "kind": kind,
        "idx": idx,
        "pid": os.getpid(),
        "docs": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "chars": sum(map(len, texts)),
        "gap": 0.0 if last is None else t_in - last,  # CPU since the last chunk returned
        "gc_s": _GC["t"],
        "gc_n": _GC["n"],
        "rss_mb": psutil.Process().memory_info().rss / 2**20,
        "strings": len(nlp.vocab.strings),
        "lexemes": len(nlp.vocab),
        "proc": time.process_time(),  # the process's CPU so far, its model load included
    }


def build_chunk(
    documents: list[Document], model: str, batch_size: int, idx: int
) -> tuple[list[Extraction], dict[str, Any]]:
    """``parallel.extract_chunk(documents, model, batch_size, resolved=True)``, with clocks."""
    t_in = time.process_time()
    _watch_gc()
    from newsgraph.extract import pipeline

    nlp = pipeline.load_nlp(model)
    parse = 0.0

    def timed(it: Iterator[Any]) -> Iterator[Any]:
        nonlocal parse
        while True:
            t = time.process_time()
            try:
                x = next(it)
            except StopIteration:
                parse += time.process_time() - t
                return
            parse += time.process_time() - t
            yield x

    report = pipeline._print_failure
    analysed = timed(pipeline.analyse(documents, nlp, batch_size))
    found = []
    for document, x in pipeline.extractions(analysed):
        if isinstance(x, Exception):
            report(document, x)
        else:
            found.append(x)
    t1 = time.process_time()
    done = resolve(found, Registry())
    t2 = time.process_time()
    size = len(pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
    t3 = time.process_time()
    row = _common("build", idx, [d.text for d in documents], t_in, nlp)
    row.update(parse=parse, stages=t1 - t_in - parse, resolve=t2 - t1, pickle=t3 - t2, pickle_kb=size / 1024)
    _LAST_OUT["t"] = time.process_time() - (t3 - t2)  # the measuring pickle is not the pool's
    return done, row


_BARE: dict[str, Any] = {}


def _load_bare(model: str) -> None:
    import spacy

    _BARE["nlp"] = spacy.load(model)


def bare_chunk(texts: list[str], batch_size: int, idx: int) -> dict[str, Any]:
    """Stock spaCy over the chunk's texts, nothing kept."""
    t_in = time.process_time()
    _watch_gc()
    nlp = _BARE["nlp"]
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    row = _common("bare", idx, texts, t_in, nlp)
    row.update(parse=time.process_time() - t_in, stages=0.0, resolve=0.0, pickle=0.0, pickle_kb=0.0)
    _LAST_OUT["t"] = time.process_time()
    return row


class _TimedBuild(parallel.ProcessExtractor):
    """The build's pool, each chunk run by ``build_chunk``; the rows kept in ``rows``."""

    def __init__(self, workers: int) -> None:
        super().__init__(workers=workers, resolved=True)
        self.rows: list[dict[str, Any]] = []
        self._n = 0

    def _submit(self, chunk: list[Document]) -> Future[Any]:
        self._n += 1
        return self.pool.submit(build_chunk, chunk, self.model, self.batch_size, self._n - 1)

    def _result(self, future: Future[Any]) -> list[Extraction]:
        found, row = future.result()
        self.rows.append(row)
        return list(found)


def chunks(documents: list[Document], batch_size: int, workers: int) -> list[list[Document]]:
    return [
        c
        for i in range(0, len(documents), batch_size)
        for c in parallel.split(documents[i : i + batch_size], workers)
    ]


def run_build(documents: list[Document], batch_size: int, workers: int) -> tuple[list[dict[str, Any]], float]:
    batches = [documents[i : i + batch_size] for i in range(0, len(documents), batch_size)]
    with _TimedBuild(workers) as ex:
        for _ in ex.map(batches):
            pass
        rows = ex.rows
    return rows, _workers_cpu(rows)


def run_bare(documents: list[Document], batch_size: int, workers: int) -> tuple[list[dict[str, Any]], float]:
    cut = chunks(documents, batch_size, workers)
    ctx = parallel._context()
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_load_bare, initargs=(parallel.MODEL,)
    ) as pool:
        futures = [
            pool.submit(bare_chunk, [d.text for d in c], parallel.SPACY_BATCH, i) for i, c in enumerate(cut)
        ]
        rows = [f.result() for f in futures]
    return rows, _workers_cpu(rows)


def _workers_cpu(rows: list[dict[str, Any]]) -> float:
    """The workers' CPU: each one's clock at its last chunk's end (start-up and model load
    included; the pickling of its very last result not)."""
    last: dict[int, float] = {}
    for r in rows:
        last[r["pid"]] = max(last.get(r["pid"], 0.0), r["proc"])
    return sum(last.values())


def table(rows: dict[str, list[dict[str, Any]]], window: int, chunk_docs: int) -> list[str]:
    per = max(1, window // chunk_docs)
    out = [
        f"{'reports':>13s} {'words':>7s} | {'bare':>6s} | {'parse':>6s} {'stages':>6s} {'resolv':>6s} "
        f"{'pickle':>6s} {'gap':>5s} {'gc':>5s} {'worker':>6s} {'w/bare':>6s} | {'KB/rep':>6s} "
        f"{'rss MB':>6s} {'strings':>8s}   (CPU us per word)"
    ]
    build, bare = rows.get("build", []), rows.get("bare", [])
    by_b = {r["idx"]: r for r in build}
    by_s = {r["idx"]: r for r in bare}
    n = max([*by_b, *by_s], default=-1) + 1
    for start in range(0, n, per):
        idx = range(start, min(n, start + per))
        b = [by_b[i] for i in idx if i in by_b]
        s = [by_s[i] for i in idx if i in by_s]
        ref = b or s
        words = sum(r["words"] for r in ref)
        docs = sum(r["docs"] for r in ref)

        def us(rs: list[dict[str, Any]], key: str, words: int = words) -> float:
            return 1e6 * sum(r[key] for r in rs) / max(1, words)

        gc_b = _gc_delta(build, set(idx))
        worker = us(b, "parse") + us(b, "stages") + us(b, "resolve") + us(b, "pickle") + us(b, "gap")
        bare_us = us(s, "parse") + us(s, "gap")
        ratio = worker / bare_us if bare_us else 0.0
        last = max(b, key=lambda r: r["idx"]) if b else {"rss_mb": 0, "strings": 0}
        out.append(
            f"{start * chunk_docs:>6d}-{(start + len(idx)) * chunk_docs:<6d} {words:>7d} | {bare_us:6.1f} | "
            f"{us(b, 'parse'):6.1f} {us(b, 'stages'):6.1f} {us(b, 'resolve'):6.1f} {us(b, 'pickle'):6.1f} "
            f"{us(b, 'gap'):5.1f} {1e6 * gc_b / max(1, words):5.1f} {worker:6.1f} {ratio:6.2f} | "
            f"{sum(r['pickle_kb'] for r in b) / max(1, docs):6.1f} {last['rss_mb']:6.0f} "
            f"{last['strings']:>8d}"
        )
    return out


def _gc_delta(rows: list[dict[str, Any]], idx: set[int]) -> float:
    """GC CPU spent during the chunks of ``idx`` (each row holds its process's running total)."""
    total, by_pid = 0.0, {}
    for r in sorted(rows, key=lambda r: r["idx"]):
        prev = by_pid.get(r["pid"], 0.0)
        by_pid[r["pid"]] = r["gc_s"]
        if r["idx"] in idx:
            total += r["gc_s"] - prev
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=8000, help="the first N reports of the corpus")
    ap.add_argument("--skip", type=int, default=0, help="start after the first N reports")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64, help="documents per build batch")
    ap.add_argument("--window", type=int, default=1000, help="reports per row of the table")
    ap.add_argument("--order", default="build,bare", help="phases in order: build, bare")
    ap.add_argument("--tsv", help="write every chunk's row here")
    args = ap.parse_args()

    documents = to_documents(list(islice(corpus_lines(CORPUS), args.skip, args.skip + args.docs)))
    rows: dict[str, list[dict[str, Any]]] = {}
    totals: dict[str, float] = {}
    for phase in args.order.split(","):
        t = time.perf_counter()
        print(f"[{time.strftime('%H:%M:%S')}] {phase}: load average {os.getloadavg()[0]:.2f}", flush=True)
        run = run_build if phase == "build" else run_bare
        rows[phase], totals[phase] = run(documents, args.batch_size, args.workers)
        print(
            f"  {time.perf_counter() - t:.1f} s wall, {totals[phase]:.1f} s CPU (all its processes)",
            flush=True,
        )
    chunk_docs = max(1, args.batch_size // args.workers)
    for line in table(rows, args.window, chunk_docs):
        print(line)
    words = sum(r["words"] for r in rows.get("build") or rows.get("bare") or [])
    figures: dict[str, Any] = {
        "skip": args.skip,
        "docs": len(documents),
        "words": words,
        "workers": args.workers,
    }
    for phase, rs in rows.items():
        in_chunks = sum(r["parse"] + r["stages"] + r["resolve"] for r in rs)
        figures[phase] = {
            "cpu_s": round(totals[phase], 1),
            "in_chunks_s": round(in_chunks, 1),
            "outside_chunks_s": round(totals[phase] - in_chunks, 1),
            **{k: round(sum(r[k] for r in rs), 1) for k in ("parse", "stages", "resolve", "pickle", "gap")},
            "pickle_mb": round(sum(r["pickle_kb"] for r in rs) / 1024, 1),
        }
    if "build" in totals and "bare" in totals:
        figures["ratio_cpu"] = round(totals["build"] / totals["bare"], 3)
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as f:
            f.write("\t".join(FIELDS) + "\n")
            for rs in rows.values():
                for r in rs:
                    f.write(
                        "\t".join(str(round(r[k], 4) if isinstance(r[k], float) else r[k]) for k in FIELDS)
                        + "\n"
                    )
    print(result_line("worker_drift", **figures))


if __name__ == "__main__":
    main()
