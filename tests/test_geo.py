"""Offline geocoding of French and English place names."""

from __future__ import annotations

import time

import pytest

from newsgraph.geo import demonym_country, geocode

# (name, canonical name, type, country, GeoNames id or None)
PLACES = [
    ("Moscou", "Moscow", "city", "RU", 524901),
    ("Pékin", "Beijing", "city", "CN", 1816670),
    ("Kiev", "Kyiv", "city", "UA", 703448),
    ("Kyiv", "Kyiv", "city", "UA", 703448),
    ("Kherson", "Kherson", "city", "UA", 706448),
    ("Kharkiv", "Kharkiv", "city", "UA", 706483),
    ("Kharkov", "Kharkiv", "city", "UA", 706483),
    ("Londres", "London", "city", "GB", 2643743),
    ("Varsovie", "Warsaw", "city", "PL", 756135),
    ("Ankara", "Ankara", "city", "TR", 323786),
    ("Bali", "Bali", "region", "ID", 1650535),
    ("Indonésie", "Indonesia", "country", "ID", 1643084),
    ("Turquie", "Turkey", "country", "TR", 298795),
    ("États-Unis", "United States", "country", "US", 6252001),
    ("Etats-Unis", "United States", "country", "US", 6252001),
    ("Crimée", "Crimea", "region", "UA", 703883),
    ("Donbass", "Donbas", "region", "UA", None),
    ("la mer Noire", "Black Sea", "water", None, 630673),
    ("le Dniepr", "Dnieper", "water", None, None),
    ("Paris", "Paris", "city", "FR", 2988507),
    ("Russie", "Russia", "country", "RU", 2017370),
    ("Allemagne", "Germany", "country", "DE", 2921044),
    ("Bakhmout", "Bakhmut", "city", "UA", 713174),
    ("Washington", "Washington", "city", "US", None),
    ("la région de Kherson", "Kherson Oblast", "region", "UA", None),
    # French regions and departments (ISO 3166-2:FR)
    ("la Gironde", "Gironde", "region", "FR", None),
    ("Var", "Var", "region", "FR", None),  # not Varna, whose alternate name it is
    ("Jura", "Jura", "region", "FR", None),
    ("Bretagne", "Bretagne", "region", "FR", None),
    ("Seine-Saint-Denis", "Seine-Saint-Denis", "region", "FR", None),
    ("Grand Est", "Grand-Est", "region", "FR", None),
    ("Vienne", "Vienna", "city", "AT", 2761369),  # a great city outranks the department
]


@pytest.mark.parametrize(("name", "canonical", "type_", "country", "gid"), PLACES)
def test_geocode(name, canonical, type_, country, gid):
    place = geocode(name)
    assert place is not None
    assert (place.name, place.type, place.country) == (canonical, type_, country)
    if gid:
        assert place.geonames_id == gid and place.id == f"geonames-{gid}"
    else:
        assert place.id.startswith(("geonames-", "place-"))
    if place.type != "region" or place.geonames_id is None or place.lat is not None:
        assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("name", "near"),
    [("Gironde", "Bordeaux"), ("Nord", "Lille"), ("Bretagne", "Rennes"), ("Île-de-France", "Paris")],
)
def test_a_french_department_or_region_is_placed_near_its_chief_town(name, near):
    place, town = geocode(name), geocode(near)
    assert place is not None and town is not None and place.lat is not None and place.lon is not None
    assert abs(place.lat - town.lat) < 1.5 and abs(place.lon - town.lon) < 1.5  # type: ignore[operator]


@pytest.mark.parametrize(
    "name", ["Russes", "russe", "Poutine", "Lavrov", "Zelensky", "Macron", "", "américain"]
)
def test_not_places(name):
    assert geocode(name) is None


def test_demonyms():
    assert demonym_country("russes") == "Russie" and demonym_country("Ukrainiens") == "Ukraine"
    assert demonym_country("Kherson") is None


def test_fast_after_first_call():
    geocode("Paris")
    start = time.perf_counter()
    for _ in range(1000):
        geocode("Kharkov")
    assert time.perf_counter() - start < 0.5
