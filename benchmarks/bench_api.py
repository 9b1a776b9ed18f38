"""The HTTP API under concurrent load: requests per second and p50 / p99 latency.

Starts ``newsgraph serve`` on a built store in its own process, then drives it from this process
over loopback with C concurrent clients (httpx + asyncio), and with wrk as well when it is on the
PATH. Goal on the full 2022 graph with 8 clients: ``/statements?topic=negotiation`` p50 <= 20 ms
and p99 <= 100 ms.

    .venv/bin/python benchmarks/bench_api.py --store PATH [--clients 8] [--seconds 20]
        [--port 8765] [--cache N] [--wait 120]

Each line gives the server process's own CPU time per request as well (Linux: /proc; its query
workers not counted), a figure the other processes of a busy machine change less than latency.
``--cache 0`` turns the embedded store's result cache off (``NEWSGRAPH_QUERY_CACHE``): every
request is then evaluated by Oxigraph; with the cache on, only the first one after start-up.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
from _common import ROOT, percentile, result_line, wait_until_healthy

ENDPOINTS = ["/statements?topic=negotiation", "/queries/actor_network"]


def start_server(
    store: Path, port: int, cache: int | None = None, wait: float = 120
) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("newsgraph")
    cmd = [str(exe), "serve", "--store", str(store), "--port", str(port)]
    env = {**os.environ, "NEWSGRAPH_STORE_PATH": str(store)}
    if cache is not None:
        env["NEWSGRAPH_QUERY_CACHE"] = str(cache)
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return wait_until_healthy(proc, port, wait)


async def drive(url: str, clients: int, seconds: float) -> tuple[list[float], int, float]:
    """``clients`` loops sending requests for ``seconds``; latencies in ms, errors, elapsed s."""
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        stop = time.perf_counter() + seconds

        async def one() -> None:
            nonlocal errors
            while time.perf_counter() < stop:
                t = time.perf_counter()
                r = await client.get(url)
                latencies.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(clients)))
        return latencies, errors, time.perf_counter() - t0


def cpu_seconds(pid: int) -> float | None:
    """The user and system CPU time of process ``pid`` so far (Linux /proc; its children not
    counted), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(url: str, clients: int, seconds: float) -> dict[str, float] | None:
    if not shutil.which("wrk"):
        return None
    out = subprocess.run(
        ["wrk", "-t", "2", "-c", str(clients), "-d", f"{int(seconds)}s", "--latency", url],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    got: dict[str, float] = {}
    if m := re.search(r"(\d+) requests in", out):
        got["requests"] = float(m[1])
    if m := re.search(r"Requests/sec:\s+([\d.]+)", out):
        got["rps"] = float(m[1])
    for q in ("50", "99"):
        if m := re.search(rf"^\s+{q}%\s+([\d.]+)(us|ms|s)", out, re.M):
            got[f"p{q}_ms"] = float(m[1]) * {"us": 0.001, "ms": 1, "s": 1000}[m[2]]
    return got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="a store built with `newsgraph build`")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--no-wrk", action="store_true")
    ap.add_argument("--cache", type=int, default=None, help="NEWSGRAPH_QUERY_CACHE for the server (0: off)")
    ap.add_argument("--wait", type=float, default=120, help="seconds the server may take to start")
    args = ap.parse_args()

    server = start_server(args.store, args.port, args.cache, args.wait)
    figures: dict[str, object] = {"clients": args.clients, "seconds": args.seconds, "cache": args.cache}
    print(
        f"result cache: {'default (on)' if args.cache is None else 'off' if args.cache == 0 else args.cache}"
    )
    try:
        for path in ENDPOINTS:
            url = f"http://127.0.0.1:{args.port}{path}"
            r = httpx.get(url, timeout=60)
            rows = len(r.json().get("items", r.json().get("rows", []))) if r.status_code == 200 else -1
            asyncio.run(drive(url, args.clients, 2))  # warm-up
            cpu0 = cpu_seconds(server.pid)
            lat, errors, elapsed = asyncio.run(drive(url, args.clients, args.seconds))
            cpu1 = cpu_seconds(server.pid)
            p50, p99 = percentile(lat, 50), percentile(lat, 99)
            rps = len(lat) / elapsed
            line = (
                f"{path:34s} httpx: {rps:7.1f} req/s  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  "
                f"({len(lat)} requests, {errors} errors, {rows} rows in a page)"
            )
            if cpu0 is not None and cpu1 is not None and lat:
                line += f"\n{'':34s} the server's CPU: {(cpu1 - cpu0) * 1000 / len(lat):.2f} ms a request"
            entry: dict[str, object] = {
                "server_cpu_ms": round((cpu1 - cpu0) * 1000 / len(lat), 2) if cpu0 and cpu1 and lat else None,
                "rps": round(rps, 1),
                "p50_ms": round(p50, 1),
                "p99_ms": round(p99, 1),
                "errors": errors,
                "rows": rows,
            }
            cpu0 = cpu_seconds(server.pid)
            if not args.no_wrk and (w := run_wrk(url, args.clients, args.seconds)):
                line += (
                    f"\n{'':34s} wrk  : {w.get('rps', 0):7.1f} req/s  "
                    f"p50 {w.get('p50_ms', 0):7.1f} ms  p99 {w.get('p99_ms', 0):7.1f} ms"
                )
                cpu1 = cpu_seconds(server.pid)
                if cpu0 is not None and cpu1 is not None and w.get("requests"):
                    w["server_cpu_ms"] = round((cpu1 - cpu0) * 1000 / w["requests"], 2)
                    line += f"  (the server's CPU: {w['server_cpu_ms']:.2f} ms a request)"
                entry["wrk"] = w
            print(line)
            if path.startswith("/statements"):
                ref = entry.get("wrk") or entry  # wrk when there is one: the lighter client
                ok = ref["p50_ms"] <= 20 and ref["p99_ms"] <= 100  # type: ignore[index,operator]
                print(
                    f"{'':34s} goal p50 <= 20 ms, p99 <= 100 ms ({'wrk' if 'wrk' in entry else 'httpx'}) "
                    f"-> {'MET' if ok else 'NOT MET'}"
                )
            figures[path] = entry
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(result_line("api", **figures))


if __name__ == "__main__":
    main()
