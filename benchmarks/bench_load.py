"""Load throughput: our ``OxigraphStore.write`` path against pyoxigraph ``bulk_load`` of the same
triples as N-Triples, side by side, into fresh on-disk stores; then rows per second into FalkorDB
when ``newsgraph.stores.falkordb`` exists.

The records come from extracting a sample of the corpus once (cached in the scratch folder, so
that reruns measure the stores and not spaCy).

    .venv/bin/python benchmarks/bench_load.py [--docs 400] [--batch-size 64]
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
from _common import SCRATCH, clock, result_line, sample_documents

from newsgraph import rdf
from newsgraph.build import batched
from newsgraph.model import Record


def records_for(n_docs: int) -> list[list[Record]]:
    """Resolved records of ``n_docs`` reports, one list per document (cached)."""
    cache = SCRATCH / f"records-{n_docs}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from newsgraph.extract import pipeline
    from newsgraph.resolve import Registry, resolve

    docs = sample_documents(n_docs)
    extractions = resolve(list(pipeline.extract(docs)), Registry())
    out = [x.records() for x in extractions]
    SCRATCH.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(out))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--batch-size", type=int, default=64, help="documents per write (one transaction)")
    ap.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    args = ap.parse_args()

    from newsgraph.stores.oxigraph import OxigraphStore

    per_doc = records_for(args.docs)
    batches = [[r for recs in b for r in recs] for b in batched(per_doc, args.batch_size)]  # type: ignore[arg-type]
    quads = [q for b in batches for q in rdf.triples(b)]
    n_triples = len(set(quads))
    nt = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads).encode("utf-8")
    n_records = sum(len(b) for b in batches)
    print(
        f"{len(per_doc)} reports -> {n_records} records -> {n_triples} distinct triples "
        f"({len(quads)} with repeats), {len(batches)} batches of {args.batch_size} reports"
    )

    ours_best = bulk_best = None
    tmp = Path(tempfile.mkdtemp(prefix="ng-load-", dir=SCRATCH if SCRATCH.exists() else None))
    try:
        for r in range(args.rounds):
            store = OxigraphStore(tmp / f"ours-{r}")
            with clock() as ours:
                for b in batches:
                    store.write(b)
                store.store.flush()
            assert len(store) == n_triples, (len(store), n_triples)
            store.close()
            bulk = ox.Store(str(tmp / f"bulk-{r}"))
            with clock() as bl:
                bulk.bulk_load(nt, format=ox.RdfFormat.N_TRIPLES)
                bulk.flush()
            assert len(bulk) == n_triples
            del bulk
            if ours_best is None or ours.wall < ours_best.wall:
                ours_best = ours
            if bulk_best is None or bl.wall < bulk_best.wall:
                bulk_best = bl
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    assert ours_best and bulk_best
    ours_tps, bulk_tps = n_triples / ours_best.wall, n_triples / bulk_best.wall
    ratio = ours_tps / bulk_tps
    print(
        f"OxigraphStore.write : {ours_tps:9.0f} triples/s  "
        f"({ours_best.wall:.2f} s wall, {ours_best.cpu:.2f} s CPU; records -> RDF included)"
    )
    print(
        f"pyoxigraph bulk_load: {bulk_tps:9.0f} triples/s  "
        f"({bulk_best.wall:.2f} s wall, {bulk_best.cpu:.2f} s CPU; N-Triples already serialised)"
    )
    print(f"ratio ours/bulk_load: {ratio:.2f}   goal >= 0.50   -> {'MET' if ratio >= 0.5 else 'NOT MET'}")
    figures: dict[str, object] = dict(
        docs=len(per_doc),
        records=n_records,
        triples=n_triples,
        ours_tps=round(ours_tps),
        bulk_load_tps=round(bulk_tps),
        ratio=round(ratio, 3),
    )

    try:
        from newsgraph.stores import falkordb  # noqa: F401
    except ImportError:
        print("FalkorDB: newsgraph.stores.falkordb is not there yet, skipped")
    else:
        figures.update(bench_falkordb(batches, tmp))
    print(result_line("load", **figures))


def bench_falkordb(batches: list[list[Record]], tmp: Path) -> dict[str, object]:
    """Records per second through FalkorDBStore.write (embedded falkordblite unless configured)."""
    from newsgraph.settings import Settings
    from newsgraph.stores import open_store

    tmp.mkdir(parents=True, exist_ok=True)
    try:
        settings = Settings(backend="falkordb", falkordb={"path": tmp / "falkor.db", "graph": "bench"})
        store = open_store(settings)
    except Exception as e:
        print(f"FalkorDB: cannot open a store ({e}), skipped")
        return {}
    try:
        n = sum(len(b) for b in batches)
        with clock() as c:
            for b in batches:
                store.write(b)
        print(f"FalkorDBStore.write : {n / c.wall:9.0f} records/s ({c.wall:.2f} s wall for {n} records)")
        return {"falkordb_records_per_s": round(n / c.wall)}
    except Exception as e:
        print(f"FalkorDB: write failed ({e}), skipped")
        return {}
    finally:
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
