"""Oxigraph queries in worker processes, so that a query past its time limit stops.

pyoxigraph has no timeout and cannot be interrupted; a thread left to finish a query keeps its
CPU, its memory and its slot. Each worker here is a process holding the store open read-only
(``Store.read_only``, no lock: it also runs beside a ``serve`` that has the store open); a
query past its deadline has its worker killed (its memory goes with it) and a fresh worker
started in the background. The pool's size is the number of queries evaluated at once.

A worker reopens the store when the store was written since it last opened it (the writer
flushes first, and bumps ``generation``), so every query sees every write made before it.
RocksDB allows read-only opens beside a writer; a read that meets a file the writer compacted
away fails with an OSError, and is retried once on a freshly opened store.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from newsgraph.stores import QueryForbidden, QueryRejected, QueryTimeout, StoreError

Payload = tuple[list[str] | None, list[Any] | bool, bool]
"""(columns, or None for triples; solutions (sequences of terms, None when unbound), triples, or a
boolean; truncated)"""


def federates(text: str) -> bool:
    """True when the query has a SERVICE clause, by rdflib's parse of the very text the engine
    runs (pyoxigraph would send the HTTP requests: a way into the private network), or when
    rdflib cannot parse it to tell."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        stack: list[Any] = [parseQuery(text)]
    except Exception:  # cannot tell (including a RecursionError): refuse
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


@dataclass(frozen=True, slots=True)
class Dataset:
    """What the SPARQL Protocol may say of a query's dataset: the graphs merged into its default
    graph and its named graphs (when either is given, they replace the query's FROM / FROM NAMED),
    and the base IRI of its relative IRIs (the endpoint's)."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    base_iri: str | None = None

    def options(self) -> dict[str, Any]:
        """The keyword arguments of ``pyoxigraph.Store.query`` this dataset asks for."""
        out: dict[str, Any] = {}
        if self.default or self.named:
            out["default_graph"] = [ox.NamedNode(g) for g in self.default]
            out["named_graphs"] = [ox.NamedNode(g) for g in self.named]
        if self.base_iri:
            out["base_iri"] = self.base_iri
        return out


def collect(
    store: Any,
    text: str,
    max_rows: int,
    prefixes: dict[str, str],
    stop: Any = None,
    dataset: Dataset | None = None,
) -> Payload:
    """Evaluate ``text`` and gather up to ``max_rows`` results (stopping early when ``stop`` is
    set). ``text`` is what the engine runs, escapes already expanded (``querytext.bounded``)."""
    if "service" in text.lower() and federates(text):
        raise QueryForbidden(
            "SERVICE (a federated query) is not allowed: this service sends no requests elsewhere"
        )
    result = None  # pyoxigraph's iterator must be dropped in this thread (it is "unsendable")
    try:
        result = store.query(text, prefixes=prefixes, **(dataset.options() if dataset else {}))
        if isinstance(result, ox.QueryBoolean):
            return None, bool(result), False
        columns = None if isinstance(result, ox.QueryTriples) else [v.value for v in result.variables]
        items: list[Any] = []
        truncated = False
        for item in result:
            if len(items) >= max_rows:
                truncated = True
                break
            if stop is not None and stop.is_set():
                break
            items.append(item)
        return columns, items, truncated
    except SyntaxError as e:
        raise QueryRejected(f"SPARQL syntax error: {e}") from e
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryRejected(f"SPARQL query failed: {e}") from e
    finally:
        del result


OPEN_ATTEMPTS = 20
"""Read-only opens tried before giving up: an open that meets a file the writer has just
compacted away fails (RocksDB reads the manifest, then the files it names) and is retried."""


def open_read_only(path: str) -> Any:
    for attempt in range(OPEN_ATTEMPTS):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == OPEN_ATTEMPTS - 1:
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


def _answer(
    store: Any, text: str, max_rows: int, prefixes: dict[str, str], dataset: Dataset | None = None
) -> tuple[str, Any]:
    try:
        columns, items, truncated = collect(store, text, max_rows, prefixes, dataset=dataset)
        if columns is not None and not isinstance(items, bool):  # solutions cross to the parent as tuples
            items = [tuple(solution) for solution in items]
        return "ok", (columns, items, truncated)
    except QueryRejected as e:
        cause = e.__cause__
        if isinstance(cause, OSError | RuntimeError):
            return "io", str(e)
        if isinstance(cause, SyntaxError):
            return "syntax", str(cause)
        return ("forbidden" if isinstance(e, QueryForbidden) else "rejected"), str(e)


def _serve(conn: Connection, path: str, prefixes: dict[str, str]) -> None:
    """A worker's loop: (text, max_rows, generation) in, ("ok", payload) or (kind, message) out."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when a worker ends
    import rdflib.plugins.sparql.parser  # noqa: F401 - the SERVICE check's parser, loaded once

    conn.send(("ready", None))
    store, opened = None, -1
    while True:
        try:
            text, max_rows, generation, dataset = conn.recv()
        except (EOFError, OSError):
            return
        reply: tuple[str, Any] = ("unavailable", "")
        for _ in range(2):  # a read that met a file compacted away: reopen, once
            try:
                if store is None or opened != generation:
                    store = None
                    store, opened = open_read_only(path), generation
            except (OSError, RuntimeError) as e:
                store, reply = None, ("unavailable", f"cannot open the store read-only: {e}")
                break
            reply = _answer(store, text, max_rows, prefixes, dataset)
            if reply[0] != "io":
                break
            store = None
        if reply[0] == "io":
            reply = ("rejected", reply[1])
        conn.send(reply)


def _context() -> Any:
    """Workers forked from a forkserver that has imported this module and rdflib's SPARQL parser
    (single-threaded, so forking it is safe, unlike forking a threaded server): a replacement
    worker starts in milliseconds, not the second or two a fresh interpreter takes."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([__name__, "rdflib.plugins.sparql.parser"])
    return ctx


STARTUP = 60.0
"""Seconds a new worker may take to start (spawn, imports): not counted in any query's time."""


class _Worker:
    def __init__(self, ctx: Any, path: str, prefixes: dict[str, str]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_serve, args=(child, path, prefixes), name="sparql-worker", daemon=True
        )
        self.process.start()
        child.close()
        try:
            ready = self.conn.poll(STARTUP) and self.conn.recv()[0] == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.kill()
            raise OSError("a query worker did not start")

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryPool:
    """``size`` worker processes over the store at ``path``; ``run`` is one query in one of them."""

    def __init__(self, path: str, size: int, prefixes: dict[str, str]) -> None:
        self.path = path
        self.size = size
        self.prefixes = prefixes
        self.generation = 0  # bumped by the writer after each write
        self._ctx = _context()
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._alive = 0  # workers started and not killed
        self._workers: set[_Worker] = set()
        self._closed = False

    def _new(self) -> _Worker | None:
        """A started worker (counted in ``_alive`` by the caller), or None."""
        try:
            worker = _Worker(self._ctx, self.path, self.prefixes)
        except OSError:
            with self._lock:
                self._alive -= 1
            return None
        with self._lock:
            self._workers.add(worker)
            closed = self._closed
        if closed:
            worker.kill()
            return None
        return worker

    def _start(self) -> None:
        """Start one worker and make it available (in a background thread, after a kill)."""
        worker = self._new()
        if worker is not None:
            self._idle.put(worker)

    def warm(self) -> None:
        """Start the workers the pool lacks and wait until they are ready (a service calls this
        as it starts, so that no query and no /health waits for a worker to start)."""
        with self._lock:
            missing = max(0, self.size - self._alive)
            self._alive += missing
        starters = [threading.Thread(target=self._start, daemon=True) for _ in range(missing)]
        for t in starters:
            t.start()
        for t in starters:
            t.join()

    def _acquire(self, timeout: float) -> tuple[_Worker, bool]:
        """An idle worker; else a new one when the pool is not full (its start is not counted in
        the query's time); else the first to come free within ``timeout``."""
        try:
            return self._idle.get_nowait(), False
        except queue.Empty:
            pass
        with self._lock:
            missing = self.size - self._alive
            self._alive += max(0, missing)
        if missing > 0:  # this query starts one worker; the rest start in the background
            for _ in range(missing - 1):
                threading.Thread(target=self._start, name="sparql-worker-start", daemon=True).start()
            worker = self._new()
            if worker is None:
                raise StoreError("cannot start a query worker")
            return worker, True
        try:
            return self._idle.get(timeout=timeout), False
        except queue.Empty:
            raise QueryTimeout(
                f"the store is busy: no query finished within {timeout:g} s; retry later"
            ) from None

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
            self._alive -= 1
            if not self._closed:
                self._alive += 1
                threading.Thread(target=self._start, name="sparql-worker-start", daemon=True).start()

    def run(self, text: str, max_rows: int, timeout: float, dataset: Dataset | None = None) -> Payload:
        """The query's payload within ``timeout`` seconds; past it, the worker is killed (and
        replaced) and QueryTimeout raised."""
        started = time.monotonic()
        worker, fresh = self._acquire(timeout)
        # time spent waiting for a busy pool counts; starting a worker does not
        deadline = (time.monotonic() if fresh else started) + timeout
        try:
            worker.conn.send((text, max_rows, self.generation, dataset))
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._discard(worker)
                raise QueryTimeout(
                    f"query timed out after {timeout:g} s (the query time limit); narrow it or add a LIMIT"
                )
            kind, value = worker.conn.recv()
        except (EOFError, OSError) as e:  # the worker died (out of memory, killed)
            self._discard(worker)
            raise StoreError(f"the query worker stopped: {e or type(e).__name__}") from e
        self._idle.put(worker)
        if kind == "ok":
            return value  # type: ignore[no-any-return]
        if kind == "syntax":
            raise QueryRejected(value) from SyntaxError(value)
        if kind == "unavailable":
            raise StoreError(value)
        if kind == "forbidden":
            raise QueryForbidden(value)
        raise QueryRejected(value)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, set()
        for worker in workers:
            worker.kill()
