"""Tables derived from the store, for the named queries that would otherwise read the whole graph.

- an index of names: every name and alias of every actor and place, folded to lower case, so that
  a parameter that finds nodes by part of a name (``# @match`` in a query, see
  :mod:`newsgraph.queries`) becomes a list of nodes before the query runs, and the query starts
  from them by the engine's own index instead of testing every name of the graph;
- the actors with their types and counts (documents that mention them, statements they made):
  ``search_actors`` and ``actor_names`` are answered from it;
- the edges of the actor network (one row per statement or event report, with its topics and
  dates): ``actor_network`` is counted from it;
- the statements (``derived_statements``), with every column of their rows, and the event reports
  (``derived_events``) by what the search and the events pages filter on, and the coordinates of
  places (``place_points``);
- whom every actor speaks about or acts on, and who about or on it, with the counts
  (``derived_relations``): ``actor_relations`` is a sort of one actor's counts;
- the earliest and latest dates (``date_range``, the network page's time slider): the named
  query's own answer, read with the tables (one pass over the dates, once per state of the store).

The tables are read from the store by the internal queries ``queries/internal/derived_*`` (one
pass each) and held in memory. A store keeps them as long as nothing was written through it:
``write`` (a build, ``POST /documents``, a ``--replace``) bumps the store's generation and the
next query reads them again, so they are always those of the stored graph. When the rows of the
state before the write are at hand (saved beside the store, or pending from an earlier write), only
the rows of the nodes the write touched are read again (:mod:`newsgraph.stores.derived_update`;
FalkorDB: :mod:`newsgraph.stores.derived_cypher_update`).
A store that another process may write (a remote SPARQL server, Neo4j) reads the names it needs
for each query instead (:class:`LiveTables`), as the queries did before.

Answers are the same rows as the named query's own text would give (``tests/test_derived.py``
runs both on the sample corpus, also after a write and a replace).
"""

from __future__ import annotations

import gc
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from newsgraph.queries import Iri, Match, NamedQuery
from newsgraph.stores import QueryResult
from newsgraph.stores.derived_events import EventTables, Rows, iso_day
from newsgraph.stores.derived_exports import ExportTables
from newsgraph.stores.derived_file import Aside, SavedRows
from newsgraph.stores.derived_index import NameIndex
from newsgraph.stores.derived_relations import RelationTables
from newsgraph.stores.derived_statements import StatementTables
from newsgraph.stores.derived_timeline import TimelineTables

PREFIX = {"actor": "https://newsgraph.org/id/actor/", "place": "https://newsgraph.org/id/place/"}
ANSWERED = (
    "search_actors",
    "actor_names",
    "actor_network",
    "events",
    "events_at_place",
    "place_points",
    "date_range",
    "export_items",
    "export_actors",
    "export_places",
    "export_aliases",
    "actor_timeline",
    "actor_history",
    "actor_relations",
)
"""Named queries answered from the tables themselves (the others are bound with them)."""
PAGED = ("who_said_what", "search_statements", "statements_by_actor")
"""Named queries whose page of statements is cut from the tables (filtered and sorted there), with
its rows (``derived_statements``)."""


@dataclass
class ActorRow:
    labels: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    documents: int = 0
    statements: int = 0
    known: bool = False  # a node of class ng:Actor (not only a name)
    identified: bool = False  # ng:identified: the actor network joins these only


@dataclass(frozen=True, slots=True)
class Edge:
    relation: str
    source: str
    target: str
    item: str
    topics: frozenset[str]
    start: str | None
    end: str | None


class Tables(EventTables, StatementTables, ExportTables, TimelineTables, RelationTables):
    """The derived tables of one state of the store."""

    index = NameIndex

    def __init__(
        self,
        names: Rows,
        actors: Rows,
        network: Rows,
        statements: Rows = (),
        statement_rows: Rows = (),
        events: Rows = (),
        event_links: Rows = (),
        points: Rows = (),
        dates: Rows = (),
        places: Rows = (),
        items: Rows = (),
        timeline: Rows = (),
        relations: Rows = (),
    ) -> None:
        self.nodes: dict[str, dict[str, ActorRow]] = {"actor": {}, "place": {}}
        for kind, id_, fieldname, text in names:
            row = self.nodes[kind].setdefault(id_, ActorRow())
            (row.labels if fieldname == "label" else row.aliases).add(text)
        for id_, types, documents, said, identified in actors:
            row = self.nodes["actor"].setdefault(id_, ActorRow())
            row.types.update(types)
            row.documents, row.statements, row.known = int(documents), int(said or 0), True
            row.identified = identified in (True, "true", 1)
        actor_rows = self.nodes["actor"]
        self._by_documents = sorted(actor_rows, key=lambda i: (-actor_rows[i].documents, i))
        self._by_documents_at = {i: k for k, i in enumerate(self._by_documents)}
        # for completion: the named, typed actors, shortest name first
        completion = sorted(
            (
                (i, min(r.labels), min(r.types))
                for i, r in actor_rows.items()
                if r.known and r.types and r.labels
            ),
            key=lambda row: (len(row[1]), row[0]),
        )
        self._completion = [i for i, _, _ in completion]
        self._completion_rows = {i: [name, type_] for i, name, type_ in completion}
        self._completion_at = {i: k for k, i in enumerate(self._completion)}
        self._index: dict[tuple[str, tuple[str, ...]], NameIndex] = {}
        for kind in PREFIX:
            for fields in (("label",), ("label", "alias")):
                self._index[(kind, fields)] = NameIndex(
                    (i, n)
                    for i, r in self.nodes[kind].items()
                    for n in (*r.labels, *(r.aliases if "alias" in fields else ()))
                )
        edges: dict[str, Edge] = {}
        topics: dict[str, set[str]] = defaultdict(set)
        for relation, source, target, item, topic, start, end in network:
            key = f"{item}\t{source}\t{target}\t{relation}"
            edges.setdefault(
                key, Edge(relation, source, target, item, frozenset(), iso_day(start), iso_day(end))
            )
            topics[key].update(t for t in topic if t)
        self.edges = [
            Edge(e.relation, e.source, e.target, e.item, frozenset(topics[k]), e.start, e.end)
            for k, e in edges.items()
        ]
        self._network = self._count_network(None, None, None)
        self._statements(statements, statement_rows)
        self._events(events, event_links)
        self._places(points, dates)
        self._exports(places, items)
        self._timeline(timeline)
        self._relations(relations)

    def match(self, m: Match, text: str) -> list[str]:
        """The ids of the nodes of ``m.kind`` that ``text`` finds: its id, or part of a name."""
        nodes = self.nodes[m.kind]
        fields = tuple(f for f in ("label", "alias") if f in m.fields)
        found = self._index[(m.kind, fields)].containing(text) if fields else set()
        if "id" in m.fields and text in nodes:
            found.add(text)
        return sorted(found)

    # -- named queries answered from the tables

    def answer(self, q: NamedQuery, bound: Mapping[str, Any], limit: int | None, offset: int) -> QueryResult:
        end = None if limit is None else offset + limit
        matched = {m.param: set(self.match(m, str(bound[m.param]))) for m in q.matches if m.param in bound}
        rows = getattr(self, q.name)({**bound, **{f"{k}_match": v for k, v in matched.items()}}, end)
        return QueryResult(list(q.columns), [list(r) for r in rows[offset:end]])  # the caller's own lists

    def _in_order(self, text: str, order: list[str], at: dict[str, int], by_id: bool) -> Iterator[str]:
        """The actors of ``order``, in that order, one of whose names contains ``text`` (or, with
        ``by_id``, whose id it is). A text found in many names (one letter) is tested actor by
        actor, so that a page stops early; a rarer one is looked up in the index of names."""
        index = self._index[("actor", ("label", "alias"))]
        needle = text.lower()
        if "\n" not in needle and index.frequent(needle):
            folded = index.folded
            return (i for i in order if (by_id and i == text) or needle in folded.get(i, ""))
        found = index.containing(text)
        if by_id and text in self.nodes["actor"]:
            found.add(text)
        return iter(sorted((i for i in found if i in at), key=at.__getitem__))  # ``at``: place in order

    def search_actors(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        q, wanted = p.get("q"), p.get("actor_type")
        ids: Iterable[str] = self._by_documents
        if q is not None:
            ids = self._in_order(str(q), self._by_documents, self._by_documents_at, by_id=True)
        out = []
        for i in ids:
            r = self.nodes["actor"][i]
            types = sorted(t for t in r.types if wanted is None or t.lower() == str(wanted).lower())
            if r.known and types:
                out.append([i, min(r.labels, default=None), types[0], r.documents, r.statements])
                if stop is not None and len(out) >= stop:
                    break
        return out

    def actor_names(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """Completion: the actors one of whose names contains ``q``, shortest name first."""
        if p.get("q") is None:
            return []
        found = self._in_order(str(p["q"]), self._completion, self._completion_at, by_id=False)
        return [[i, *self._completion_rows[i]] for i in islice(found, stop)]

    def actor_network(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """The edges between identified actors with their weights, heaviest first (the whole
        network, without a filter, counted once per state of the store); the edges' rows hold
        events of an interaction type only (``derived_network``)."""
        topic, since, until = p.get("topic"), iso_day(p.get("since")), iso_day(p.get("until"))
        if topic is None and since is None and until is None:
            return self._network
        return self._count_network(topic, since, until)

    def _count_network(self, topic: Any, since: str | None, until: str | None) -> list[list[Any]]:
        actors = self.nodes["actor"]
        weights: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for e in self.edges:
            if topic is not None and topic not in e.topics:
                continue
            if since is not None and (e.end is None or e.end < since):
                continue
            if until is not None and (e.start is None or e.start > until):
                continue
            weights[(e.source, e.target, e.relation)].add(e.item)
        edges = []
        for (source, target, relation), items in weights.items():
            s, t = actors.get(source), actors.get(target)
            if s and t and s.identified and t.identified and s.labels and t.labels:
                edges.append((len(items), source, min(s.labels), target, min(t.labels), relation))
        edges.sort(key=lambda e: (-e[0], e[1], e[3], e[5]))
        return [[src, sname, tgt, tname, rel, weight] for weight, src, sname, tgt, tname, rel in edges]


def settle() -> None:
    """Leave what the process holds now (the tables just read: a million objects and more on the
    graph of 2022) out of the garbage collector's full passes, which walked them all each time
    (3.6 s a pass on that graph, on a loaded machine), by ``gc.freeze``. Reference counting still
    frees them when newer tables replace them (they hold no cycles)."""
    gc.collect()
    gc.freeze()


_ALL_NAMES = Match("q", "actor", "", ("id", "label", "alias"))


class Derived:
    """The tables of a store, read again after each write through it (``generation``). A live
    store (one other processes may write) reads only the names, for each query that needs them,
    and answers every query with its own text. With ``saved``, the rows of the tables are read
    from that file when it was made from the store as it is (else from the store, and then saved
    for the next start): ``rows`` reads them from the store, ``build`` makes the tables, and
    ``current`` says the store's generation now."""

    def __init__(
        self,
        read: Callable[[bool], Tables],
        live: bool = False,
        saved: SavedRows | None = None,
        rows: Callable[[], dict[str, list[Any]]] | None = None,
        build: Callable[[dict[str, list[Any]]], Tables] | None = None,
        current: Callable[[], int] | None = None,
        update: Callable[[dict[str, list[Any]], set[str]], dict[str, list[Any]]] | None = None,
    ) -> None:
        self._read = read
        self.live = live
        self.saved = saved if rows and build and current else None
        self._rows, self._build, self._current = rows, build, current
        self._update = update if self.saved is not None else None
        self._lock = threading.Lock()
        self._tables: Tables | None = None
        self._generation = -1
        self._held: tuple[int, Tables] | None = None  # (generation, tables), set at once
        self._pending: Pending | None = None  # rows of an earlier state and what writes touched since

    def tables(self, generation: int) -> Tables:
        if self.live:
            return self._read(False)
        with self._lock:
            if self._tables is None or self._generation != generation:
                self._tables = self._held = None  # the old ones are freed before the new ones are read
                self._tables = self._read_full(generation)
                self._generation = generation
                self._held = (generation, self._tables)
                settle()
            return self._tables

    def held(self, generation: int) -> Tables | None:
        """The tables of ``generation`` when they are read already, else None: never waits (the
        service answers from them on its event loop, without a worker thread)."""
        held = self._held
        return held[1] if held is not None and held[0] == generation and not self.live else None

    def _read_full(self, generation: int) -> Tables:
        if self.saved is None or self._rows is None or self._build is None or self._current is None:
            return self._read(True)
        rows = self._updated(generation) or self.saved.load()
        if rows is None:
            rows = self._rows()
            current = self._current
            self.saved.save(rows, lambda: current() == generation)
        return self._build(rows)

    # -- after a write: the rows of the state before it, updated (stores.derived_update)

    def before_write(self, generation: int, touched: Callable[[], set[str]]) -> None:
        """Before a write (under ``saved.lock``, the file still that of the store now): keep the
        rows of this state (the file's, set aside to be read after, or those an earlier write left
        pending) and add the nodes ``touched()`` names (those a replaced document takes away).
        Without rows of this state, nothing: the next query reads the tables whole."""
        pending, self._pending = self._pending, None  # a failed write leaves it at an old generation
        if self._update is None or self.saved is None:
            return
        if pending is None or pending.generation != generation:
            aside = self.saved.set_aside()
            if aside is None:
                return
            pending = Pending(generation, aside, set())
        pending.touched |= touched()
        self._pending = pending

    def after_write(self, generation: int, nodes: Callable[[], set[str]]) -> None:
        """After a write that succeeded, with the nodes of its triples (``nodes()``, called only
        when rows are pending: a build into a store with no saved tables would collect every node
        of every batch for nothing); ``generation``: the new one."""
        if self._pending is not None:
            self._pending.generation = generation
            self._pending.touched |= nodes()

    def _updated(self, generation: int) -> dict[str, list[Any]] | None:
        """The rows of ``generation`` from the pending ones (then saved), or None."""
        pending = self._pending
        if pending is None or pending.generation != generation or self._update is None:
            return None
        self._pending = None
        if self.saved is None or (rows := self.saved.load_aside(pending.aside)) is None:
            return None
        rows = self._update(rows, pending.touched) if pending.touched else rows
        if self._current is not None:
            current = self._current
            self.saved.save(rows, lambda: current() == generation)
        return rows

    def flush(self, generation: int) -> None:
        """Save the rows of ``generation`` when writes left them pending (a store that closes after
        a build): the next start reads them from the file."""
        with self._lock:
            self._updated(generation)


@dataclass
class Pending:
    """The rows of the tables at one state of the store (their file, set aside) and the nodes the
    writes since touched."""

    generation: int
    aside: Aside
    touched: set[str]


def bind(q: NamedQuery, bound: dict[str, Any], tables: Callable[[], Tables], language: str) -> dict[str, Any]:
    """The parameters with the nodes of each ``# @match`` of the query: SPARQL, a list of IRIs
    bound to the match's variable (nothing when the parameter is not set); Cypher, a list of ids
    as ``NAME_match`` (null when not set)."""
    if not q.matches:
        return bound
    out = dict(bound)
    for m in q.matches:
        text = bound.get(m.param)
        if language == "cypher":
            out[f"{m.param}_match"] = None if text is None else tables().match(m, str(text))
        elif text is not None:
            out[m.var] = [Iri(PREFIX[m.kind] + i) for i in tables().match(m, str(text))]
    return out


def answer(
    q: NamedQuery,
    bound: Mapping[str, Any],
    derived: Derived,
    generation: int,
    limit: int | None,
    offset: int,
    max_rows: int,
    now: bool = False,
) -> QueryResult | None:
    """The rows of a query answered from the tables, or None for a query the store runs. A page
    of statements (``PAGED``) without a limit stops at ``max_rows`` rows (then ``truncated``).
    With ``now``, None too when the tables are not read yet (nothing waits for them)."""
    if derived.live or (q.name not in ANSWERED and q.name not in PAGED):
        return None
    tables = derived.held(generation) if now else derived.tables(generation)
    if tables is None:
        return None
    if q.name in ANSWERED:
        found = tables.answer(q, bound, limit, offset)
        cut = len(found.rows) > max_rows
        return QueryResult(found.columns, found.rows[:max_rows], cut) if cut else found
    matched = {m.param: tables.match(m, str(bound[m.param])) for m in q.matches if m.param in bound}
    if limit is not None and limit <= max_rows:
        ids = tables.statement_page(q.name, bound, matched, offset + limit)[offset:]
        return QueryResult(list(q.columns), tables.page_rows(q.columns, ids))
    # no limit, or one over the row limit: at most max_rows rows, then truncated (as the store cuts)
    ids = tables.statement_page(q.name, bound, matched, offset + max_rows + 1)[offset:]
    rows = tables.page_rows(q.columns, ids[:max_rows])
    return QueryResult(list(q.columns), rows[:max_rows], len(ids) > max_rows or len(rows) > max_rows)
