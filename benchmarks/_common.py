"""Shared helpers of the benchmark scripts: the corpus, samples of it, clocks, memory sampling.

The corpus is read where it lies (../shared/corpus, or NEWSGRAPH_BENCH_CORPUS) and never copied
into the repository; samples needed as files go to a temporary folder.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import statistics
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from newsgraph.ingest import JsonFields, _json_document
from newsgraph.model import Document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(
    os.environ.get("NEWSGRAPH_BENCH_CORPUS", ROOT.parent / "shared" / "corpus" / "tvnews_fr_2022.jsonl.gz")
)
TOTAL_REPORTS = 22_705
SCRATCH = Path(os.environ.get("NEWSGRAPH_BENCH_DIR", "/tmp/newsgraph-bench"))


def corpus_lines(path: Path = CORPUS) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        yield from (line for line in f if line.strip())


def sample_lines(n: int, path: Path = CORPUS, spread: bool = True) -> list[str]:
    """``n`` reports, spread evenly over the year (or the first ``n``)."""
    step = max(1, TOTAL_REPORTS // n) if spread else 1
    out = []
    for i, line in enumerate(corpus_lines(path)):
        if i % step == 0:
            out.append(line)
            if len(out) == n:
                break
    return out


def to_documents(lines: list[str]) -> list[Document]:
    docs = []
    for i, line in enumerate(lines):
        d = _json_document(line, f"corpus:{i}", JsonFields(), lambda p: None)
        if d is not None:
            docs.append(d)
    return docs


def sample_documents(n: int, spread: bool = True) -> list[Document]:
    return to_documents(sample_lines(n, spread=spread))


def write_sample(n: int, spread: bool = False) -> Path:
    """The sample as a JSON Lines file in the scratch folder (the full corpus itself for n=0)."""
    if n <= 0:
        return CORPUS
    SCRATCH.mkdir(parents=True, exist_ok=True)
    path = SCRATCH / f"sample-{n}{'-spread' if spread else ''}.jsonl"
    if not path.exists():
        path.write_text("".join(sample_lines(n, spread=spread)), encoding="utf-8")
    return path


def words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)


@dataclass
class Clock:
    """Wall and CPU seconds of this process (CPU time is the fair measure on a shared machine)."""

    wall: float = 0.0
    cpu: float = 0.0


@contextmanager
def clock() -> Iterator[Clock]:
    c = Clock()
    w0, c0 = time.perf_counter(), time.process_time()
    try:
        yield c
    finally:
        c.wall, c.cpu = time.perf_counter() - w0, time.process_time() - c0


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass
class TreeMemory:
    """Samples the resident memory of a process and all its descendants (summed)."""

    pid: int
    interval: float = 0.25
    peak_total_mb: float = 0.0
    peak_single_mb: float = 0.0
    peak_root_mb: float = 0.0  # the build process itself (store, registry), without its workers
    timeline: list[tuple[float, float]] = field(default_factory=list)  # (seconds, total MB) every ~30 s
    _stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        t0 = last = time.monotonic()
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                rss = []
                for p in procs:
                    try:
                        rss.append(p.memory_info().rss / 2**20)
                    except psutil.Error:
                        pass
                if rss:
                    self.peak_root_mb = max(self.peak_root_mb, rss[0])
                    self.peak_total_mb = max(self.peak_total_mb, sum(rss))
                    self.peak_single_mb = max(self.peak_single_mb, max(rss))
                    if time.monotonic() - last >= 30:
                        last = time.monotonic()
                        self.timeline.append((round(last - t0), round(sum(rss))))
            except psutil.Error:
                return
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]
    )


def result_line(name: str, **figures: object) -> str:
    """One machine-readable line per benchmark, gathered by run_all.py."""
    return "RESULT " + json.dumps({"benchmark": name, **figures}, ensure_ascii=False)


def wait_until_healthy(proc: subprocess.Popen[bytes], port: int, wait: float) -> subprocess.Popen[bytes]:
    """The started ``newsgraph serve`` once its /health answers 200 on loopback; exits with the
    server's error if it stopped, or after ``wait`` seconds (the server killed)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server stopped: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit(f"the server did not come up in {wait:g} s")
