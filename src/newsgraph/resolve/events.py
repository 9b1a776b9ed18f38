"""One node per real-world event: reports of one event in several articles share an ``event_id``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from newsgraph.event_types import CASUALTY_TYPES, broader
from newsgraph.geo import geocode, slug
from newsgraph.geo_demonyms import demonym_country
from newsgraph.model import Event, TimeValue, days_of, stable_id


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


def assign_event_ids(events: Iterable[Event]) -> list[Event]:
    """Give reports of one real-world event the same ``event_id``; order is kept.

    Rule: reports share an event when they have the same type family (kill/wound and the aid
    subtypes fold together), the same agent key (a country read from the agent's name: "Russie",
    "Moscou" and "les troupes russes" agree; else the canonical actor id), the same place key (the
    place's first name word) and fall in the same ISO week (of the date the text gives, else of
    the publication date). The id is a hash of these four keys, read from the report alone, so it
    does not depend on which other reports share its batch: a build in batches of any size, in
    any order, gives the same events.
    """
    return [replace(e, event_id=stable_id("event", merge_key(e), week_key(e.date))) for e in events]


def week_key(value: TimeValue | None) -> str:
    """The ISO week a date falls in ("2022-W45"); a coarser date (a month, a year) is its own key."""
    span = date_range(value)
    if span is None or value is None:
        return ""
    start, end = span
    if (end - start).days > 6:
        return value.value
    year, week, _ = start.isocalendar()
    return f"{year}-W{week:02d}"


def merge_key(event: Event) -> str:
    """The date-free part of the merge rule: type family, agent key and place key."""
    return "|".join((family(event.type), agent_key(event), place_key(event)))
