"""``nodes.csv`` and ``edges.csv`` in the format of Gephi's spreadsheet import (Data Laboratory):
``Id``, ``Label``, ``Source``, ``Target``, ``Type``, ``Weight`` and ``Time Interval`` columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from newsgraph.export.gexf import ALIAS_SEPARATOR
from newsgraph.export.graphml import intervals
from newsgraph.export.network import Network

NODE_COLUMNS = [
    "Id",
    "Label",
    "kind",
    "type",
    "aliases",
    "documents",
    "statements",
    "events",
    "items",
    "latitude",
    "longitude",
    "country",
    "Time Interval",
]
EDGE_COLUMNS = ["Source", "Target", "Type", "Id", "Label", "Weight", "relation", "Time Interval"]


def _csv(columns: list[str], rows: Sequence[Sequence[object]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows([["" if v is None else v for v in r] for r in rows])
    return buf.getvalue().encode("utf-8")


def to_tables(net: Network) -> dict[str, bytes]:
    """{"nodes.csv": ..., "edges.csv": ...}"""
    nodes = [
        [
            n.id,
            n.label,
            n.kind,
            n.type,
            ALIAS_SEPARATOR.join(n.aliases),
            n.documents,
            n.statements,
            n.events,
            n.items,
            n.lat,
            n.lng,
            n.country,
            intervals(n.spells),
        ]
        for n in net.nodes.values()
    ]
    edges = [
        [e.source, e.target, "Directed", e.id, e.relation, e.weight, e.relation, intervals(e.spells)]
        for e in net.edges
    ]
    return {"nodes.csv": _csv(NODE_COLUMNS, nodes), "edges.csv": _csv(EDGE_COLUMNS, edges)}
