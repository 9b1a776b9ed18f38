"""The default store: an embedded Oxigraph database on disk, queried with SPARQL."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from newsgraph import queries, rdf
from newsgraph.model import Record
from newsgraph.stores import QueryRejected, QueryResult, QueryTimeout, StoreError, TooManyRows

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


def _copy(result: QueryResult) -> QueryResult:
    """A result whose lists the caller may change without changing the cached one."""
    return QueryResult(list(result.columns), [list(r) for r in result.rows], result.truncated)


class OxigraphStore:
    language = "sparql"

    CACHE_MAX_ROWS = 1_000
    """Results of more rows than this are not kept in the result cache (exports, raw dumps)."""

    def __init__(
        self,
        path: Path | str | None,
        *,
        timeout: float = 10.0,
        max_rows: int = 10_000,
        cache_size: int = 256,
        query_threads: int = 4,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.timeout = timeout
        self.max_rows = max_rows
        # queries evaluated at once; a query waiting for a slot spends its own time
        self._query_slots = threading.BoundedSemaphore(query_threads)
        # Results of read queries, by query text. Exact, not approximate: RocksDB lets one process
        # at a time open the store for writing, so every change goes through ``write`` here, and
        # ``write`` empties the cache; a query that ran across a write is not kept (generations).
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[int, str], QueryResult] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._generation = 0
        try:
            if self.path is not None:
                self.path.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store(str(self.path) if self.path is not None else None)
        except OSError as e:
            raise StoreError(f"cannot open the Oxigraph store at {self.path}: {e}") from e

    # -- writing
    BULK_MIN = 1_000
    """Batches of at least this many triples take Oxigraph's bulk path (sorted SST files ingested
    by RocksDB), about twice as fast as a transaction; smaller ones a transaction (a bulk call
    costs a few milliseconds whatever its size)."""
    BULK_MAX = 1_000_000
    """Oxigraph's bulk loader ingests up to this many quads as one set of SST files (its
    ``DEFAULT_BULK_LOAD_BATCH_SIZE``); a larger batch would be several ingestions, so it goes
    through a transaction instead."""

    def write(self, records: Sequence[Record]) -> None:
        """All the batch's triples, or none.

        A bulk write is as atomic as a transaction: pyoxigraph's ``bulk_extend`` sorts a batch of
        at most ``BULK_MAX`` quads into one SST file per index and hands them to RocksDB's
        ``IngestExternalFiles`` in one call, which records all of them in the manifest or none,
        including when the process dies midway (RocksDB ``db.h``). An error before that point
        leaves only temporary files.
        """
        quads = list(rdf.triples(records))
        try:
            if self.BULK_MIN <= len(quads) <= self.BULK_MAX:
                self.store.bulk_extend(quads)
            else:
                self.store.extend(quads)
        except OSError as e:
            raise StoreError(f"writing to the Oxigraph store failed, nothing was written: {e}") from e
        finally:
            with self._cache_lock:
                self._generation += 1
                self._cache.clear()

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
        """Run a read-only SPARQL query; its result (QuerySolutions, QueryTriples or QueryBoolean)
        is held in memory, so serialising it cannot run past the limits.

        Refused with QueryRejected: text that is not a query (an update never parses as one); with
        QueryTimeout, a query past ``self.timeout`` seconds; with TooManyRows, one with more than
        ``self.max_rows`` results (add a LIMIT).
        """
        columns, items, truncated = self._bounded(text)
        if truncated:
            raise TooManyRows(
                f"the query has more than {self.max_rows} results (the row limit); add a LIMIT or narrow it"
            )
        if isinstance(items, bool):
            return ox.parse_query_results(f'{{"head":{{}},"boolean":{str(items).lower()}}}', ox.QueryResultsFormat.JSON)
        if columns is None:  # CONSTRUCT / DESCRIBE: replay the triples from a small in-memory store
            graph = ox.Store()
            graph.extend([ox.Quad(t.subject, t.predicate, t.object) for t in items])
            return graph.query("CONSTRUCT WHERE { ?s ?p ?o }")
        import json

        bindings = [{c: self._json_term(s[c]) for c in columns if s[c] is not None} for s in items]
        doc = {"head": {"vars": columns}, "results": {"bindings": bindings}}
        return ox.parse_query_results(json.dumps(doc), ox.QueryResultsFormat.JSON)

    def raw(self, text: str) -> QueryResult:
        """Rows of a read-only SPARQL query, at most ``self.max_rows`` (then ``truncated``);
        a query past ``self.timeout`` seconds is refused as in ``sparql``.

        Answered from the result cache when the same text was asked since the last write (a
        result of up to ``CACHE_MAX_ROWS`` rows; the caller gets its own lists)."""
        key = (self.max_rows, text)  # a result cut at one row limit is not the answer under another
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
            generation = self._generation
        if hit is not None:
            return _copy(hit)
        result = self._raw(text)
        if self.cache_size > 0 and len(result.rows) <= self.CACHE_MAX_ROWS:
            kept = _copy(result)
            with self._cache_lock:
                if generation == self._generation:  # no write since the query started
                    self._cache[key] = kept
                    while len(self._cache) > self.cache_size:
                        self._cache.popitem(last=False)
        return result

    def _raw(self, text: str) -> QueryResult:
        columns, items, truncated = self._bounded(text)
        if isinstance(items, bool):
            return QueryResult(["boolean"], [[items]])
        if columns is None:
            rows = [[term_value(t.subject), term_value(t.predicate), term_value(t.object)] for t in items]
            return QueryResult(["subject", "predicate", "object"], rows, truncated)
        return QueryResult(columns, [[term_value(s[c]) for c in columns] for s in items], truncated)

    def _bounded(self, text: str) -> tuple[list[str] | None, list[Any] | bool, bool]:
        """(columns or None for triples, solutions / triples / boolean, truncated), within the
        time and row limits. pyoxigraph has no timeout and releases the GIL while it evaluates:
        the query runs in a daemon thread, the caller stops waiting at the deadline and the
        thread stops at the next row. A query stuck in one blocking step (a sort, an aggregate)
        keeps its slot until that step ends; new queries then wait for a slot, within their time."""
        if "service" in text.lower():
            import rdflib.plugins.sparql.parser  # noqa: F401 - imported once, outside the time limit

        if self.timeout <= 0:  # no time at all: every query is late, whatever its speed
            raise QueryTimeout(f"query timed out after {self.timeout:g} s (the query time limit)")
        deadline = time.monotonic() + self.timeout
        slots = self._query_slots
        if not slots.acquire(timeout=self.timeout):
            raise QueryTimeout(f"the store is busy: no query finished within {self.timeout:g} s; retry later")
        stop, done = threading.Event(), threading.Event()
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["value"] = self._collect(text, stop)
            except BaseException as e:  # handed to the caller
                box["error"] = e
            finally:
                slots.release()
                done.set()

        threading.Thread(target=work, name="sparql-query", daemon=True).start()
        if not done.wait(max(0.0, deadline - time.monotonic())):
            stop.set()
            raise QueryTimeout(
                f"query timed out after {self.timeout:g} s (the query time limit); narrow it or add a LIMIT"
            )
        error = box.get("error")
        if isinstance(error, QueryRejected) and isinstance(error.__cause__, SyntaxError):
            raise QueryRejected(self._syntax_message(text, error.__cause__)) from error.__cause__
        if error is not None:
            raise error
        return box["value"]  # type: ignore[no-any-return]

    def _collect(self, text: str, stop: Any) -> tuple[list[str] | None, list[Any] | bool, bool]:
        """Evaluate and gather up to ``max_rows`` results, stopping early when ``stop`` is set."""
        if "service" in text.lower() and self._federates(text):
            raise QueryRejected(
                "SERVICE (a federated query) is not allowed: this service sends no requests elsewhere"
            )
        result = None  # pyoxigraph's iterator must be dropped in this thread (it is "unsendable")
        try:
            result = self.store.query(text, prefixes=PREFIXES)
            if isinstance(result, ox.QueryBoolean):
                return None, bool(result), False
            columns = None if isinstance(result, ox.QueryTriples) else [v.value for v in result.variables]
            items: list[Any] = []
            for item in result:
                if len(items) >= self.max_rows:
                    return columns, items, True
                if stop.is_set():
                    break
                items.append(item)
            return columns, items, False
        except SyntaxError as e:
            raise QueryRejected(f"SPARQL syntax error: {e}") from e
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryRejected(f"SPARQL query failed: {e}") from e
        finally:
            del result

    @staticmethod
    def _federates(text: str) -> bool:
        """True when the query has a SERVICE clause, by rdflib's parse (pyoxigraph would send the
        HTTP requests: a way into the private network), or when rdflib cannot parse it to tell."""
        from pyparsing import ParseResults
        from rdflib.plugins.sparql.parser import parseQuery
        from rdflib.plugins.sparql.parserutils import CompValue

        try:
            stack: list[Any] = [parseQuery(text)]
        except Exception:  # cannot tell: refuse
            return True
        while stack:
            node = stack.pop()
            if isinstance(node, CompValue):
                if node.name == "ServiceGraphPattern":
                    return True
                stack.extend(node.values())
            elif isinstance(node, list | tuple | ParseResults):
                stack.extend(node)
        return False

    @staticmethod
    def _syntax_message(text: str, error: SyntaxError) -> str:
        """Say "read-only" when the text is a SPARQL Update (by rdflib's update grammar; only
        short texts, as the parse is slow: this runs after the query's time limit)."""
        if len(text) <= 5_000:
            try:
                from rdflib.plugins.sparql.parser import parseUpdate

                if parseUpdate(text).request:
                    return "SPARQL Update is not allowed: this endpoint is read-only (send SELECT, ASK, CONSTRUCT or DESCRIBE)"
            except Exception:  # not an update either: report the query syntax error
                pass
        return f"SPARQL syntax error: {error}"

    @staticmethod
    def _json_term(term: Any) -> dict[str, Any]:
        """An RDF term in the SPARQL 1.1 JSON results format."""
        if isinstance(term, ox.NamedNode):
            return {"type": "uri", "value": term.value}
        if isinstance(term, ox.BlankNode):
            return {"type": "bnode", "value": term.value}
        if isinstance(term, ox.Triple):
            parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}
            return {"type": "triple", "value": {k: OxigraphStore._json_term(v) for k, v in parts.items()}}
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out

    def construct(self, text: str) -> list[ox.Triple]:
        """Every triple of a CONSTRUCT query, read from the store directly (no row limit)."""
        return list(self.store.query(text, prefixes=PREFIXES))  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        try:
            self.store.flush()
        except OSError:
            pass
        del self.store
