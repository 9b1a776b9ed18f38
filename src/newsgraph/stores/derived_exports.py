"""The derived tables of the exports (see :mod:`newsgraph.stores.derived`): every statement and
event report with the actors, places and topics it involves (``export_items``), and the counts and
descriptions of actors and places (``export_actors``, ``export_places``, ``export_aliases``), so
that these named queries, which read the whole graph, are a walk over rows already in order.

The streamed exports (``export/``) still run the queries' own texts: they read every row anyway.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsgraph.queries import Match
from newsgraph.stores.derived_events import Rows, iso_day

ACTOR_ROLES = frozenset({"speaker", "about", "agent", "target", "participant"})
EVENT_ROLES = frozenset({"agent", "target", "participant"})
_ANY_ACTOR = Match("actor", "actor", "", ("id", "label", "alias"))
_ANY_PLACE = Match("place", "place", "", ("id", "label", "alias"))


@dataclass(frozen=True, slots=True)
class Item:
    """A statement or an event report: what export_items filters it by, and its rows (item_id,
    kind, item_type, date, doc_id, role, node_id, then the first and last day of its date)."""

    actors: frozenset[str]
    places: frozenset[str]
    rows: tuple[tuple[Any, ...], ...]


class ExportTables:
    """Items by topic, in the order of export_items, and the counts of event reports by node;
    ``nodes`` (names, types and counts of actors and places) and ``match`` come from the class that
    uses this one."""

    nodes: dict[str, dict[str, Any]]

    def match(self, m: Match, text: str) -> list[str]:
        raise NotImplementedError

    def _exports(self, places: Rows, items: Rows) -> None:
        self.places: dict[str, tuple[Any, ...]] = {
            id_: (type_, lat, lng, country, int(documents or 0))
            for id_, type_, lat, lng, country, documents in places
        }
        rows: dict[tuple[str, str], set[tuple[Any, ...]]] = defaultdict(set)
        topics: dict[tuple[str, str], set[str]] = defaultdict(set)
        reports: dict[tuple[str, str], set[str]] = defaultdict(set)  # the event reports of a node
        for kind, item, type_, date, start, end, doc, role, node in items:
            key = (kind, item)
            if role == "topic":
                topics[key].add(node)
                continue
            rows[key].add((item, kind, type_, date, doc, role, node, iso_day(start), iso_day(end)))
            if kind == "event" and (role in EVENT_ROLES or role == "place"):
                reports[("place" if role == "place" else "actor", node)].add(item)
        self.items: list[Item] = []
        self.items_by_topic: dict[str, list[Item]] = defaultdict(list)
        for key in sorted(rows):
            held = rows[key]
            item = Item(
                frozenset(r[6] for r in held if r[5] in ACTOR_ROLES),
                frozenset(r[6] for r in held if r[5] == "place"),
                tuple(sorted(held, key=lambda r: (r[5], r[6], r[2] or "", r[3] or "", r[4] or ""))),
            )
            self.items.append(item)
            for t in topics.get(key, ()):
                self.items_by_topic[t].append(item)
        self.reports = {node: len(found) for node, found in reports.items()}
        self._by_id = {kind: sorted(self.nodes[kind]) for kind in ("actor", "place")}

    def export_items(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """One row per item and participant, by kind, item, role and node."""
        topic, since, until = p.get("topic"), iso_day(p.get("since")), iso_day(p.get("until"))
        actors = set(self.match(_ANY_ACTOR, str(p["actor"]))) if p.get("actor") is not None else None
        places = set(self.match(_ANY_PLACE, str(p["place"]))) if p.get("place") is not None else None
        out: list[list[Any]] = []
        for item in self.items if topic is None else self.items_by_topic.get(str(topic), []):
            if (actors is not None and not item.actors & actors) or (
                places is not None and not item.places & places
            ):
                continue
            for row in item.rows:  # what overlaps [since, until] is kept
                if (since is None or (row[8] is not None and row[8] >= since)) and (
                    until is None or (row[7] is not None and row[7] <= until)
                ):
                    out.append(list(row[:7]))
            if stop is not None and len(out) >= stop:
                break
        return out

    def export_actors(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """Every named, typed actor by id, with its counts."""
        out = []
        actors = self.nodes["actor"]
        for i in self._by_id["actor"]:
            r = actors[i]
            if r.known and r.labels and r.types:
                events = self.reports.get(("actor", i), 0)
                out.append([i, min(r.labels), min(r.types), r.documents, r.statements, events])
                if stop is not None and len(out) >= stop:
                    break
        return out

    def export_places(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """Every named place by id, with its type, coordinates, country and counts."""
        out = []
        names = self.nodes["place"]
        for i in self._by_id["place"]:
            if i in self.places and names[i].labels:
                type_, lat, lng, country, documents = self.places[i]
                events = self.reports.get(("place", i), 0)
                out.append([i, min(names[i].labels), type_, lat, lng, country, documents, events])
                if stop is not None and len(out) >= stop:
                    break
        return out

    def export_aliases(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """The aliases of every actor and place, by kind, node and alias."""
        out: list[list[Any]] = []
        for kind in ("actor", "place"):
            nodes = self.nodes[kind]
            for i in self._by_id[kind]:
                r = nodes[i]
                if r.aliases and (r.known if kind == "actor" else i in self.places):
                    out.extend([kind, i, alias] for alias in sorted(r.aliases))
                if stop is not None and len(out) >= stop:
                    return out
        return out
