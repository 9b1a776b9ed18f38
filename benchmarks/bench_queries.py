"""Every named query with typical parameters, on a built store, with the result cache off: p50 / p99
from one client, and ``who_said_what`` from 8 concurrent clients.

Goals (issue 15) on the full 2022 graph: every case under 100 ms at p99 from one client;
``who_said_what`` p50 <= 20 ms and p99 <= 100 ms with 8 clients.

    NEWSGRAPH_QUERY_CACHE=0 .venv/bin/python benchmarks/bench_queries.py --store PATH
        [--runs 20] [--clients 8] [--falkordb FILE] [--only NAME ...] [--clients-only]

Every named query of the catalog runs at least once (``CASES`` gives typical parameters; an id
parameter gets a real id found in the store: the document of the first statement about
negotiation, the id of the Macron most documents mention). A case past the query time limit
(``--timeout``, default 10 s) is reported as such and not run again. The store is opened the way
the service opens it (OxigraphStore, cache_size from the environment, 0 here; or an embedded
FalkorDB file with ``--falkordb``), in this process: no HTTP in the figures. The time to read the
derived tables (``stores/derived.py``, once per write) is reported first: from the saved file
beside the store (``STORE.tables``) when there is one, else from the graph (the file is then
written, and the time to read it back is reported too). ``--fresh-tables`` removes that file
first. The bench opens the store read-write: run it on a copy of a store that nothing else has open.
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from pathlib import Path

from _common import percentile, result_line

from newsgraph.queries import catalog
from newsgraph.stores import QueryTimeout, Store
from newsgraph.stores.oxigraph import OxigraphStore

CASES: list[tuple[str, dict[str, str]]] = [
    ("who_said_what", {"topic": "negotiation"}),
    ("who_said_what", {"speaker": "macron"}),
    ("who_said_what", {"speaker": "zelensk"}),
    ("who_said_what", {"since": "2022-03", "until": "2022-03"}),
    ("who_said_what", {}),
    ("search_statements", {}),
    ("search_statements", {"text": "négociation"}),
    ("search_statements", {"topic": "negotiation", "order": "desc"}),
    ("search_statements", {"speaker": "macron", "since": "2022-03", "until": "2022-06"}),
    ("search_statements", {"outlet": "france"}),
    ("statements_by_actor", {"actor": "macron"}),
    ("statements_by_actor", {"actor": "zelensk"}),
    ("search_actors", {"q": "zelensk"}),
    ("search_actors", {"q": "ma"}),
    ("search_actors", {}),
    ("actor_names", {"q": "zel"}),
    ("actor_names", {"q": "macr"}),
    ("actor_names", {"q": "e"}),
    ("actor_names", {"q": "m"}),
    ("actor_names", {"q": "ze"}),
    ("actor_names", {"q": "emmanuel"}),
    ("actor", {"actor_id": "{actor}"}),
    ("actor_history", {"actor_id": "{actor}"}),
    ("actor_relations", {"actor_id": "{actor}"}),
    ("actor_timeline", {"actor": "macron"}),
    ("actor_timeline", {"actor": "zelensk"}),
    ("actor_network", {}),
    ("actor_network", {"topic": "negotiation"}),
    ("actor_network", {"since": "2022-11", "until": "2022-11"}),
    ("events", {}),
    ("events", {"type": "attack"}),
    ("events", {"place": "kherson"}),
    ("events", {"actor": "macron"}),
    ("events_at_place", {"place": "kherson"}),
    ("date_range", {}),
    ("place_points", {}),
    ("document", {"doc_id": "{doc}"}),
    ("document_statements", {"doc_id": "{doc}"}),
    ("document_events", {"doc_id": "{doc}"}),
    ("document_times", {"doc_id": "{doc}"}),
    ("document_actors", {"doc_id": "{doc}"}),
    ("export_items", {"topic": "negotiation"}),
    ("export_actors", {}),
    ("export_aliases", {}),
    ("export_places", {}),
]
LIMIT = 100  # what the API asks by default


def subjects(store: Store) -> dict[str, str]:
    """Real ids for the id parameters (found once, not timed)."""
    doc = store.query("who_said_what", {"topic": "negotiation"}, limit=1).dicts()
    # the Macron most documents mention (search_actors lists the most mentioned first)
    actors = [r["actor_id"] for r in store.query("search_actors", {"q": "macron"}, limit=1).dicts()]
    return {"doc": doc[0]["doc_id"] if doc else "none", "actor": actors[0] if actors else "none"}


def timed(store: Store, name: str, params: dict[str, str]) -> float:
    start = time.perf_counter()
    store.query(name, params, limit=LIMIT + 1)
    return (time.perf_counter() - start) * 1000


def one_client(store: Store, runs: int, only: list[str] | None = None) -> list[str]:
    lines = []
    ids = subjects(store)
    missing = sorted(set(catalog()) - {name for name, _ in CASES})
    for name, given in CASES + [(name, {}) for name in missing]:
        if name not in catalog() or (only and name not in only):
            continue
        params = {k: v.format(**ids) for k, v in given.items()}
        label = f"{name}?{'&'.join(f'{k}={v}' for k, v in params.items())}"
        try:
            times = [timed(store, name, params)]
            times += [timed(store, name, params) for _ in range(runs - 1)]
            rows = len(store.query(name, params, limit=LIMIT + 1).rows)
        except QueryTimeout:  # once past the limit, the case is not run again
            line = result_line(label, p50_ms="timeout", p99_ms="timeout", limit_s=store.timeout)
            print(line, flush=True)
            lines.append(line)
            continue
        lines.append(
            result_line(
                label,
                rows=rows,
                p50_ms=round(percentile(times, 50), 1),
                p99_ms=round(percentile(times, 99), 1),
                max_ms=round(max(times), 1),
            )
        )
        print(lines[-1], flush=True)
    return lines


def many_clients(store: Store, clients: int, seconds: float) -> str:
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


def tables_time(store: Store, fresh: bool) -> None:
    """How long the derived tables take to read: from the saved file, else from the graph (and then
    from the file it saved)."""
    saved = getattr(getattr(store, "_derived", None), "saved", None)
    if saved is not None and fresh:
        saved.path.unlink(missing_ok=True)
    current = getattr(saved, "current", None)  # (not in the code of before: the file's presence)
    source = "file" if saved is not None and (current() if current else saved.path.exists()) else "graph"
    start = time.perf_counter()
    store.tables()  # type: ignore[attr-defined]
    print(
        result_line("derived tables", source=source, read_s=round(time.perf_counter() - start, 2)), flush=True
    )
    if source == "graph" and saved is not None and saved.path.exists():
        from newsgraph.stores import derived_read

        start = time.perf_counter()
        rows = saved.load()
        loaded = time.perf_counter() - start
        if rows is not None:
            derived_read.sparql_tables(rows)
            print(
                result_line(
                    "derived tables",
                    source="file",
                    read_s=round(time.perf_counter() - start, 2),
                    load_s=round(loaded, 2),
                    mb=round(saved.path.stat().st_size / 1e6, 1),
                ),
                flush=True,
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, help="a built Oxigraph store")
    ap.add_argument("--falkordb", type=Path, help="a built embedded FalkorDB file (instead of --store)")
    ap.add_argument("--runs", type=int, default=20, help="runs of each case from one client")
    ap.add_argument("--clients", type=int, default=8, help="concurrent clients for who_said_what")
    ap.add_argument("--seconds", type=float, default=15, help="how long the concurrent clients run")
    ap.add_argument("--timeout", type=float, default=10, help="the query time limit, seconds")
    ap.add_argument(
        "--fresh-tables", action="store_true", help="remove the saved rows of the derived tables first"
    )
    ap.add_argument("--only", action="append", metavar="NAME", help="run only this named query (repeatable)")
    ap.add_argument("--clients-only", action="store_true", help="only the concurrent clients")
    args = ap.parse_args()
    cache = int(os.environ.get("NEWSGRAPH_QUERY_CACHE", "0"))
    store: Store
    if args.falkordb:
        from newsgraph.stores.falkordb import FalkorDBStore

        if not args.falkordb.is_file():
            raise SystemExit(f"{args.falkordb}: no FalkorDB file here")
        store = FalkorDBStore(FalkorDBStore._embedded(args.falkordb), timeout=args.timeout)
        docs = store.raw("MATCH (d:Document) RETURN count(d)").rows[0][0]
        size = {"nodes": store.node_count()}
    else:
        if args.store is None or not (args.store / "CURRENT").is_file():
            raise SystemExit(f"{args.store}: no store here")
        store = OxigraphStore(args.store, timeout=args.timeout, cache_size=cache, query_threads=args.clients)
        docs = store.raw("SELECT (COUNT(*) AS ?n) WHERE { ?d a ng:Document }").rows[0][0]
        size = {"triples": len(store)}
    try:
        print(result_line("store", backend=store.language, documents=docs, cache=cache, **size), flush=True)
        if hasattr(store, "tables"):  # the derived tables, read once after each write
            tables_time(store, args.fresh_tables)
        if not args.clients_only:
            one_client(store, args.runs, args.only)
        if args.only and not args.clients_only:
            return
        print(many_clients(store, args.clients, args.seconds), flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main()
