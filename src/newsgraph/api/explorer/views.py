"""Rows of the named queries shaped for the pages (no HTTP here)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsgraph.api.explorer import dates
from newsgraph.api.explorer.highlight import Mark, find_within, name_marks, segments

Row = dict[str, Any]


def document_records(
    text: str, statements: list[Row], events: list[Row], times: list[Row], actors: list[Row]
) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    """The text's segments and the records they show, by record id (``s-``, ``e-``, ``t-``, ``a-``)."""
    records: dict[str, dict[str, Any]] = {}
    marks: list[Mark] = []
    for r in statements:
        rid = f"s-{r['statement']}"
        rec = records.setdefault(
            rid,
            {
                "kind": "statement",
                "id": r["statement"],
                "start": r["start"],
                "end": r["end"],
                "content": r["content"],
                "direct": r["direct"],
                "cue": r["cue"],
                "date": r["date"],
                "speaker": None,
                "about": [],
                "topics": [],
            },
        )
        if r["role"] == "speaker":
            rec["speaker"] = (r["node_id"], r["node_name"] or r["node_id"])
        elif r["role"] == "about":
            rec["about"].append((r["node_id"], r["node_name"] or r["node_id"]))
        elif r["role"] == "topic":
            rec["topics"].append(r["node_id"])
    for rid, rec in records.items():
        marks.append(Mark(rec["start"], rec["end"], "statement", rid))
    for r in events:
        rid = f"e-{r['report']}"
        if rid not in records:
            records[rid] = {
                "kind": "event",
                "id": r["report"],
                "start": r["start"],
                "end": r["end"],
                "trigger": r["trigger"],
                "type": r["event_type"],
                "cameo": r["cameo"],
                "date": r["date"],
                "event_id": r["event_id"],
                "roles": [],
            }
            at = find_within(text, r["start"], r["end"], r["trigger"]) or (r["start"], r["end"])
            marks.append(Mark(at[0], at[1], "event", rid))
        if r["role"]:
            records[rid]["roles"].append((r["role"], r["node_id"], r["node_name"] or r["node_id"]))
    for r in times:
        rid = f"t-{r['start']}-{r['end']}"
        records[rid] = {
            "kind": "time",
            "start": r["start"],
            "end": r["end"],
            "text": r["text"],
            "value": r["value"],
            "precision": r["precision"],
        }
        marks.append(Mark(r["start"], r["end"], "time", rid))
    names: dict[str, str] = {}
    for r in actors:
        rid = f"a-{r['actor_id']}"
        rec = records.setdefault(
            rid, {"kind": "actor", "id": r["actor_id"], "name": r["name"], "type": r["type"], "aliases": []}
        )
        if r["alias"]:
            rec["aliases"].append(r["alias"])
        for name in (r["name"], r["alias"]):
            if name:
                names.setdefault(name, rid)
    marks += name_marks(text, names)
    return segments(text, marks), records


def timeline(rows: list[Row]) -> list[dict[str, Any]]:
    """An actor's timeline rows, one per item (a statement or an event report), in date order,
    each with the days its date covers."""
    items: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        key = (r["kind"], r["item_id"])
        item = items.setdefault(key, {**r, "roles": [], "span": dates.span(r["date"])})
        if r["role"] not in item["roles"]:
            item["roles"].append(r["role"])
    return list(items.values())


def timeline_strip(items: Iterable[dict[str, Any]], width: int = 1000) -> dict[str, Any] | None:
    """Positions (0..width) of the dated items on one time axis: a day is a dot, a week, a month
    or a year a bar as long as the days it covers."""
    dated = [i for i in items if i["span"] is not None]
    if not dated:
        return None
    first = min(i["span"].start for i in dated)
    last = max(i["span"].end for i in dated)
    days = max((last - first).days + 1, 1)
    marks = []
    for n, i in enumerate(dated):
        s = i["span"]
        x0 = (s.start - first).days / days * width
        x1 = ((s.end - first).days + 1) / days * width
        marks.append(
            {
                "x": round(x0, 1),
                "w": round(max(x1 - x0, 3), 1),
                "lane": n % 4,
                "kind": i["kind"],
                "day": s.start == s.end,
                "title": f"{i['date']} {i['what']}",
            }
        )
    return {"first": first.isoformat(), "last": last.isoformat(), "marks": marks, "width": width}


def relations(rows: list[Row]) -> dict[str, list[Row]]:
    """An actor's relations split: whom it speaks about, who speaks about it, whom it acts on,
    who acts on it."""
    out: dict[str, list[Row]] = {"speaks_about": [], "spoken_about_by": [], "acts_on": [], "acted_on_by": []}
    for r in rows:
        speech = r["relation"] == "speaks_about"
        key = (
            ("speaks_about" if speech else "acts_on")
            if r["direction"] == "out"
            else ("spoken_about_by" if speech else "acted_on_by")
        )
        out[key].append(r)
    return out


MARKER_EVENTS = 10
"""Events listed in a map marker's popup at most (the others: a link to the place's list)."""


def places_with_events(events: list[Row], places: list[Row], lang: str) -> list[dict[str, Any]]:
    """The geocoded places of the events, one marker each: how many events happened there and
    the first ``MARKER_EVENTS`` of them (the page's JSON stays small whatever the number of events)."""
    where = {p["place_id"]: p for p in places if p["lat"] is not None and p["lng"] is not None}
    out: dict[str, dict[str, Any]] = {}
    for e in events:
        p = where.get(e["place_id"])
        if p is None:
            continue
        entry = out.setdefault(
            p["place_id"],
            {
                "id": p["place_id"],
                "name": p["name"],
                "lat": float(p["lat"]),
                "lng": float(p["lng"]),
                "count": 0,
                "events": [],
            },
        )
        entry["count"] += 1
        if len(entry["events"]) < MARKER_EVENTS:
            entry["events"].append(
                {
                    "type": e["event_type"],
                    "date": dates.human(e["date"], lang) or None,
                    "reports": e["reports"],
                }
            )
    return list(out.values())
