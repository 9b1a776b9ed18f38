"""The exported network, collected through named queries so it works on every backend.

Nodes are actors and places; edges are speaker -> actor spoken about (``speaks_about``), agent ->
target of an event (the event type), and actor -> place of an event (``at_place``). An edge's
weight is the number of statements or event reports behind it; nodes and edges carry spells,
the date intervals of those items (a month-precision date covers the whole month).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from newsgraph import queries
from newsgraph.model import days_of
from newsgraph.nations import state_of
from newsgraph.rdf import ACTOR_CLASS, ID
from newsgraph.stores import Store
from newsgraph.stores.derived_relations import PARTNER_TYPES, PARTNERS, pairs
from newsgraph.stores.oxigraph import term_value

PAGE = (
    5000  # rows asked per page; a store may give fewer (its row limit) and the next page goes on from there
)
ACTOR_ROLES = ("speaker", "about", "agent", "target", "participant")
SPEAKS_ABOUT = "speaks_about"
AT_PLACE = "at_place"

Spell = tuple[date, date]
WATCH = 1024  # rows read between two looks at an export's stop signal


ALIAS_SEPARATOR = "|"  # between the aliases of a node in every export
TYPE_OF_CLASS = {cls: type_ for type_, cls in ACTOR_CLASS.items()}
"""An actor's type as the model says it ("gpe"), by the class the stores give ("GeopoliticalEntity")."""


@dataclass(slots=True)
class Node:
    id: str  # "actor/<id>" or "place/<id>", the tail of the node's IRI
    kind: str  # actor or place
    label: str
    type: str = ""
    aliases: tuple[str, ...] = ()
    documents: int = 0  # documents that mention it (whole graph)
    statements: int = 0  # statements it made (whole graph)
    events: int = 0  # event reports it takes part in or that happened there (whole graph)
    items: int = 0  # statements and event reports of this export it takes part in
    lat: float | None = None
    lng: float | None = None
    country: str | None = None  # a place's; an actor's: the state it is, or whose people or body (nations)
    sector: str | None = None  # an actor's, a body of a state: its CAMEO sector (MIL, COP, GOV; nations)
    spells: list[Spell] = field(default_factory=list)

    def attributes(self) -> dict[str, object]:
        """Its attributes as every export writes them, in their column order (aliases joined)."""
        return {
            "kind": self.kind,
            "type": self.type,
            "aliases": ALIAS_SEPARATOR.join(self.aliases),
            "documents": self.documents,
            "statements": self.statements,
            "events": self.events,
            "items": self.items,
            "latitude": self.lat,
            "longitude": self.lng,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    relation: str
    weight: int = 0
    spells: list[Spell] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.source}|{self.target}|{self.relation}"


@dataclass(slots=True)
class Network:
    nodes: dict[str, Node]
    edges: list[Edge]
    filters: dict[str, str]


def spell(value: str | None) -> Spell | None:
    """The days a calendar value covers: ``2022-11`` -> (2022-11-01, 2022-11-30); None if unreadable."""
    return days_of(value)


def merge_spells(spells: list[Spell]) -> list[Spell]:
    """Overlapping or adjacent intervals joined, in order."""
    out: list[Spell] = []
    for start, end in sorted(spells):
        if out and start <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


class Cancelled(Exception):
    """The export was stopped (its client went away) while it read the graph."""


def watched[T](items: Iterable[T], stop: threading.Event | None) -> Iterator[T]:
    """The items, until ``stop`` is set (looked at every ``WATCH`` items): then Cancelled."""
    if stop is None:
        yield from items
        return
    for i, item in enumerate(items):
        if i % WATCH == 0 and stop.is_set():
            raise Cancelled("the export was stopped")
        yield item


def all_rows(
    store: Store, name: str, params: Mapping[str, object] | None = None, stop: threading.Event | None = None
) -> Iterator[dict[str, Any]]:
    """Every row of a named query: read lazily from a store that can stream (the embedded Oxigraph
    store), else page by page (stores cap the rows of one answer). Stops when ``stop`` is set."""
    if stop is not None:
        yield from watched(all_rows(store, name, params), stop)
        return
    stream = getattr(store, "stream", None)
    q = queries.get(name)
    if stream is not None and q.sparql is not None:
        solutions = stream(queries.bind_sparql(q.sparql, q.check_params(dict(params or {}))))
        columns = [v.value for v in solutions.variables]
        for s in solutions:
            yield {c: term_value(s[c]) for c in columns}
        return
    offset = 0
    while True:
        result = store.query(name, dict(params or {}), limit=PAGE, offset=offset)
        yield from result.dicts()
        if not result.rows or (len(result.rows) < PAGE and not result.truncated):
            return
        offset += len(result.rows)


_VALUES_LINE = re.compile(r"^[ \t]*# @values[ \t]*$", re.MULTILINE)
DESCRIBE_MAX = 2_000
"""Nodes of an export described by name at most (a VALUES block in the query); more, and every
node of the graph is read and the wanted ones kept."""


def node_rows(
    store: Store, name: str, var: str, wanted: set[str], stop: threading.Event | None = None
) -> Iterator[dict[str, Any]]:
    """The rows of ``export_actors``, ``export_places`` or ``export_aliases`` for the wanted nodes
    ("actor/ID", "place/ID"): on a store that streams SPARQL, the query with ``?var`` bound to
    their IRIs at each of its ``# @values`` lines (the same rows as the whole query's for those
    nodes, a few milliseconds where the whole graph takes seconds); else every row."""
    q = queries.get(name)
    stream = getattr(store, "stream", None)
    marks = len(_VALUES_LINE.findall(q.sparql or ""))
    if stream is None or not marks or len(wanted) > DESCRIBE_MAX:
        yield from all_rows(store, name, stop=stop)
        return
    text = q.sparql or ""
    iris: list[object] = [queries.Iri(ID + n) for n in sorted(wanted)]
    for _ in range(marks):
        text = queries.bind_values(text, var, iris)
    solutions = stream(text)
    columns = [v.value for v in solutions.variables]
    yield from watched(({c: term_value(s[c]) for c in columns} for s in solutions), stop)


@dataclass(slots=True)
class _Item:
    kind: str
    type: str
    date: str | None
    roles: dict[str, list[str]] = field(default_factory=dict)


def _items(store: Store, filters: Mapping[str, str], stop: threading.Event | None) -> Iterator[_Item]:
    """The statements and event reports one at a time: the query gives the rows of one item
    together (ORDER BY kind, item_id), so only the current one is held."""
    key: tuple[str, str] | None = None
    item: _Item | None = None
    for row in all_rows(store, "export_items", filters, stop):
        if (row["kind"], row["item_id"]) != key:
            if item is not None:
                yield item
            key, item = (row["kind"], row["item_id"]), _Item(row["kind"], row["item_type"], row["date"])
        kind = "place" if row["role"] == "place" else "actor"
        assert item is not None
        item.roles.setdefault(row["role"], []).append(f"{kind}/{row['node_id']}")
    if item is not None:
        yield item


def _pairs(item: _Item) -> Iterator[tuple[str, str, str]]:
    """The edges one statement or event report stands for."""
    r = item.roles
    if item.kind == "statement":
        for s in r.get("speaker", []):
            for t in r.get("about", []):
                yield s, t, SPEAKS_ABOUT
        return
    held = {role: set(ids) for role, ids in r.items() if role in {"agent", "target"}}
    if item.type in PARTNER_TYPES:  # a meeting, talks, an accord: its partners too
        held[PARTNERS] = set(r.get(PARTNERS, []))
    for s, t, _ in pairs(held):
        yield s, t, item.type
    for role in ("agent", "target", "participant"):
        for a in r.get(role, []):
            for p in r.get("place", []):
                yield a, p, AT_PLACE


SPELLS_HELD = 256  # spells gathered for one node or edge before they are merged (memory stays bounded)


def _add_spell(spells: list[Spell], sp: Spell) -> None:
    spells.append(sp)
    if len(spells) > SPELLS_HELD:
        spells[:] = merge_spells(spells)


def collect(store: Store, filters: Mapping[str, str | None], stop: threading.Event | None = None) -> Network:
    """The network of the statements and events that pass the filters (topic, actor, place, since,
    until). Read item by item: memory grows with the network (nodes, edges, their merged spells),
    not with the number of statements and reports behind it."""
    params = {k: v for k, v in filters.items() if v}
    node_spells: dict[str, list[Spell]] = {}
    node_items: dict[str, int] = {}
    edges: dict[tuple[str, str, str], Edge] = {}
    for item in _items(store, params, stop):
        sp = spell(item.date)
        for node in {n for ids in item.roles.values() for n in ids}:
            node_items[node] = node_items.get(node, 0) + 1
            held = node_spells.setdefault(node, [])
            if sp:
                _add_spell(held, sp)
        for s, t, rel in set(_pairs(item)):
            if s == t:
                continue
            e = edges.setdefault((s, t, rel), Edge(s, t, rel))
            e.weight += 1
            if sp:
                _add_spell(e.spells, sp)
    nodes = _describe(store, set(node_items), stop)
    for nid, described in nodes.items():
        described.items = node_items[nid]
        described.spells = merge_spells(node_spells[nid])
    kept = [e for e in edges.values() if e.source in nodes and e.target in nodes]
    for e in kept:
        e.spells = merge_spells(e.spells)
    kept.sort(key=lambda e: (e.source, e.target, e.relation))
    return Network(dict(sorted(nodes.items())), kept, params)


def _describe(store: Store, wanted: set[str], stop: threading.Event | None) -> dict[str, Node]:
    """Names, types, aliases, counts and coordinates of the wanted nodes."""
    nodes: dict[str, Node] = {}
    if any(n.startswith("actor/") for n in wanted):
        for r in node_rows(store, "export_actors", "a", {n for n in wanted if n.startswith("actor/")}, stop):
            nid = f"actor/{r['actor_id']}"
            if nid in wanted:
                state = state_of(r["name"], TYPE_OF_CLASS.get(r["type"] or "", ""))
                nodes[nid] = Node(
                    nid,
                    "actor",
                    r["name"],
                    r["type"] or "",
                    (),
                    r["documents"] or 0,
                    r["statements"] or 0,
                    r["events"] or 0,
                    country=state.code if state is not None else None,
                    sector=state.sector if state is not None else None,
                )
    if any(n.startswith("place/") for n in wanted):
        for r in node_rows(store, "export_places", "p", {n for n in wanted if n.startswith("place/")}, stop):
            nid = f"place/{r['place_id']}"
            if nid in wanted:
                nodes[nid] = Node(
                    nid,
                    "place",
                    r["name"],
                    r["type"] or "",
                    (),
                    r["documents"] or 0,
                    0,
                    r["events"] or 0,
                    lat=_float(r["lat"]),
                    lng=_float(r["lng"]),
                    country=r["country"],
                )
    aliases: dict[str, list[str]] = {}
    for r in node_rows(store, "export_aliases", "n", set(nodes), stop):
        nid = f"{r['kind']}/{r['node_id']}"
        if nid in nodes and r["alias"] != nodes[nid].label:
            aliases.setdefault(nid, []).append(r["alias"])
    for nid, names in aliases.items():
        nodes[nid].aliases = tuple(sorted(set(names)))
    return nodes


def _float(value: object) -> float | None:
    try:
        return float(value) if value is not None and value != "" else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
