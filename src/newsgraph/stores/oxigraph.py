"""The default store: an embedded Oxigraph database on disk, queried with SPARQL."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from newsgraph import queries, rdf
from newsgraph.model import Record
from newsgraph.stores import QueryRejected, QueryResult, StoreError

PREFIXES = {
    "ng": rdf.NG,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "time": "http://www.w3.org/2006/time#",
    "prov": "http://www.w3.org/ns/prov#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
}


def term_value(term: Any) -> Any:
    """A plain Python value for an RDF term in a result row."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith(("#integer", "#int", "#long", "#decimal")) and "." not in term.value:
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt.endswith(("#double", "#float", "#decimal")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


class OxigraphStore:
    language = "sparql"

    def __init__(self, path: Path | str | None, *, timeout: float = 10.0, max_rows: int = 10_000) -> None:
        self.path = Path(path) if path is not None else None
        self.timeout = timeout
        self.max_rows = max_rows
        try:
            if self.path is not None:
                self.path.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store(str(self.path) if self.path is not None else None)
        except OSError as e:
            raise StoreError(f"cannot open the Oxigraph store at {self.path}: {e}") from e

    # -- writing
    def write(self, records: Sequence[Record]) -> None:
        """One transaction: all the batch's triples, or none."""
        try:
            self.store.extend(list(rdf.triples(records)))
        except OSError as e:
            raise StoreError(f"writing to the Oxigraph store failed, nothing was written: {e}") from e

    def known_documents(self, hashes: Iterable[str]) -> set[str]:
        pred = ox.NamedNode(rdf.NG + "sha256")
        return {h for h in hashes if any(self.store.quads_for_pattern(None, pred, ox.Literal(h), None))}

    # -- reading
    def query(self, name: str, params: Mapping[str, object], limit: int | None = None, offset: int = 0) -> QueryResult:
        q = queries.get(name)
        if q.sparql is None:
            raise queries.QueryError(f"query {name!r} has no SPARQL version")
        bound = q.check_params(params)
        text = queries.bind_sparql(q.sparql, bound, limit=limit, offset=offset)
        return self.raw(text)

    def sparql(self, text: str) -> Any:
        """Run a read-only SPARQL query and return pyoxigraph's result object."""
        try:
            return self.store.query(text, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryRejected(f"SPARQL syntax error: {e}") from e
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryRejected(f"SPARQL query failed: {e}") from e

    def raw(self, text: str) -> QueryResult:
        result = self.sparql(text)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(["boolean"], [[bool(result)]])
        if isinstance(result, ox.QueryTriples):
            rows: list[list[Any]] = []
            for t in result:
                rows.append([term_value(t.subject), term_value(t.predicate), term_value(t.object)])
                if len(rows) >= self.max_rows:
                    return QueryResult(["subject", "predicate", "object"], rows, truncated=True)
            return QueryResult(["subject", "predicate", "object"], rows)
        columns = [v.value for v in result.variables]
        deadline = time.monotonic() + self.timeout
        out = QueryResult(columns)
        for solution in result:
            if len(out.rows) >= self.max_rows:
                out.truncated = True
                break
            if time.monotonic() > deadline:
                raise QueryRejected(f"query timed out after {self.timeout:g} s")
            out.rows.append([term_value(solution[c]) for c in columns])
        return out

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        try:
            self.store.flush()
        except OSError:
            pass
        del self.store
