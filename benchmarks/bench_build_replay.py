"""The build process alone (resolve, registry, quads, Oxigraph writes), without the parse: how its
CPU per report changes as the graph grows.

``cache`` extracts the first N reports of a JSON Lines file as a build's workers do (batches of
64, fresh documents only, each batch split in two resolved chunks) and pickles each chunk's
result, once (it costs the parse). ``replay`` feeds the first K cached batches through
``build.build`` into a fresh store with the registry on disk, as ``newsgraph build --workers 2``
does in its own process, and prints the CPU of this thread (the build's own work) and of the whole
process (with RocksDB's background compactions), per quarter of the batches, the collector's
passes, and the sorted N-Quads sha256 and registry files' sha256 (to compare two checkouts).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_build_replay.py \
        cache FILE.jsonl CACHE [--parts 2 --part 0] [--batches K]
    PYTHONPATH=src .venv/bin/python benchmarks/bench_build_replay.py \
        replay FILE.jsonl CACHE K STORE_DIR [--write-every N]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import itertools
import os
import pickle
import resource
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsgraph import build, parallel, write
from newsgraph.ingest import read_jsonl
from newsgraph.model import Document, Extraction

BATCH = 64


class _Empty:
    def known_documents(self, hashes: Iterable[str]) -> set[str]:
        return set()

    def stored_versions(self, ids: Iterable[str]) -> dict[str, set[str]]:
        return {}


def cache(path: Path, out: Path, part: int, parts: int, batches: int | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    seen = write.Seen()
    for b, batch in enumerate(build.batched(read_jsonl(path, lambda p: None), BATCH)):
        if batches is not None and b >= batches:
            break
        fresh = write.triage(batch, _Empty(), seen=seen).fresh  # type: ignore[arg-type]
        target = out / f"{b:05d}.pkl"
        if b % parts != part or target.exists():
            continue
        chunks = [
            pickle.dumps(parallel.extract_chunk(c, resolved=True), protocol=pickle.HIGHEST_PROTOCOL)
            for c in parallel.split(fresh, 2)
        ]
        target.with_suffix(".tmp").write_bytes(pickle.dumps(([d.id for d in fresh], chunks)))
        os.replace(target.with_suffix(".tmp"), target)
        print(b, flush=True)


class _Cached:
    """An extractor that gives back the cached results, unpickled here as the build's are."""

    resolved = True

    def __init__(self, blobs: list[bytes]) -> None:
        self.blobs = blobs

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[Extraction]]:
        for blob, batch in zip(self.blobs, batches, strict=False):
            ids, chunks = pickle.loads(blob)
            assert ids == [d.id for d in batch], "the cache was made from another file"
            yield [x for c in chunks for x in pickle.loads(c)]


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def replay(path: Path, cached: Path, k: int, where: Path, write_every: int = 1) -> None:
    from newsgraph.stores.oxigraph import OxigraphStore

    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    blobs = [(cached / f"{b:05d}.pkl").read_bytes() for b in range(k)]
    docs = list(itertools.islice(read_jsonl(path, lambda p: None), BATCH * k))
    passes = {g: [0, 0.0] for g in range(3)}
    started: list[float] = []

    def on_gc(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            started[:] = [time.thread_time()]
        else:
            passes[info["generation"]][0] += 1
            passes[info["generation"]][1] += time.thread_time() - started[0]

    gc.callbacks.append(on_gc)
    ticks = [(time.thread_time(), _cpu())]
    registry_file = where / "registry.json"
    store = OxigraphStore(where / "store")
    registry = write.open_registry(registry_file, store)
    report = build.build(
        docs,
        store,
        registry,
        batch_size=BATCH,
        extractor=_Cached(blobs),  # type: ignore[arg-type]
        registry_file=registry_file,
        on_batch=lambda n: ticks.append((time.thread_time(), _cpu())),
        **({"write_every": write_every} if write_every != 1 else {}),  # (older checkouts have none)
    )
    store.close()
    ticks.append((time.thread_time(), _cpu()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # before the N-Quads below
    gc.callbacks.remove(on_gc)
    thread, process = ticks[-1][0] - ticks[0][0], ticks[-1][1] - ticks[0][1]
    n = max(1, report.documents)
    print(
        f"{report.documents} reports in {k} batches: this thread {thread:.2f} s CPU, process {process:.2f} s"
    )
    print(f"  peak RSS of the build {peak} MB")
    print(f"  per report: thread {1000 * thread / n:.2f} ms, process {1000 * process / n:.2f} ms")
    print("  collector passes (count, s):", {g: (c, round(s, 2)) for g, (c, s) in passes.items()})
    q = (len(ticks) - 2) // 4
    for i in range(4 if q else 0):
        a, b = ticks[i * q], ticks[(i + 1) * q]
        print(f"  quarter {i + 1}: thread {b[0] - a[0]:.2f} s, process {b[1] - a[1]:.2f} s ({q} batches)")
    import pyoxigraph as ox

    done = ox.Store.read_only(str(where / "store"))
    graph = done.quads_for_pattern(None, None, None, ox.DefaultGraph())  # not the format marker's graph
    quads = sorted((ox.serialize(graph, format=ox.RdfFormat.N_QUADS) or b"").splitlines())
    print(f"  quads {len(quads)} sha256 {hashlib.sha256(b'\n'.join(quads)).hexdigest()}")
    for f in sorted(where.glob("registry.json*")):
        print(f"  {f.name} sha256 {hashlib.sha256(f.read_bytes()).hexdigest()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cache")
    c.add_argument("file", type=Path)
    c.add_argument("cache", type=Path)
    c.add_argument("--part", type=int, default=0)
    c.add_argument("--parts", type=int, default=1, help="run PARTS processes, each with its --part")
    c.add_argument("--batches", type=int, default=None, help="only the first BATCHES batches (default: all)")
    r = sub.add_parser("replay")
    r.add_argument("file", type=Path)
    r.add_argument("cache", type=Path)
    r.add_argument("batches", type=int)
    r.add_argument("store", type=Path)
    r.add_argument("--write-every", type=int, default=1, help="batches per store write (build's write_every)")
    args = ap.parse_args()
    if args.cmd == "cache":
        cache(args.file, args.cache, args.part, args.parts, args.batches)
    else:
        replay(args.file, args.cache, args.batches, args.store, args.write_every)


if __name__ == "__main__":
    main()
