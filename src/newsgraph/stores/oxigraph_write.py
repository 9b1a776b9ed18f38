"""How a write's quads reach Oxigraph: in one transaction, one SPARQL Update (a write that replaces
documents) or one bulk ingestion, and whether they are streamed into it or made first.

A bulk write is as atomic as a transaction: pyoxigraph's ``bulk_extend`` sorts a batch of at most
``BULK_MAX`` quads (Oxigraph's ``DEFAULT_BULK_LOAD_BATCH_SIZE``) into one SST file per index and
hands them to RocksDB's ``IngestExternalFiles`` in one call, which records all of them in the
manifest or none, including when the process dies midway (RocksDB ``db.h``). An error before that
point (one in the iterator of the quads included) leaves only temporary files.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Sequence

import pyoxigraph as ox

from newsgraph import rdf
from newsgraph.model import Record
from newsgraph.stores import oxigraph_format, versions

Quads = list[ox.Quad] | Iterator[ox.Quad]


def quads(
    records: Sequence[Record],
    replace: Collection[str],
    bulk_min: int,
    stream_min: int,
    bulk_max: int,
    known: rdf.Known | None = None,
) -> Quads:
    """The quads of ``records``: an iterator that makes them a record at a time when they go to one
    bulk ingestion whatever their number (``rdf.most_quads`` between ``max(bulk_min, stream_min)``
    and ``bulk_max``), without those ``known`` to be stored already, else a list (its length decides
    the path)."""
    if not replace and max(bulk_min, stream_min) <= rdf.most_quads(records) <= bulk_max:
        return rdf.triples(records, known)
    return rdf.quads(records)


def ingest(
    store: ox.Store,
    quads: Quads,
    replace: Collection[str],
    marker: list[ox.Quad],
    bulk_min: int,
    bulk_max: int,
    known: rdf.Known | None = None,
) -> None:
    """Write ``quads`` and the format ``marker`` in one step (forgetting the documents of
    ``replace`` in it): all of them, or none. ``known`` (what the store's earlier writes hold of
    the recurring quads, ``rdf.Known``) is emptied when the write fails (the stream of its quads
    has named quads that are not stored) and when it forgets documents (their quads go)."""
    try:
        _ingest(store, quads, replace, marker, bulk_min, bulk_max)
    except BaseException:
        if known is not None:
            known.clear()
        raise
    if replace and known is not None:
        known.clear()


def _ingest(
    store: ox.Store,
    quads: Quads,
    replace: Collection[str],
    marker: list[ox.Quad],
    bulk_min: int,
    bulk_max: int,
) -> None:
    if replace:
        data = ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES) or b""
        update = versions.sparql_forget_and_insert(replace, data)
        for quad in marker:  # in the same request: one transaction
            update += b" ;\n" + oxigraph_format.marker_update(quad).encode("utf-8")
        store.update(update.decode("utf-8"))
    elif not isinstance(quads, list):  # at most bulk_max (rdf.most_quads): one ingestion
        store.bulk_extend(itertools.chain(quads, marker))
    elif bulk_min <= len(quads) <= bulk_max:
        store.bulk_extend(quads + marker)
    else:
        store.extend(quads + marker)
