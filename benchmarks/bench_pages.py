"""The web explorer's pages: server response time of each page on a built store.

Starts ``newsgraph serve`` on the store (result cache off unless ``--cache N``), picks real
subjects from it (a document with statements, the actors with most documents, a place with
events), then requests each page ``--rounds`` times from one client and prints p50, p99 and max
in milliseconds: the time to the full HTML (or JSON for the data a page fetches), not the
browser's rendering; and the CPU time per request of the server process and its children (the
query workers that evaluate Oxigraph queries), which a busy machine inflates less than wall time.
Goal (issue 16): every page within 300 ms on the 2,000-report graph.

    .venv/bin/python benchmarks/bench_pages.py --store PATH [--rounds 20] [--port 8766] [--cache 0]
        [--only TEXT]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import psutil
from _common import percentile, result_line
from bench_api import start_server

GOAL_MS = 300.0


def cpu_seconds(server: psutil.Process) -> float:
    """User and system CPU of the server and of its children alive now (the query workers)."""
    total = 0.0
    for p in (server, *server.children(recursive=True)):
        try:
            total += sum(p.cpu_times()[:2])
        except psutil.NoSuchProcess:
            pass
    return total


def subjects(base: str) -> dict[str, str]:
    """A document, the two actors with most statements and a place with events (asked once, not timed)."""
    c = httpx.Client(base_url=base, timeout=600)
    doc = c.get("/queries/search_statements", params={"topic": "negotiation", "limit": 1}).json()["rows"]
    top = c.get(
        "/sparql",
        headers={"Accept": "application/sparql-results+json"},
        params={
            "query": (
                "PREFIX ng: <https://newsgraph.org/ontology#> SELECT ?a (COUNT(?s) AS ?n) "
                "WHERE { ?s ng:speaker ?a } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 2"
            )
        },
    ).json()["results"]["bindings"]
    actors = [b["a"]["value"].rsplit("/", 1)[1] for b in top]
    events = c.get("/events", params={"limit": 200}).json()["items"]
    places = [e["place_id"] for e in events if e.get("place_id")]
    return {
        "doc": doc[0][6] if doc else "",
        "actor": actors[0] if actors else "",
        "actor2": actors[1] if len(actors) > 1 else "",
        "place": max(sorted(set(places)), key=places.count) if places else "",
    }


def pages(s: dict[str, str]) -> list[str]:
    return [
        "/",
        "/?q=n%C3%A9gociation",
        "/?topic=negotiation&sort=newest",
        "/?speaker=macron&since=2022-03&until=2022-06",
        "/?outlet=france&page=3",
        "/queries/actor_names?q=zel&limit=10",  # the speaker completion
        "/explore/statements.csv?topic=negotiation",
        f"/explore/documents/{quote(s['doc'])}",
        f"/explore/actors/{quote(s['actor'])}",
        f"/explore/actors/{quote(s['actor2'])}",
        "/explore/network",
        "/queries/actor_network?limit=500",  # the data the network page draws
        "/queries/actor_network?topic=negotiation&since=2022-03&until=2022-04&limit=500",
        "/export/gexf?topic=negotiation",  # "open in Gephi"
        "/explore/events",
        f"/explore/events?place={quote(s['place'])}",
        "/explore/add",
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True, help="a store built with `newsgraph build`")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--port", type=int, default=8766)
    ap.add_argument(
        "--cache", type=int, default=0, help="NEWSGRAPH_QUERY_CACHE for the server (default 0: off)"
    )
    ap.add_argument("--only", default="", help="only the pages whose path contains this text")
    args = ap.parse_args()

    server = start_server(args.store, args.port, args.cache, wait=600)  # it reads the derived tables
    cpu = psutil.Process(server.pid)
    base = f"http://127.0.0.1:{args.port}"
    figures: dict[str, object] = {"rounds": args.rounds, "cache": args.cache}
    try:
        s = subjects(base)
        print(f"store {args.store}, result cache {'off' if args.cache == 0 else args.cache}, subjects {s}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        with httpx.Client(base_url=base, timeout=120) as client:
            for path in (p for p in pages(s) if args.only in p):
                client.get(path)  # warm-up (the first request of a kind loads templates and plans)
                times, status = [], 0
                before = cpu_seconds(cpu)
                for _ in range(args.rounds):
                    t = time.perf_counter()
                    r = client.get(path)
                    times.append((time.perf_counter() - t) * 1000)
                    status = r.status_code
                cpu_ms = (cpu_seconds(cpu) - before) * 1000 / args.rounds
                p50, p99, worst = percentile(times, 50), percentile(times, 99), max(times)
                verdict = "ok" if p50 <= GOAL_MS else "OVER"
                print(
                    f"{path[:64]:64s} {status}  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  max {worst:7.1f} ms"
                    f"  cpu {cpu_ms:7.1f} ms  {verdict}"
                )
                figures[path] = {
                    "status": status,
                    "p50_ms": round(p50, 1),
                    "p99_ms": round(p99, 1),
                    "max_ms": round(worst, 1),
                    "cpu_ms": round(cpu_ms, 1),
                }
        figures["load_average"] = [round(x, 2) for x in os.getloadavg()]
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(result_line("pages", **figures))


if __name__ == "__main__":
    main()
