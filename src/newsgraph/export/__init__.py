"""Exports: the network of actors and places for Gephi and graph tools (GEXF, GraphML, CSV),
and RDF dumps (Turtle, N-Quads, JSON-LD) for other RDF stores.

Every export takes the named queries' filters (topic, actor, place, since, until): a statement
or event report is kept when it passes them, with the actors and places it involves.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsgraph import dates
from newsgraph.queries import QueryError
from newsgraph.stores import QueryRejected, Store, StoreError

FORMATS: dict[str, str] = {  # format -> media type of one download
    "gexf": "application/gexf+xml",
    "graphml": "application/graphml+xml",
    "csv": "application/zip",  # a folder (CLI) or a zip (HTTP) of nodes.csv and edges.csv
    "turtle": "text/turtle",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
}
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


def _network(render: Callable[[Any], Any]) -> Callable[[Store, dict[str, str]], dict[str, bytes]]:
    def run(store: Store, filters: dict[str, str]) -> dict[str, bytes]:
        from newsgraph.export.network import collect

        out = render(collect(store, filters))
        return out if isinstance(out, dict) else {"": out}

    return run


def _rdf(serialize: Callable[[Any], bytes]) -> Callable[[Store, dict[str, str]], dict[str, bytes]]:
    def run(store: Store, filters: dict[str, str]) -> dict[str, bytes]:
        from newsgraph.export.rdfdump import graph

        return {"": serialize(graph(store, filters))}

    return run


def _renderers() -> dict[str, Callable[[Store, dict[str, str]], dict[str, bytes]]]:
    from newsgraph.export import gexf, graphml, rdfdump, tables

    return {
        "gexf": _network(gexf.to_gexf),
        "graphml": _network(graphml.to_graphml),
        "csv": _network(tables.to_tables),
        "turtle": _rdf(rdfdump.to_turtle),
        "nquads": _rdf(rdfdump.to_nquads),
        "jsonld": _rdf(rdfdump.to_jsonld),
    }


def render(
    store: Store,
    format: str,
    *,
    topic: str | None = None,
    actor: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, bytes]:
    """The export's files by name ("" for a single-file format; nodes.csv and edges.csv for csv)."""
    if format not in FORMATS:
        raise ExportError(f"unknown export format {format!r} (want: {', '.join(FORMATS)})")
    filters = _filters(topic=topic, actor=actor, place=place, since=since, until=until)
    try:
        return _renderers()[format](store, filters)
    except (QueryError, QueryRejected, StoreError) as e:
        raise ExportError(f"the export's queries failed: {e}") from e


def render_one(store: Store, format: str, **filters: str | None) -> bytes:
    """The export as one download: the file itself, or a zip of the CSV tables."""
    files = render(store, format, **filters)
    if list(files) == [""]:
        return files[""]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def write_export(store: Store, format: str, output: Path | str, **filters: str | None) -> None:
    """Write the export to ``output``: a file, or for csv a folder receiving nodes.csv and edges.csv."""
    files = render(store, format, **filters)
    out = Path(output)
    try:
        if list(files) == [""]:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(files[""])
        else:
            out.mkdir(parents=True, exist_ok=True)
            for name, data in files.items():
                (out / name).write_bytes(data)
    except OSError as e:
        raise ExportError(f"cannot write {out}: {e}") from e
