"""Exports of a built graph, streamed: for each format, over HTTP (``/export/{format}``) the time to
the first byte, the total time, the size and the server's peak resident memory during the download,
and from the command line (``newsgraph export``) the time and the process's peak memory.

    .venv/bin/python benchmarks/bench_exports.py --store PATH [--formats gexf,jsonld,...]
        [--filter topic=negotiation] [--no-cli] [--no-http] [--port 8766]

The server runs in its own process (``python -m newsgraph serve``); its memory is sampled every
50 ms while a download runs (the process itself, and with its query workers), and its CPU seconds
counted (on a busy machine, the fairer measure than wall time). ``--filter`` adds
a filtered run of every format (repeatable, ``key=value``; several in one run joined by ``&``).
Open a copy of a store another process is writing: the server opens it read-only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
from _common import ROOT, TreeMemory, result_line, wait_until_healthy

FORMATS = ["gexf", "graphml", "csv", "nquads", "turtle", "jsonld"]


def start_server(store: Path, port: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "newsgraph", "serve", "--store", str(store), "--port", str(port)]
    env = {**os.environ, "NEWSGRAPH_STORE_PATH": str(store)}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return wait_until_healthy(proc, port, 180)


def rss_mb(pid: int) -> float:
    import psutil

    return float(psutil.Process(pid).memory_info().rss / 2**20)


def cpu_s(pid: int) -> float:
    """CPU seconds of the server process so far (the fair measure on a shared machine)."""
    import psutil

    t = psutil.Process(pid).cpu_times()
    return float(t.user + t.system)


def http_export(port: int, pid: int, fmt: str, params: dict[str, str]) -> dict[str, object]:
    url = f"http://127.0.0.1:{port}/export/{fmt}" + (f"?{urlencode(params)}" if params else "")
    before, cpu0 = rss_mb(pid), cpu_s(pid)
    mem = TreeMemory(pid, interval=0.05)
    t0 = time.perf_counter()
    first = None
    size = 0
    with httpx.stream("GET", url, timeout=httpx.Timeout(3600, connect=10)) as r:
        if r.status_code != 200:
            mem.stop()
            return {"status": r.status_code, "error": r.read().decode()[:300]}
        for chunk in r.iter_raw():
            if first is None and chunk:
                first = time.perf_counter() - t0
            size += len(chunk)
    total = time.perf_counter() - t0
    mem.stop()
    return {
        "ttfb_s": round(first or total, 3),
        "total_s": round(total, 2),
        "server_cpu_s": round(cpu_s(pid) - cpu0, 2),
        "mb": round(size / 2**20, 2),
        "rss_before_mb": round(before),
        "peak_server_mb": round(mem.peak_root_mb),
        "peak_with_workers_mb": round(mem.peak_total_mb),
    }


def cli_export(store: Path, fmt: str, params: dict[str, str], out: Path) -> dict[str, object]:
    cmd = [sys.executable, "-m", "newsgraph", "export", "--format", fmt, "--output", str(out)]
    cmd += ["--store", str(store), *[a for k, v in params.items() for a in (f"--{k}", v)]]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    total = time.perf_counter() - t0
    if status != 0:
        return {"status": status, "error": proc.stderr.read().decode()[-300:] if proc.stderr else ""}
    size = sum(p.stat().st_size for p in out.rglob("*")) if out.is_dir() else out.stat().st_size
    return {
        "total_s": round(total, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "mb": round(size / 2**20, 2),
        "peak_mb": round(usage.ru_maxrss / 1024),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="a store built with `newsgraph build`")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--filter", action="append", default=[], help="key=value[&key=value], repeatable")
    ap.add_argument("--port", type=int, default=8766)
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--no-http", action="store_true")
    args = ap.parse_args()
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    runs: list[dict[str, str]] = [{}] + [dict(kv.split("=", 1) for kv in f.split("&")) for f in args.filter]
    if not args.no_http:
        proc = start_server(args.store, args.port)
        try:
            for params in runs:
                for fmt in formats:
                    figures = http_export(args.port, proc.pid, fmt, params)
                    print(result_line("export_http", format=fmt, filters=params, **figures), flush=True)
        finally:
            proc.terminate()
            proc.wait(timeout=60)
    if not args.no_cli:
        with tempfile.TemporaryDirectory(prefix="bench-exports-") as tmp:
            for params in runs:
                for fmt in formats:
                    figures = cli_export(args.store, fmt, params, Path(tmp) / f"out-{fmt}")
                    print(result_line("export_cli", format=fmt, filters=params, **figures), flush=True)


if __name__ == "__main__":
    main()
