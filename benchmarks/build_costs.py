"""CPU seconds of each step of a build, each timed alone in one process, as a share of bare spaCy
over the same reports: where the time beyond the parser goes (issue 15).

    .venv/bin/python benchmarks/build_costs.py [--docs 150]
"""

from __future__ import annotations

import argparse
import pickle
import resource
import shutil
import subprocess
import sys
import time

from _common import SCRATCH, sample_lines, to_documents

from newsgraph import geo, rdf, write
from newsgraph.build import batched
from newsgraph.extract import pipeline
from newsgraph.resolve import Registry, resolve
from newsgraph.stores.oxigraph import OxigraphStore

IMPORTS = "from newsgraph import cli, build, parallel, write; from newsgraph.stores import oxigraph"
"""What ``newsgraph build --workers N`` imports in its own process before the first batch."""


def import_cpu() -> float:
    """CPU seconds of a fresh interpreter importing what the build process imports (a fixed cost of
    every build, paid once; the workers import the stages in their forkserver)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", IMPORTS], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=150, help="the first N reports of the corpus")
    n = ap.parse_args().docs
    cpu = time.process_time
    lines = sample_lines(n + 640, spread=False)
    docs, more = to_documents(lines[:n]), to_documents(lines[n:])
    nlp = pipeline.load_nlp()
    geo._index()  # built once per process: not a per-report cost
    list(nlp.pipe([d.text for d in docs[:8]]))
    rows: list[tuple[str, float]] = []
    t = cpu()
    list(nlp.pipe((d.text for d in docs), batch_size=32))
    rows.append(("bare nlp.pipe", cpu() - t))
    t = cpu()
    found = pipeline.extract_documents(docs, batch_size=32)
    rows.append(("our extraction (spaCy + stages)", cpu() - t))
    rows.append(("  stages alone (difference)", rows[1][1] - rows[0][1]))
    t = cpu()
    blobs = [pickle.dumps(c) for c in batched(docs, 32)]
    rows.append(("pickle documents to a worker (dumps)", cpu() - t))
    t = cpu()
    blobs = [pickle.dumps(found[i : i + 32]) for i in range(0, len(found), 32)]
    rows.append(("pickle extractions back (dumps, in a worker)", cpu() - t))
    t = cpu()
    back = [x for b in blobs for x in pickle.loads(b)]
    rows.append(("  loads, in the build process", cpu() - t))
    t = cpu()
    resolved = resolve(back, Registry())
    rows.append(("resolve", cpu() - t))
    registry = Registry()
    t = cpu()
    write.observe(resolved, registry)
    rows.append(("registry observe", cpu() - t))
    t = cpu()
    for i in range(0, len(resolved), 64):
        list(rdf.triples(r for x in resolved[i : i + 64] for r in x.records()))
    rows.append(("records -> quads (rdf.triples)", cpu() - t))
    folder = SCRATCH / "build-costs"
    shutil.rmtree(folder, ignore_errors=True)
    store = OxigraphStore(folder / "store")
    t = cpu()
    for i in range(0, len(resolved), 64):
        store.write([r for x in resolved[i : i + 64] for r in x.records()])
    rows.append(("store.write (quads + bulk_extend + flush)", cpu() - t))
    t = cpu()
    registry.journal(folder / "registry.json")
    registry.checkpoint(folder / "registry.json")
    rows.append(("registry journal + checkpoint", cpu() - t))
    seen = write.Seen()
    t = cpu()
    for b in batched(more, 64):
        write.triage(b, store, seen=seen)
    rows.append((f"triage (per {n} reports, of {len(more)} more)", (cpu() - t) * n / max(1, len(more))))
    store.close()
    rows.append(("build process imports (once a build)", import_cpu()))
    bare = rows[0][1]
    print(f"{len(docs)} reports, {sum(len(d.text.split()) for d in docs)} words; CPU s, share of bare spaCy")
    for label, v in rows:
        print(f"  {label:50s} {v:7.2f} s  {100 * v / bare:6.1f} %")


if __name__ == "__main__":
    main()
