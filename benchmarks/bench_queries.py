"""Every named query with typical parameters, on a built store, with the result cache off: p50 / p99
from one client, and ``who_said_what`` from 8 concurrent clients.

Goals (issue 15) on the full 2022 graph: every case under 100 ms at p99 from one client;
``who_said_what`` p50 <= 20 ms and p99 <= 100 ms with 8 clients.

    NEWSGRAPH_QUERY_CACHE=0 .venv/bin/python benchmarks/bench_queries.py --store PATH
        [--runs 20] [--clients 8]

A case past the query time limit (``--timeout``, default 10 s) is reported as such and not run
again. The store is opened the way the service opens it (OxigraphStore, cache_size from the
environment, 0 here), in this process: no HTTP in the figures.
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from pathlib import Path

from _common import percentile, result_line

from newsgraph.stores import QueryTimeout
from newsgraph.stores.oxigraph import OxigraphStore

CASES: list[tuple[str, dict[str, str]]] = [
    ("who_said_what", {"topic": "negotiation"}),
    ("who_said_what", {"speaker": "macron"}),
    ("who_said_what", {"since": "2022-03", "until": "2022-03"}),
    ("who_said_what", {}),
    ("statements_by_actor", {"actor": "macron"}),
    ("statements_by_actor", {"actor": "zelensk"}),
    ("search_actors", {"q": "zelensk"}),
    ("search_actors", {"q": "ma"}),
    ("search_actors", {}),
    ("actor", {"actor_id": "emanuel-macron"}),
    ("actor_timeline", {"actor": "macron"}),
    ("actor_network", {}),
    ("actor_network", {"topic": "negotiation"}),
    ("actor_network", {"since": "2022-11", "until": "2022-11"}),
    ("events", {}),
    ("events", {"type": "attack"}),
    ("events", {"place": "kherson"}),
    ("events_at_place", {"place": "kherson"}),
]
LIMIT = 100  # what the API asks by default


def timed(store: OxigraphStore, name: str, params: dict[str, str]) -> float:
    start = time.perf_counter()
    store.query(name, params, limit=LIMIT + 1)
    return (time.perf_counter() - start) * 1000


def one_client(store: OxigraphStore, runs: int) -> list[str]:
    lines = []
    for name, params in CASES:
        label = f"{name}?{'&'.join(f'{k}={v}' for k, v in params.items())}"
        try:
            first = timed(store, name, params)
        except QueryTimeout:
            lines.append(result_line(label, p50_ms="timeout", p99_ms="timeout", limit_s=store.timeout))
            continue
        times = [first] + [timed(store, name, params) for _ in range(runs - 1)]
        rows = len(store.query(name, params, limit=LIMIT + 1).rows)
        lines.append(
            result_line(
                label,
                rows=rows,
                p50_ms=round(percentile(times, 50), 1),
                p99_ms=round(percentile(times, 99), 1),
                max_ms=round(max(times), 1),
            )
        )
    return lines


def many_clients(store: OxigraphStore, clients: int, seconds: float) -> str:
    times: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client() -> None:
        mine = []
        while time.monotonic() < stop:
            mine.append(timed(store, "who_said_what", {"topic": "negotiation"}))
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return result_line(
        f"who_said_what?topic=negotiation x{clients} clients",
        requests=len(times),
        per_s=round(len(times) / seconds, 1),
        p50_ms=round(percentile(times, 50), 1),
        p99_ms=round(percentile(times, 99), 1),
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="a built Oxigraph store")
    ap.add_argument("--runs", type=int, default=20, help="runs of each case from one client")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients for who_said_what")
    ap.add_argument("--seconds", type=float, default=15, help="how long the concurrent clients run")
    ap.add_argument("--timeout", type=float, default=10, help="the query time limit, seconds")
    args = ap.parse_args()
    if not (args.store / "CURRENT").is_file():
        raise SystemExit(f"{args.store}: no store here")
    cache = int(os.environ.get("NEWSGRAPH_QUERY_CACHE", "0"))
    store = OxigraphStore(args.store, timeout=args.timeout, cache_size=cache, query_threads=args.clients)
    try:
        docs = store.raw("SELECT (COUNT(*) AS ?n) WHERE { ?d a ng:Document }").rows[0][0]
        print(result_line("store", documents=docs, triples=len(store), cache=cache))
        for line in one_client(store, args.runs):
            print(line, flush=True)
        print(many_clients(store, args.clients, args.seconds), flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main()
