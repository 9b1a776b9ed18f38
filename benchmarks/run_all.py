"""Run every benchmark (``make bench``) and print a summary of the goals.

By default on samples of the corpus (a few minutes): extraction on 400 reports, loading the
records of 400 reports, a build of 500 reports with 2 workers (kept for the API benchmark).
``--full`` builds the whole 2022 corpus (22,705 reports) and runs the API benchmark on it.

    .venv/bin/python benchmarks/run_all.py [--full] [--workers 2] [--api-store DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(script: str, *args: str) -> dict[str, object]:
    cmd = [sys.executable, str(HERE / script), *args]
    print(f"\n$ {' '.join(cmd)}", flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    sys.stdout.write(proc.stdout)
    if proc.returncode:
        sys.stdout.write(proc.stderr[-3000:])
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    return {}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true", help="build the whole corpus and benchmark the API on it")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--api-store", type=Path, help="benchmark the API on this store instead of the build's")
    args = ap.parse_args()

    from _common import SCRATCH

    extract = run("bench_extract.py", "--docs", "400", "--rounds", "3")
    load = run("bench_load.py", "--docs", "400")
    docs = "0" if args.full else "500"
    build = run("bench_build.py", "--docs", docs, "--workers", str(args.workers), "--keep")
    store = args.api_store or Path(
        str(build.get("store") or SCRATCH / f"build-{'full' if args.full else 500}-w{args.workers}" / "store")
    )
    api = run("bench_api.py", "--store", str(store)) if store.exists() else {}
    # every named query, cache off (its last RESULT line: who_said_what under 8 clients)
    named = run("bench_queries.py", "--store", str(store), "--runs", "10") if store.exists() else {}

    print("\nsummary")
    if extract:
        print(f"  extraction / bare nlp.pipe (CPU time): {extract['ratio_cpu']:.2f}   goal >= 0.85")
    if load:
        print(f"  OxigraphStore.write / bulk_load:       {load['ratio']:.2f}   goal >= 0.50")
    if build:
        first = build["first"]
        print(
            f"  build of {build['docs']} reports, {build['workers']} workers: "  # type: ignore[index]
            f"{first['wall_s']} s, peak {first['peak_mb']} MB"  # type: ignore[index]
            + ("   goal < 1500 s and < 3000 MB" if args.full else "")
        )
        print(f"  rerun: {build['rerun']['wall_s']} s")  # type: ignore[index]
        if build.get("one_article"):
            print(f"  one more article: {build['one_article']['overhead_s']} s beyond its own analysis")  # type: ignore[index]
    st = api.get("/statements?topic=negotiation") if api else None
    if st:
        ref = st.get("wrk") or st  # type: ignore[union-attr]
        print(
            f"  /statements?topic=negotiation, 8 clients: p50 {ref['p50_ms']} ms, p99 {ref['p99_ms']} ms"  # type: ignore[index]
            "   goal p50 <= 20, p99 <= 100 "
            f"({'full graph' if args.full or args.api_store else 'sample graph'})"
        )
    if named:
        print(
            f"  who_said_what, 8 clients, cache off: p50 {named['p50_ms']} ms, p99 {named['p99_ms']} ms"
            "   goal p50 <= 20, p99 <= 100 (bench_queries.py prints every named query)"
        )


if __name__ == "__main__":
    main()
