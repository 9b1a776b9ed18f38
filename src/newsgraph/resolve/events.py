"""One node per real-world event: reports of one event in several articles share an ``event_id``."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.event_types import CASUALTY_TYPES, broader
from newsgraph.geo import demonym_country, geocode, slug
from newsgraph.model import Event, TimeValue, days_of, stable_id

DATE_WINDOW = timedelta(days=7)


def family(type_: str) -> str:
    """The type events merge under: casualty and aid subtypes fold into their parent."""
    if type_ in CASUALTY_TYPES:
        return "casualties"
    parent = broader().get(type_)
    return parent if parent == "provide_aid" else type_


def agent_key(event: Event) -> str:
    """The agent as a country code where one can be read ("troupes russes", "Moscou", "Russie"),
    else its actor id, else "" (unknown)."""
    agents = [r for r in event.actors if r.role == "agent"]
    if not agents:
        return ""
    name = agents[0].name
    geo = geocode(name)
    if geo is not None and geo.country and geo.type in {"country", "city"}:
        return geo.country
    for word in re.split(r"[\s'’-]+", name):
        nation = demonym_country(word.lower())
        if nation:
            geo = geocode(nation)
            if geo is not None and geo.country:
                return geo.country
    return agents[0].id


def place_key(event: Event) -> str:
    """The location's first name word, folded ("Kherson" and "Kherson Oblast" agree), or ""."""
    if event.location is None:
        return ""
    geo = geocode(event.location.name)
    name = geo.name if geo else event.location.name
    return slug(name).split("-")[0]


def date_range(value: TimeValue | None) -> tuple[date, date] | None:
    """The first and last day a time value covers."""
    return days_of(value.value) if value is not None else None


def assign_event_ids(events: list[Event]) -> list[Event]:
    """Give reports of one real-world event the same ``event_id``; order is kept.

    Rule: reports merge when they have the same type family (kill/wound and the aid subtypes fold
    together), the same agent key (a country read from the agent's name: "Russie", "Moscou" and
    "les troupes russes" agree; else the canonical actor id) and the same place key (the place's
    first name word). Within such a group, dated reports are sorted and chained while each starts
    within 7 days of the previous one's end; reports without a date join the group's largest
    dated cluster (the earliest on ties). Reports with an unknown agent or place join the single
    group that matches them on the other keys, when there is exactly one; otherwise they stay in
    their own group. The id is a hash of type family, agent key, place key and first date.
    """
    keyed = [(family(e.type), agent_key(e), place_key(e)) for e in events]
    full: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, k in enumerate(keyed):
        if k[1] and k[2]:
            full[k].append(i)
    by_type_agent: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)
    by_type_place: dict[tuple[str, str], set[tuple[str, str, str]]] = defaultdict(set)
    for k in full:
        by_type_agent[(k[0], k[1])].add(k)
        by_type_place[(k[0], k[2])].add(k)
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, k in enumerate(keyed):
        if not k[1] and k[2] and len(by_type_place[(k[0], k[2])]) == 1:
            k = next(iter(by_type_place[(k[0], k[2])]))
        elif k[1] and not k[2] and len(by_type_agent[(k[0], k[1])]) == 1:
            k = next(iter(by_type_agent[(k[0], k[1])]))
        groups[k].append(i)
    ids: dict[int, str] = {}
    for k, members in groups.items():
        for cluster in date_clusters(members, events):
            starts = [r[0] for i in cluster if (r := date_range(events[i].date)) is not None]
            eid = stable_id("event", *k, min(starts).isoformat() if starts else "")
            for i in cluster:
                ids[i] = eid
    return [replace(e, event_id=ids[i]) for i, e in enumerate(events)]


def date_clusters(members: list[int], events: list[Event]) -> list[list[int]]:
    """Chain dated reports within DATE_WINDOW; undated ones join the largest chain."""
    dated = sorted((r, i) for i in members if (r := date_range(events[i].date)) is not None)
    undated = [i for i in members if date_range(events[i].date) is None]
    clusters: list[list[int]] = []
    end = None
    for (start, stop), i in dated:
        if end is None or start - end > DATE_WINDOW:
            clusters.append([])
            end = stop
        clusters[-1].append(i)
        end = max(end, stop)
    if not clusters:
        return [undated]
    if undated:
        max(clusters, key=len).extend(undated)
    return clusters


def merge_key(event: Event) -> str:
    """The date-free part of the merge rule: type family, agent key and place key."""
    return "|".join((family(event.type), agent_key(event), place_key(event)))
