"""The default store: an embedded Oxigraph database on disk, queried with SPARQL."""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from newsgraph import queries, querytext, rdf
from newsgraph.model import Record
from newsgraph.stores import (
    QueryRejected,
    QueryResult,
    QueryTimeout,
    StoreError,
    TooManyRows,
    actor_labels,
    derived,
    derived_read,
    derived_update,
    oxigraph_format,
    oxigraph_write,
)
from newsgraph.stores import format as store_format
from newsgraph.stores.derived_file import SavedRows
from newsgraph.stores.oxigraph_pool import Dataset, Payload, QueryPool, collect, open_read_only

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
        read_only: bool = False,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.timeout = timeout
        self.max_rows = max_rows
        self.read_only = read_only
        # queries evaluated at once; a query waiting for a slot spends its own time. On disk,
        # in worker processes that are killed at the deadline (oxigraph_pool); in memory (tests,
        # one-off stores), in threads that stop at the next row.
        self._query_slots = threading.BoundedSemaphore(query_threads)
        # Results of read queries, by query text: every change goes through ``write`` (one writing
        # process), which empties it; a query across a write is not kept; read-only: no cache.
        self.cache_size = 0 if read_only else cache_size
        self._cache: OrderedDict[tuple[int, str], QueryResult] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._generation, self._known, self._held = 0, rdf.Known(), actor_labels.Held(lambda: self.store)
        self._marked = False  # the store holds this code's format marker (known after a write)
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"no Oxigraph store at {self.path} (build one first)")
                self.store = open_read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as e:
            raise StoreError(f"cannot open the Oxigraph store at {self.path}: {e}") from e
        self._pool = None if self.path is None else QueryPool(str(self.path), query_threads, PREFIXES)
        # derived tables, read after each write (a read-only store: only the names each query needs,
        # then the query texts); their rows kept beside the store on disk (derived_file)
        saved = None
        if self.path is not None and not read_only:
            where = self.path.parent / f"{self.path.name}.tables"
            saved = SavedRows(where, lambda: len(self.store), derived_read.sparql_queries())
        self._derived = derived.Derived(
            lambda full: derived_read.read_sparql(self._every_row, full),
            live=read_only,
            saved=saved,
            rows=lambda: derived_read.sparql_rows(self._every_row),
            build=derived_read.sparql_tables,
            current=lambda: self._generation,
            update=lambda rows, touched: derived_update.update(rows, touched, self._every_row),
        )

    # -- writing
    BULK_MIN = 1_000
    """Batches of at least this many triples take Oxigraph's bulk path (sorted SST files ingested by
    RocksDB), about twice as fast as a transaction (a bulk call costs a few milliseconds)."""
    BULK_MAX = 1_000_000
    """Oxigraph's bulk loader ingests up to this many quads as one set of SST files (its
    ``DEFAULT_BULK_LOAD_BATCH_SIZE``); a larger batch would be several ingestions, so it goes
    through a transaction instead."""

    STREAM_MIN = 100_000
    """A write that may make this many quads (``rdf.most_quads``), and at most ``BULK_MAX``, streams
    them into the bulk loader, made a record at a time (a group's quads are never all held)."""
    WRITE_GROWTH, WRITE_RECORDS_MAX = 0.5, 48_000  # a build's groups grow with the store (build._Growth)

    def write(self, records: Sequence[Record], replace: Collection[str] = ()) -> None:
        """All the batch's triples, or none (``oxigraph_write``: a bulk write is as atomic as a
        transaction). With ``replace`` (document ids), one SPARQL Update forgets those documents
        and inserts the batch: one transaction."""
        if self.read_only:
            raise StoreError(f"the Oxigraph store at {self.path} is open read-only")
        # the format marker, with the first write (a store in another format is refused here)
        marker = [] if self._marked else oxigraph_format.to_write(self.store, str(self.path or "(memory)"))
        quads = oxigraph_write.quads(
            records, replace, self.BULK_MIN, self.STREAM_MIN, self.BULK_MAX, self._known
        )
        saved = self._derived.saved
        with saved.lock if saved is not None else contextlib.nullcontext():
            # the rows of the derived tables are brought up to date from the nodes a write touches
            self._derived.before_write(
                self._generation, lambda: derived_update.touched_before(replace, self._every_row)
            )
            self._write(quads, replace, saved, marker, actor_labels.sparql_update(records, self._held))
            self._marked = True
            self._derived.after_write(  # (streamed quads are made again: only when rows are pending)
                self._generation,
                lambda: derived_update.batch_nodes(
                    quads if isinstance(quads, list) else rdf.triples(records)
                ),
            )

    def _write(
        self,
        quads: oxigraph_write.Quads,
        replace: Collection[str],
        saved: SavedRows | None,
        marker: list[ox.Quad],
        relabel: str = "",
    ) -> None:
        try:
            if saved is not None:
                saved.forget()  # the saved rows of the derived tables are about to be wrong
            oxigraph_write.ingest(
                self.store, quads, replace, marker, self.BULK_MIN, self.BULK_MAX, self._known
            )
            actor_labels.run(self.store, relabel, self._held)  # one label per actor
            if self._pool is not None:
                self.store.flush()  # the query workers open the store read-only: from the files
        except (OSError, SyntaxError) as e:
            raise StoreError(f"writing to the Oxigraph store failed, nothing was written: {e}") from e
        finally:
            self._written()

    def _written(self) -> None:
        """After a write (or a failed one): empty the cache and tell the workers to reopen."""
        with self._cache_lock:
            self._generation += 1
            self._cache.clear()
            if self._pool is not None:
                self._pool.generation = self._generation

    def stored_format(self) -> store_format.StoredFormat:
        """The store's format marker (``stores.format``), and whether it holds any document."""
        return oxigraph_format.stored_format(self.store)

    def known_documents(self, hashes: Iterable[str]) -> set[str]:
        pred = ox.NamedNode(rdf.NG + "sha256")
        return {h for h in hashes if any(self.store.quads_for_pattern(None, pred, ox.Literal(h), None))}

    def stored_versions(self, ids: Iterable[str]) -> dict[str, set[str]]:
        pred = ox.NamedNode(rdf.NG + "sha256")
        out: dict[str, set[str]] = {}
        for i in set(ids):
            quads = self.store.quads_for_pattern(rdf.doc_iri(i), pred, None, None)
            found = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
            if found:
                out[i] = found
        return out

    def warm(self) -> None:
        """Start the query workers and read the derived tables now rather than on the first query
        (the service's start)."""
        if self._pool is not None:
            self._pool.warm()
        self.tables()

    def tables(self) -> derived.Tables:
        """The derived tables (names, actors, network edges) of the store as it is now."""
        return self._derived.tables(self._generation)

    def _every_row(self, text: str) -> list[list[Any]]:
        """Every row of a query, run here, without the time and row limits (the derived tables)."""
        solutions = self.store.query(text, prefixes=PREFIXES)
        return [[term_value(v) for v in s] for s in solutions]  # type: ignore[union-attr]

    def ping(self) -> None:
        """One read through the query path (a worker on disk), past the cache."""
        self._bounded("ASK { ?s ?p ?o }")

    # -- reading
    def query(
        self, name: str, params: Mapping[str, object], limit: int | None = None, offset: int = 0
    ) -> QueryResult:
        q = queries.get(name)
        if q.sparql is None:
            raise queries.QueryError(f"query {name!r} has no SPARQL version")
        bound = q.check_params(params)
        answered = derived.answer(q, bound, self._derived, self._generation, limit, offset, self.max_rows)
        if answered is not None:
            return answered
        bound = derived.bind(q, bound, self.tables, "sparql")
        text = queries.bind_sparql(q.sparql, bound, limit=limit, offset=offset)
        return self._cached(text)

    def in_memory(
        self, name: str, params: Mapping[str, object], limit: int | None = None, offset: int = 0
    ) -> QueryResult | None:
        """``query``'s answer when the derived tables hold it and are read already, else None: no
        lock, no engine, no wait (the service calls it on its event loop, and ``query`` in a
        worker thread otherwise)."""
        q = queries.get(name)
        if q.sparql is None:
            return None
        bound = q.check_params(params)
        generation = self._generation
        return derived.answer(q, bound, self._derived, generation, limit, offset, self.max_rows, now=True)

    @staticmethod
    def _checked(text: str) -> str:
        """The text the engine runs, once bounded in size and depth (``querytext.bounded``)."""
        try:
            return querytext.bounded(text, "sparql")
        except querytext.QueryShapeError as e:
            raise QueryRejected(str(e)) from e

    def sparql(self, text: str, dataset: Dataset | None = None) -> Any:
        """Run a read-only SPARQL query; its result (QuerySolutions, QueryTriples or QueryBoolean)
        is held in memory, so serialising it cannot run past the limits.

        Refused with QueryRejected: text that is not a query (an update never parses as one), too
        long or nested too deep, or with a SERVICE clause; with QueryTimeout, a query past
        ``self.timeout`` seconds; with TooManyRows, one with more than ``self.max_rows`` results
        (add a LIMIT). ``dataset`` carries what the protocol says of the query's dataset
        (default-graph-uri, named-graph-uri) and base IRI.
        """
        columns, items, truncated = self._bounded(self._checked(text), dataset)
        if truncated:
            raise TooManyRows(
                f"the query has more than {self.max_rows} results (the row limit); add a LIMIT or narrow it"
            )
        if isinstance(items, bool):
            return ox.parse_query_results(
                f'{{"head":{{}},"boolean":{str(items).lower()}}}', ox.QueryResultsFormat.JSON
            )
        if columns is None:  # CONSTRUCT / DESCRIBE: replay the triples from a small in-memory store
            graph = ox.Store()
            graph.extend([ox.Quad(t.subject, t.predicate, t.object) for t in items])
            return graph.query("CONSTRUCT WHERE { ?s ?p ?o }")
        import json

        bindings = [
            {c: self._json_term(v) for c, v in zip(columns, s, strict=True) if v is not None} for s in items
        ]
        doc = {"head": {"vars": columns}, "results": {"bindings": bindings}}
        return ox.parse_query_results(json.dumps(doc), ox.QueryResultsFormat.JSON)

    def raw(self, text: str) -> QueryResult:
        """Rows of a read-only SPARQL query, at most ``self.max_rows`` (then ``truncated``);
        refused as in ``sparql`` otherwise.

        Answered from the result cache when the same text was asked since the last write (a
        result of up to ``CACHE_MAX_ROWS`` rows; the caller gets its own lists)."""
        return self._cached(self._checked(text))

    def _cached(self, text: str) -> QueryResult:
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
        return QueryResult(columns, [[term_value(v) for v in s] for s in items], truncated)

    def _bounded(self, text: str, dataset: Dataset | None = None) -> Payload:
        """(columns or None for triples, solutions / triples / boolean, truncated), within the
        time and row limits. On disk, the query runs in a worker process killed at the deadline
        (``oxigraph_pool``). In memory, in a daemon thread (pyoxigraph releases the GIL): the
        caller stops waiting at the deadline and the thread stops at the next row, but a query
        stuck in one blocking step (a sort, an aggregate) keeps its slot until that step ends."""
        if self.timeout <= 0:  # no time at all: every query is late, whatever its speed
            raise QueryTimeout(f"query timed out after {self.timeout:g} s (the query time limit)")
        try:
            if self._pool is not None:
                return self._pool.run(text, self.max_rows, self.timeout, dataset)
            return self._in_thread(text, dataset)
        except QueryRejected as e:
            if isinstance(e.__cause__, SyntaxError):
                raise QueryRejected(self._syntax_message(text, e.__cause__)) from e.__cause__
            raise

    def _in_thread(self, text: str, dataset: Dataset | None = None) -> Payload:
        if "service" in text.lower():
            import rdflib.plugins.sparql.parser  # noqa: F401 - imported once, outside the time limit
        deadline = time.monotonic() + self.timeout
        slots = self._query_slots
        if not slots.acquire(timeout=self.timeout):
            raise QueryTimeout(f"the store is busy: no query finished within {self.timeout:g} s; retry later")
        stop, done = threading.Event(), threading.Event()
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["value"] = collect(self.store, text, self.max_rows, PREFIXES, stop, dataset)
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
        if error is not None:
            raise error
        return box["value"]  # type: ignore[no-any-return]

    @staticmethod
    def _syntax_message(text: str, error: SyntaxError) -> str:
        """Say "read-only" when the text is a SPARQL Update (by rdflib's update grammar; only
        short texts, as the parse is slow: this runs after the query's time limit)."""
        if len(text) <= 5_000:
            try:
                from rdflib.plugins.sparql.parser import parseUpdate

                if parseUpdate(text).request:
                    return (
                        "SPARQL Update is not allowed: this endpoint is read-only "
                        "(send SELECT, ASK, CONSTRUCT or DESCRIBE)"
                    )
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

    def stream(self, text: str | None = None) -> Iterator[Any]:
        """For exports, read lazily past the row and time limits: the solutions of a SELECT or the
        triples of a CONSTRUCT; with no text, every quad of the default graph in index order (a
        CONSTRUCT keeps every triple it gave, to drop repeats: memory that grows with the graph)."""
        if text is None:
            return iter(self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        return iter(self.store.query(text, prefixes=PREFIXES))  # type: ignore[arg-type]

    def __len__(self) -> int:
        """The triples of the graph (the default graph: not the format marker's own graph)."""
        return len(self.store) - oxigraph_format.marker_quads(self.store)

    def close(self) -> None:
        if not self.read_only:
            self._derived.flush(self._generation)  # the rows a build brought up to date, saved
        if self._pool is not None:
            self._pool.close()
        try:
            if not self.read_only:
                self.store.flush()
        except OSError:
            pass
        del self.store
