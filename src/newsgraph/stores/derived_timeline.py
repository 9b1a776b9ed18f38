"""The derived table of what every actor said or did (see :mod:`newsgraph.stores.derived`): one row
per statement an actor made or event report it takes part in, with the columns of
``actor_timeline`` and ``actor_history``, which are answered from it (their query texts read the
dozen properties of every item of the actor, a few thousand for Macron on the graph of 2022)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from newsgraph.stores.derived_events import Rows, iso_day

Row = tuple[Any, ...]
"""(date, kind, role, what, text, doc_id, evidence, item_id): the columns of both queries."""
_DOC, _EVIDENCE, _ITEM, _ROLE = 5, 6, 7, 2


def _distinct(rows: Iterable[Row]) -> list[list[Any]]:
    """The rows in their order, each once (SELECT DISTINCT, after ORDER BY)."""
    seen: set[Row] = set()
    out = []
    for r in rows:
        if r not in seen:
            seen.add(r)
            out.append(list(r))
    return out


class TimelineTables:
    """Per actor, its rows with the first and last day of their date, whether the actor is named
    (Cypher's actor_timeline keeps only named actors) and whether the item has an event type."""

    def _timeline(self, rows: Rows) -> None:
        self.timeline: dict[str, list[tuple[Row, str | None, str | None, bool, bool]]] = defaultdict(list)
        shared: dict[Any, Any] = {}
        for actor, named, date, start, end, kind, role, what, text, doc, evidence, item, typed in rows:
            row = tuple(
                shared.setdefault(v, v) if isinstance(v, str) else v
                for v in (date, kind, role, what, text, doc, evidence, item)
            )
            self.timeline[actor].append((row, iso_day(start), iso_day(end), bool(named), bool(typed)))

    def actor_timeline(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """What the actors found said or did, by first day, last day (undated first), document, item
        and role."""
        since, until = iso_day(p.get("since")), iso_day(p.get("until"))
        found = [
            (row, start, end)
            for actor in p.get("actor_match") or ()
            for row, start, end, named, _ in self.timeline.get(actor, ())
            if named
            and (since is None or (end is not None and end >= since))
            and (until is None or (start is not None and start <= until))
        ]
        found.sort(key=lambda f: (f[1] or "", f[2] or "", f[0][_DOC] or "", f[0][_ITEM], f[0][_ROLE]))
        return _distinct(row for row, _, _ in found)

    def actor_history(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """What the actor of this id said or did (items with a document, a sentence and a type), by
        date as written, document, item and role (without an id, the store runs the query's text)."""
        found = [
            row
            for row, _, _, _, typed in self.timeline.get(str(p["actor_id"]), ())
            if typed and row[_DOC] is not None and row[_EVIDENCE] is not None
        ]
        found.sort(key=lambda r: (r[0] or "", r[_DOC], r[_ITEM], r[_ROLE]))
        return _distinct(found)
