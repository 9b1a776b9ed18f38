"""``nodes.csv`` and ``edges.csv`` in the format of Gephi's spreadsheet import (Data Laboratory):
``Id``, ``Label``, ``Source``, ``Target``, ``Type``, ``Weight`` and ``Time Interval`` columns."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator

from newsgraph.export.graphml import intervals
from newsgraph.export.network import Edge, Network, Node
from newsgraph.export.sink import CHUNK, Sink

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
    "sector",
    "Time Interval",
]
EDGE_COLUMNS = ["Source", "Target", "Type", "Id", "Label", "Weight", "relation", "Time Interval"]


def _node_row(n: Node) -> list[object]:
    return [n.id, n.label, *n.attributes().values(), intervals(n.spells)]


def _edge_row(e: Edge) -> list[object]:
    return [e.source, e.target, "Directed", e.id, e.relation, e.weight, e.relation, intervals(e.spells)]


def _csv(columns: list[str], rows: Iterable[list[object]]) -> Iterator[bytes]:
    """A CSV table in chunks of about ``CHUNK`` bytes."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
        if buf.tell() >= CHUNK:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue().encode("utf-8")


def table_chunks(net: Network) -> dict[str, Iterator[bytes]]:
    """{"nodes.csv": chunks, "edges.csv": chunks}"""
    return {
        "nodes.csv": _csv(NODE_COLUMNS, map(_node_row, net.nodes.values())),
        "edges.csv": _csv(EDGE_COLUMNS, map(_edge_row, net.edges)),
    }


def zip_chunks(network: Callable[[], Network]) -> Iterator[bytes]:
    """nodes.csv and edges.csv as one zip, written as a stream (data descriptors, no seeking)."""
    sink = Sink()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        first = z.open("nodes.csv", "w")  # its header goes out before the graph is read
        yield sink.take()
        for name, chunks in table_chunks(network()).items():
            with first if name == "nodes.csv" else z.open(name, "w") as f:
                for chunk in chunks:
                    f.write(chunk)
                    if sink.full:
                        yield sink.take()
    yield sink.take()


def to_tables(net: Network) -> dict[str, bytes]:
    """{"nodes.csv": ..., "edges.csv": ...}"""
    return {name: b"".join(chunks) for name, chunks in table_chunks(net).items()}
