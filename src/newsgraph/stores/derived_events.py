"""The derived tables of events (see :mod:`newsgraph.stores.derived`): every event report with
its event, type, document, dates and publication date, and the places and actors of every event,
from which ``events`` and ``events_at_place`` are answered; the coordinates of places
(``place_points``) and the earliest and latest dates (``date_range``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

Rows = Iterable[Sequence[Any]]


def iso_day(value: object) -> str | None:
    """A date (or an ISO date string) as an ISO string; None for no date."""
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


class EventTables:
    """Events, their reports and links; ``nodes`` (the names of actors and places) comes from the
    class that uses this one."""

    nodes: dict[str, dict[str, Any]]

    def _places(self, points: Rows, dates: Rows) -> None:
        self.points: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
        for id_, lat, lng in points:
            self.points[id_][0].append(lat)
            self.points[id_][1].append(lng)
        self._place_points: list[list[Any]] | None = None
        self.dates = [list(r) for r in dates][:1]

    def place_points(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """The geocoded places that have a name, by id (worked out on the first call)."""
        if self._place_points is None:
            places = self.nodes["place"]
            self._place_points = [
                [i, min(places[i].labels), min(lats), min(lngs)]
                for i, (lats, lngs) in sorted(self.points.items())
                if i in places and places[i].labels
            ]
        return [list(r) for r in self._place_points]

    def date_range(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """The earliest and latest dates of statements and event reports, as the store gave them."""
        return [list(r) for r in self.dates]

    def _events(self, events: Rows, links: Rows) -> None:
        self.event_reports: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        for event, type_, report, doc, start, end, when, published in events:
            self.event_reports[(event, type_)].append(
                (report, doc, iso_day(start), iso_day(end), when, published)
            )
        # per event: its places ("place"), its actors by role, and all of them ("actor")
        self.event_links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.events_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, node) -> events
        for event, kind, node in links:
            self.event_links[event][kind].add(node)
            if kind != "place":
                self.event_links[event]["actor"].add(node)
            self.events_of[("place" if kind == "place" else "actor", node)].add(event)
        self.event_order = []
        for (event, type_), reports in self.event_reports.items():
            firsts = [f"{start} {when}" for _, _, start, _, when, _ in reports if start and when is not None]
            pubs = [pub for *_, pub in reports if pub is not None]
            first = min(firsts) if firsts else None
            self.event_order.append((first, event, type_, min(pubs, default=None), max(pubs, default=None)))
        self.event_order.sort(key=lambda e: (e[0] is not None, e[0] or "", e[1], e[2]))
        # per event, its named places with their names; per event and type, its reports and documents
        labels = self.nodes["place"]
        self.event_places: dict[str, list[tuple[str, str]]] = {
            event: [
                (pl, min(labels[pl].labels))
                for pl in sorted(links["place"])
                if pl in labels and labels[pl].labels
            ]
            for event, links in self.event_links.items()
        }
        self.event_counts = {
            key: (len({r[0] for r in reports}), len({r[1] for r in reports}))
            for key, reports in self.event_reports.items()
        }

    def events_at_place(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """What happened at the places found: a row per event, place, actor and role."""
        if not p.get("place_match"):
            return []
        actors = self.nodes["actor"]
        out: list[list[Any]] = []
        rows = self.events(p, None)
        for i, (event, et, day, place, place_name, n_reports, _, first_pub, last_pub) in enumerate(rows):
            if i == 0 or rows[i - 1][:2] != [event, et]:
                start = len(out)  # this event's first row
            links = self.event_links[event]
            roles: list[tuple[str | None, str | None, str | None]] = sorted(
                (a, role, min(actors[a].labels))
                for role in ("agent", "target", "participant")
                for a in links[role]
                if a in actors and actors[a].labels
            )
            for actor, role, name in roles or [(None, None, None)]:
                out.append(
                    [event, et, day, actor, name, role, place, place_name, n_reports, first_pub, last_pub]
                )
            if i + 1 == len(rows) or rows[i + 1][:2] != [event, et]:  # an event's rows by actor, role
                out[start:] = sorted(out[start:], key=lambda r: (r[3] or "", r[5] or ""))
                if stop is not None and len(out) >= stop:
                    break
        return out

    def events(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """Events in the order of their first date, with their reports that overlap the dates."""
        type_, since, until = p.get("type"), iso_day(p.get("since")), iso_day(p.get("until"))
        actors, places = p.get("actor_match"), p.get("place_match")
        # with actors or places, only their events can be kept: found by node, not tested one by one
        wanted: set[str] | None = None
        for kind, nodes in (("actor", actors), ("place", places)):
            if nodes is not None:
                found = set().union(*(self.events_of.get((kind, n), ()) for n in nodes))
                wanted = found if wanted is None else wanted & found
        out: list[list[Any]] = []
        for first, event, et, first_pub, last_pub in self.event_order:
            if wanted is not None and event not in wanted:
                continue
            if type_ is not None and et != type_:
                continue
            if actors is not None and not self.event_links[event]["actor"] & actors:
                continue
            if since is None and until is None:
                n_reports, n_docs = self.event_counts[(event, et)]
            else:
                reports = [
                    r
                    for r in self.event_reports[(event, et)]
                    if (since is None or (r[3] is not None and r[3] >= since))
                    and (until is None or (r[2] is not None and r[2] <= until))
                ]
                if not reports:
                    continue
                n_reports, n_docs = len({r[0] for r in reports}), len({r[1] for r in reports})
            named: list[tuple[str | None, str | None]] = [*self.event_places.get(event, ())]
            if places is not None:
                named = [(pl, name) for pl, name in named if pl in places]
                if not named:
                    continue
            day = first.split(" ", 1)[1] if first is not None else None
            for place, name in named or [(None, None)]:
                out.append([event, et, day, place, name, n_reports, n_docs, first_pub, last_pub])
            if stop is not None and len(out) >= stop:
                break
        return out
