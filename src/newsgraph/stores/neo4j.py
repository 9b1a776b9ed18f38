"""Neo4j through the official driver (URI, user, password and database from settings.neo4j).

Guarantees: a batch is written by one statement (graph_mapping.LOAD_QUERY) in one write
transaction (``session.execute_write``), so it is all or nothing; writes are MERGEs on node keys
backed by uniqueness constraints (graph_mapping.NEO4J_SCHEMA), so rewriting a batch adds nothing.
Named and raw queries run in read transactions, so the server refuses any write clause.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from newsgraph import queries
from newsgraph.model import Record
from newsgraph.settings import Settings
from newsgraph.stores import QueryRejected, QueryResult, QueryTimeout, StoreError
from newsgraph.stores import graph_mapping as gm


def plain(value: Any) -> Any:
    """A JSON-friendly value for a Neo4j result cell (nodes and relationships as maps)."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": {k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": {k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "edges": [plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Duration
        return value.iso_format()
    return value


def _rejected(e: Exception) -> QueryRejected:
    code = getattr(e, "code", "") or ""
    message = getattr(e, "message", None) or str(e)
    if (
        "AccessMode" in code
        or "read access mode" in message.lower()
        or "ForbiddenDueToTransactionType" in code
    ):
        return gm.WriteRefused(f"this endpoint is read-only; the query would write: {message}")
    if "Timeout" in code or "TransactionTimedOut" in code:
        return QueryTimeout(f"query timed out: {message}")
    return QueryRejected(f"Cypher query failed: {message}")


class Neo4jStore(gm.CypherReads):
    live_tables = True  # a server other processes may write: names are read for each query
    language = "cypher"

    def __init__(
        self, driver: Any, database: str | None = "neo4j", *, timeout: float = 10.0, max_rows: int = 10_000
    ) -> None:
        self.driver = driver
        self.database = database
        self.timeout = timeout
        self.max_rows = max_rows
        self._ensure_schema()

    @classmethod
    def from_settings(cls, settings: Settings) -> Neo4jStore:
        import neo4j
        from neo4j.exceptions import DriverError, Neo4jError

        conf = settings.neo4j
        if not conf.uri:
            raise StoreError("the neo4j backend needs NEWSGRAPH_NEO4J__URI (e.g. bolt://localhost:7687)")
        try:
            driver = neo4j.GraphDatabase.driver(conf.uri, auth=(conf.user, conf.password.get_secret_value()))
            driver.verify_connectivity()
        except (Neo4jError, DriverError, ValueError, OSError) as e:
            raise StoreError(f"cannot reach Neo4j at {conf.uri}: {e}") from e
        return cls(driver, conf.database, timeout=settings.query_timeout, max_rows=settings.max_rows)

    def _ensure_schema(self) -> None:
        from neo4j.exceptions import Neo4jError

        try:
            with self.driver.session(database=self.database) as session:
                for statement in gm.NEO4J_SCHEMA:
                    session.run(statement).consume()
        except Neo4jError as e:
            raise StoreError(f"cannot create the Neo4j constraints: {e}") from e

    # -- writing
    def write(self, records: Sequence[Record], replace: Collection[str] = ()) -> None:
        """One write transaction for the whole batch (forgetting the documents of ``replace``
        first, in the same statement)."""
        from neo4j.exceptions import DriverError, Neo4jError

        if not records and not replace:
            return
        text, params = gm.load_statement(records, replace)

        def load(tx: Any) -> None:
            tx.run(text, params).consume()

        try:
            with self.driver.session(database=self.database) as session:
                session.execute_write(load)
        except (Neo4jError, DriverError) as e:
            raise StoreError(f"writing to Neo4j failed, nothing was written: {e}") from e

    # -- reading: named queries and known_documents come from gm.CypherReads
    def raw(self, text: str, params: Mapping[str, object] | None = None) -> QueryResult:
        """A Cypher query in a read transaction (the server refuses writes)."""
        import neo4j
        from neo4j.exceptions import DriverError, Neo4jError, ServiceUnavailable

        max_rows = self.max_rows

        @neo4j.unit_of_work(timeout=self.timeout)
        def read(tx: Any) -> QueryResult:
            result = tx.run(text, dict(params or {}))
            out = QueryResult(list(result.keys()))
            for record in result:
                if len(out.rows) >= max_rows:
                    out.truncated = True
                    break
                out.rows.append([plain(v) for v in record.values()])
            return out

        try:
            with self.driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                return session.execute_read(read)  # type: ignore[no-any-return]
        except ServiceUnavailable as e:
            raise StoreError(f"Neo4j is unreachable: {e}") from e
        except Neo4jError as e:
            raise _rejected(e) from e
        except DriverError as e:
            raise QueryRejected(f"Cypher query failed: {e}") from e

    def node_count(self) -> int:
        return int(self.raw(queries.internal("count_nodes", "cypher")).rows[0][0])

    def close(self) -> None:
        self.driver.close()
