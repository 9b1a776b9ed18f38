"""A bigger graph made of copies of a built one, for measuring how exports grow with the graph:
``--copies`` copies of the store's default graph, the IRIs of documents, actors, places,
statements, reports, events and evidence renamed per copy (``.../actor/c3-<id>``); terms the copies
share (topics, event types, the ontology) are not copied.

    .venv/bin/python benchmarks/graph_copies.py SOURCE_STORE NEW_STORE --copies 6

The source is opened read-only; NEW_STORE must not exist.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pyoxigraph as ox

from newsgraph import rdf

KINDS = tuple(
    f"{rdf.ID}{k}/" for k in ("document", "actor", "place", "statement", "report", "event", "evidence")
)


def renamed(
    term: ox.NamedNode | ox.BlankNode | ox.Literal, copy: int
) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, ox.NamedNode):
        for kind in KINDS:
            if term.value.startswith(kind):
                return ox.NamedNode(f"{kind}c{copy}-{term.value[len(kind) :]}")
    return term


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path)
    ap.add_argument("target", type=Path)
    ap.add_argument("--copies", type=int, default=6)
    args = ap.parse_args()
    if args.target.exists():
        raise SystemExit(f"{args.target} exists: give a new folder")
    source = ox.Store.read_only(str(args.source))
    out = ox.Store(str(args.target))
    for c in range(args.copies):
        quads = source.quads_for_pattern(None, None, None, ox.DefaultGraph())
        out.bulk_extend(
            ox.Quad(renamed(q.subject, c), q.predicate, renamed(q.object, c))  # type: ignore[arg-type]
            for q in quads
        )
        print(f"copy {c + 1}: {len(out)} triples", flush=True)
    out.flush()


if __name__ == "__main__":
    main()
