"""Exports: the network of actors and places for Gephi and graph tools (GEXF, GraphML, CSV),
and RDF dumps (Turtle, N-Quads, JSON-LD) for other RDF stores.

Every export takes the named queries' filters (topic, actor, place, since, until): a statement
or event report is kept when it passes them, with the actors and places it involves.

Every export is a stream (``prepare(...).chunks()``): its first bytes go out before the graph is
read, and memory does not grow with the graph. The RDF dumps hold one batch of triples at a time;
GEXF, GraphML and CSV hold the network (its nodes and edges, not the statements behind them),
which they need whole before writing nodes (a node's counts and spells come from every item).
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph import dates, queries
from newsgraph.queries import QueryError
from newsgraph.stores import QueryRejected, Store, StoreError

if TYPE_CHECKING:
    from newsgraph.export.network import Network

FORMATS: dict[str, str] = {  # format -> media type of one download
    "gexf": "application/gexf+xml",
    "graphml": "application/graphml+xml",
    "csv": "application/zip",  # a folder (CLI) or a zip (HTTP) of nodes.csv and edges.csv
    "turtle": "text/turtle",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
}
RDF_FORMATS = ("turtle", "nquads", "jsonld")
FILENAMES = {
    "gexf": "newsgraph.gexf",
    "graphml": "newsgraph.graphml",
    "csv": "newsgraph-csv.zip",
    "turtle": "newsgraph.ttl",
    "nquads": "newsgraph.nq",
    "jsonld": "newsgraph.jsonld",
}


class ExportError(Exception):
    """An export that cannot be made: unknown format, bad filter, a failed query (then the
    store's QueryRejected is the ``__cause__``)."""


class NeedsSparql(ExportError):
    """An RDF dump asked of a backend that does not speak SPARQL."""


def _filters(**filters: str | None) -> dict[str, str]:
    out = {k: v.strip() for k, v in filters.items() if v is not None and v.strip()}
    for key in ("since", "until"):
        if key in out:
            try:
                dates.checked(out[key])
            except ValueError as e:
                raise ExportError(f"--{key}: {e}") from None
    return out


def _failures(chunks: Iterator[bytes]) -> Generator[bytes]:
    """The chunks, with a query that fails midway turned into an ExportError."""
    try:
        yield from chunks
    except (QueryError, QueryRejected, StoreError) as e:
        raise ExportError(f"the export's queries failed: {e}") from e


class Export:
    """An export whose request has been checked (format, filters, backend) and whose bytes are
    not made yet: ``chunks`` streams them, reading the graph as it goes."""

    def __init__(self, store: Store, format: str, filters: dict[str, str]) -> None:
        self.store, self.format, self.filters = store, format, filters
        self.stop = threading.Event()  # set: the reading stops (Cancelled) at its next look

    def _network(self) -> Network:
        from newsgraph.export.network import collect

        return collect(self.store, self.filters, self.stop)

    def _triples(self) -> Iterator[Any]:
        from newsgraph.export.network import watched
        from newsgraph.export.rdfdump import triples

        yield from watched(triples(self.store, self.filters), self.stop)

    def chunks(self) -> Generator[bytes]:
        """The export as one download: the file itself, or a zip of the CSV tables."""
        from newsgraph.export import gexf, graphml, rdfdump, tables

        fmt = self.format
        if fmt == "gexf":
            return _failures(gexf.gexf_chunks(self.filters, self._network))
        if fmt == "graphml":
            return _failures(graphml.graphml_chunks(self._network))
        if fmt == "csv":
            return _failures(tables.zip_chunks(self._network))
        writers = {"turtle": rdfdump.turtle_chunks, "nquads": rdfdump.nquads_chunks, "jsonld": rdfdump.jsonld}
        return _failures(writers[fmt](self._triples()))

    def files(self) -> dict[str, Iterator[bytes]]:
        """The export's files by name ("" for a single-file format; nodes.csv and edges.csv for csv)."""
        if self.format != "csv":
            return {"": self.chunks()}
        from newsgraph.export import tables

        try:
            return {k: _failures(v) for k, v in tables.table_chunks(self._network()).items()}
        except (QueryError, QueryRejected, StoreError) as e:
            raise ExportError(f"the export's queries failed: {e}") from e


def prepare(
    store: Store,
    format: str,
    *,
    topic: str | None = None,
    actor: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Export:
    """Check the request, before anything is read or sent: ExportError for an unknown format, a bad
    date, an unknown topic (its ``__cause__`` the QueryError), NeedsSparql for an RDF dump of a
    store without SPARQL."""
    if format not in FORMATS:
        raise ExportError(f"unknown export format {format!r} (want: {', '.join(FORMATS)})")
    filters = _filters(topic=topic, actor=actor, place=place, since=since, until=until)
    try:
        queries.get("export_items").check_params(filters)
    except QueryError as e:
        raise ExportError(f"the export's queries failed: {e}") from e
    if format in RDF_FORMATS:
        from newsgraph.export.rdfdump import check

        check(store)
    return Export(store, format, filters)


def render(store: Store, format: str, **filters: str | None) -> dict[str, bytes]:
    """The export's files by name, whole in memory (small graphs, tests)."""
    return {name: b"".join(chunks) for name, chunks in prepare(store, format, **filters).files().items()}


def render_one(store: Store, format: str, **filters: str | None) -> bytes:
    """The export as one download, whole in memory (small graphs, tests)."""
    return b"".join(prepare(store, format, **filters).chunks())


def write_export(store: Store, format: str, output: Path | str, **filters: str | None) -> None:
    """Write the export to ``output``: a file, or for csv a folder receiving nodes.csv and edges.csv.
    Each file is written beside its place and renamed when complete."""
    files = prepare(store, format, **filters).files()
    out = Path(output)
    try:
        if list(files) == [""]:
            out.parent.mkdir(parents=True, exist_ok=True)
            _write(out, files[""])
        else:
            out.mkdir(parents=True, exist_ok=True)
            for name, chunks in files.items():
                _write(out / name, chunks)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e}") from e


def _write(path: Path, chunks: Iterator[bytes]) -> None:
    part = path.with_name(path.name + ".part")
    try:
        with part.open("wb") as f:
            for chunk in chunks:
                f.write(chunk)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
