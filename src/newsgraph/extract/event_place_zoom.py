"""A report's opening zooms in: its summary names a region ("Dans le Donbass, les forces russes
avancent"), then the town in it where the report was filmed ("À Lyssytchansk, l'armée se heurte à
la méfiance des habitants"). An event its own sentence does not place, and that takes its place
from the opening, happened in that town, as a town wins over a region within one sentence; not
when the region is elsewhere than the town (a town more than a region's breadth away from its
point), nor when the event's sentence speaks of an area ("dans toute la région") or of elsewhere
("là-bas")."""

from __future__ import annotations

from collections.abc import Iterable
from math import asin, cos, radians, sin, sqrt

from spacy.tokens import Token

from newsgraph.extract.context import Mention
from newsgraph.extract.event_place_report import elsewhere
from newsgraph.geo import GeoPlace, place_of

REGION_REACH_KM = 150.0
"""How far from a region's point (a department's prefecture, a region's weighted centre) a town is
taken to lie in it: the breadth of a French department or of a war's region ("le Donbass")."""


def opening_town(
    region: Mention, later: Iterable[list[tuple[bool, bool, bool, int, Mention, Token]]], token: Token
) -> Mention | None:
    """The first town that the opening's sentences after the one naming ``region`` say as a place
    (``later``: their ranked places, as ``fallback_place`` ranks them) and that lies in that region;
    None when ``region`` is no region, or the event's sentence says where it is otherwise."""
    outer = place_of(region.name)
    if outer is None or outer.type != "region" or outer.lat is None or outer.lon is None:
        return None
    for ranked in later:
        for not_settlement, _, not_town, _, m, _ in sorted(ranked, key=lambda r: r[:4]):
            if not_settlement or not_town:
                continue
            inner = place_of(m.name)
            if inner is not None and inner.type == "city" and lies_in(inner, outer):
                return m if not elsewhere(token) else None
    return None


def lies_in(town: GeoPlace, region: GeoPlace) -> bool:
    """Whether a town is of the region's country and within ``REGION_REACH_KM`` of its point."""
    if town.lat is None or town.lon is None or region.lat is None or region.lon is None:
        return False
    if town.country != region.country:
        return False
    return km(town.lat, town.lon, region.lat, region.lon) <= REGION_REACH_KM


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points, in kilometres."""
    p1, p2, dp, dl = radians(lat1), radians(lat2), radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dp / 2) ** 2 + cos(p1) * cos(p2) * sin(dl / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(a))
