"""A remote SPARQL 1.1 server as the store (Fuseki, GraphDB, QLever, Virtuoso, Oxigraph server).

Writes go through the Graph Store Protocol (POST N-Triples to the default graph) when a store
URL is set, else through SPARQL Update (INSERT DATA); queries through the SPARQL Protocol. The
named queries and the term conversion are those of the embedded Oxigraph store, so both answer
alike.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import httpx
import pyoxigraph as ox

from newsgraph import queries, querytext, rdf
from newsgraph.model import Record
from newsgraph.settings import Settings
from newsgraph.stores import (
    QueryForbidden,
    QueryRejected,
    QueryResult,
    QueryTimeout,
    StoreError,
    actor_labels,
    derived,
    derived_read,
    versions,
)
from newsgraph.stores.oxigraph import PREFIXES, term_value
from newsgraph.stores.oxigraph_pool import federates

ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
    "application/sparql-results+xml;q=0.5"
)
RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
HASH_BATCH = 500


def with_prefixes(text: str) -> str:
    """The query with the PREFIX lines it lacks among those the embedded store assumes."""
    declared = {m[1] or "" for m in _DECLARED.finditer(text)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return " ".join([*missing, text]) if missing else text  # one line: the server's line numbers stay right


class RemoteSparqlStore:
    language = "sparql"

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        store_url: str | None = None,
        *,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 10.0,
        max_rows: int = 10_000,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.query_url, self.update_url, self.store_url = query_url, update_url, store_url
        self.timeout = timeout
        self.max_rows = max_rows
        auth = httpx.BasicAuth(user, password or "") if user else None
        self.client = httpx.Client(
            auth=auth,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            transport=transport,
            follow_redirects=True,
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> RemoteSparqlStore:
        s = settings.sparql
        if not s.query_url:
            raise StoreError(
                "the sparql backend needs NEWSGRAPH_SPARQL__QUERY_URL (the server's SPARQL query endpoint)"
            )
        return cls(
            s.query_url,
            s.update_url,
            s.store_url,
            user=s.user,
            password=s.password.get_secret_value() if s.password else None,
            timeout=settings.query_timeout,
            max_rows=settings.max_rows,
        )

    # -- writing
    @staticmethod
    def _relabel(records: Sequence[Record]) -> bytes:
        """The update that leaves the batch's actors one label each (``stores.actor_labels``), as
        the next operation of a request (" ;" first), or nothing."""
        text = actor_labels.sparql_update(records)
        return (" ;\n" + text).encode("utf-8") if text else b""

    def write(self, records: Sequence[Record], replace: Collection[str] = ()) -> None:
        """One request, so one transaction on the server: all the batch's triples, or none. With
        ``replace``, the same update request first forgets those documents."""
        data = ox.serialize(rdf.triples(records), format=ox.RdfFormat.N_TRIPLES) or b""
        if replace:
            if not self.update_url:
                raise StoreError(
                    "replacing a document needs NEWSGRAPH_SPARQL__UPDATE_URL (a SPARQL Update endpoint)"
                )
            update = versions.sparql_forget_and_insert(replace, data) + self._relabel(records)
            self._send("POST", self.update_url, update, "application/sparql-update")
            return
        if not data:
            return
        if self.store_url:
            url = self.store_url if "?" in self.store_url else f"{self.store_url}?default"
            self._send("POST", url, data, "application/n-triples")
            if self.update_url and (relabel := self._relabel(records)):
                self._send("POST", self.update_url, relabel[3:], "application/sparql-update")
        elif self.update_url:
            update = b"INSERT DATA {\n" + data + b"}\n" + self._relabel(records)
            self._send("POST", self.update_url, update, "application/sparql-update")
        else:
            raise StoreError(
                "the sparql backend is read-only: set NEWSGRAPH_SPARQL__STORE_URL "
                "or NEWSGRAPH_SPARQL__UPDATE_URL to write"
            )

    def _send(self, method: str, url: str, body: bytes, ctype: str) -> None:
        try:
            r = self.client.request(
                method, url, content=body, headers={"Content-Type": ctype}, timeout=max(self.timeout, 60.0)
            )
        except httpx.HTTPError as e:
            raise StoreError(f"writing to {url} failed, nothing was written: {e}") from e
        if r.status_code >= 300:
            raise StoreError(
                f"writing to {url} failed ({r.status_code}), nothing was written: {r.text[:500]}"
            )

    def known_documents(self, hashes: Iterable[str]) -> set[str]:
        wanted = sorted(set(hashes))
        found: set[str] = set()
        for i in range(0, len(wanted), HASH_BATCH):
            text = queries.bind_values(
                queries.internal("known_documents"), "h", list(wanted[i : i + HASH_BATCH])
            )
            found |= {row[0] for row in self.raw(text).rows}
        return found

    def stored_versions(self, ids: Iterable[str]) -> dict[str, set[str]]:
        wanted = sorted(set(ids))
        out: dict[str, set[str]] = {}
        for i in range(0, len(wanted), versions.ID_BATCH):
            for doc, sha in self.raw(versions.stored_versions_sparql(wanted[i : i + versions.ID_BATCH])).rows:
                out.setdefault(versions.doc_id(doc), set()).add(sha)
        return out

    def ping(self) -> None:
        self.raw("ASK { ?s ?p ?o }")

    # -- reading
    def query(
        self, name: str, params: Mapping[str, object], limit: int | None = None, offset: int = 0
    ) -> QueryResult:
        q = queries.get(name)
        if q.sparql is None:
            raise queries.QueryError(f"query {name!r} has no SPARQL version")
        bound = q.check_params(params)
        # a server other processes may write: the names a query needs are read for each query
        bound = derived.bind(q, bound, self._names, "sparql")
        return self.raw(queries.bind_sparql(q.sparql, bound, limit=limit, offset=offset))

    def _names(self) -> derived.Tables:
        def every_row(text: str) -> list[list[Any]]:
            result = self.sparql(text)  # every name, past max_rows (the server's own limits apply)
            columns = [v.value for v in result.variables]
            return [[term_value(s[c]) for c in columns] for s in result]

        return derived_read.read_sparql(every_row, full=False)

    def sparql(self, text: str) -> Any:
        """Run a read-only query on the server: pyoxigraph's QuerySolutions or QueryBoolean, or a
        list of Triples for CONSTRUCT and DESCRIBE. Refused with QueryRejected: a query the server
        rejects (its message); with QueryTimeout, one past ``timeout`` seconds; with
        QueryForbidden, a SERVICE clause (the server would send requests for us)."""
        try:
            text = querytext.bounded(text, "sparql")
        except querytext.QueryShapeError as e:
            raise QueryRejected(str(e)) from e
        if "service" in text.lower() and federates(text):
            raise QueryForbidden(
                "SERVICE (a federated query) is not allowed: this service sends no requests elsewhere"
            )
        try:
            r = self.client.post(
                self.query_url, data={"query": with_prefixes(text)}, headers={"Accept": ACCEPT}
            )
        except httpx.TimeoutException:
            raise QueryTimeout(
                f"query timed out after {self.timeout:g} s (the query time limit); narrow it or add a LIMIT"
            ) from None
        except httpx.HTTPError as e:
            raise StoreError(f"the SPARQL server at {self.query_url} cannot be reached: {e}") from e
        if r.status_code >= 400:
            raise QueryRejected(
                f"SPARQL query refused by the server ({r.status_code}): {r.text.strip()[:1000]}"
            )
        media = r.headers.get("content-type", "").split(";")[0].strip().lower()
        if media in RESULT_FORMATS:
            return ox.parse_query_results(r.content, format=RESULT_FORMATS[media])
        fmt = ox.RdfFormat.from_media_type(media)
        if fmt is None:
            raise QueryRejected(
                f"the SPARQL server answered {media or 'no media type'}, which cannot be read"
            )
        try:
            return list(ox.parse(r.content, format=fmt))
        except (ValueError, SyntaxError) as e:
            raise QueryRejected(
                f"the SPARQL server answered {media or 'no media type'}, which cannot be read: {e}"
            ) from e

    def raw(self, text: str) -> QueryResult:
        """Rows of a read-only query, at most ``max_rows`` (then ``truncated``)."""
        result = self.sparql(text)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(["boolean"], [[bool(result)]])
        if isinstance(result, list):
            rows = [[term_value(t.subject), term_value(t.predicate), term_value(t.object)] for t in result]
            return QueryResult(
                ["subject", "predicate", "object"], rows[: self.max_rows], len(rows) > self.max_rows
            )
        columns = [v.value for v in result.variables]
        out = QueryResult(columns)
        for solution in result:
            if len(out.rows) >= self.max_rows:
                out.truncated = True
                break
            out.rows.append([term_value(solution[c]) for c in columns])
        return out

    def construct(self, text: str) -> list[ox.Triple]:
        """The triples of a CONSTRUCT query, as the server gives them (its own limits apply)."""
        result = self.sparql(text)
        if not isinstance(result, list):
            raise QueryRejected("not a CONSTRUCT or DESCRIBE query: it gives no triples")
        return result

    def close(self) -> None:
        self.client.close()
