"""Offline geocoding of French and English place names."""

from __future__ import annotations

import time

import pytest

from newsgraph.geo import french_spelling, geocode, locality, place_of
from newsgraph.geo_demonyms import demonym_country

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


# Ninth round: a French city before a foreign one of the same name, a city's own name before
# another city's other name, Ukrainian towns of any size in French spellings.
PLACES9 = [
    ("Orléans", "Orléans", "FR"),  # not Orléans, Ontario (a little larger)
    ("Pokrovsk", "Pokrovsk", "UA"),  # not Engels, once called Pokrovsk
    ("Soledar", "Soledar", "UA"),  # under 15,000 inhabitants
    ("Vougledar", "Vuhledar", "UA"),  # French spelling
    ("Boutcha", "Bucha", "UA"),
    ("Lissitchansk", "Lysychansk", "UA"),
    ("Vienne", "Vienna", "AT"),  # still the great city
]


@pytest.mark.parametrize(("name", "canonical", "country"), PLACES9)
def test_geocode_ninth_round(name, canonical, country):
    place = geocode(name)
    assert place is not None and (place.name, place.country) == (canonical, country)


@pytest.mark.parametrize(
    "name",
    [
        "François",  # "le pape François": not Le François (Martinique)
        "Chevtchenko",  # a surname, though villages bear it
        "Bohdan",  # a first name, though a Ukrainian village bears it
        "Landiras",  # a French village: found only when said as a place (locality)
        "Ouistreham",
        "TGV",  # an acronym, though GeoNames gives it as a code of Targovishte (Bulgaria)
        "LAX",  # an airport's code, no town's name
    ],
)
def test_not_geocoded_bare(name):
    assert geocode(name) is None


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Landiras", "FR"),
        ("Ouistreham", "FR"),
        ("Batz-sur-Mer", "FR"),
        ("Soledar", "UA"),
        ("Mironivka", "UA"),
    ],
)
def test_locality(name, country):
    place = locality(name)
    assert place is not None and place.country == country and place.type == "city"
    assert place.id.startswith("geonames-") and place.lat is not None
    assert place_of(name) == (geocode(name) or place)


def test_locality_not_lowercase_nor_unknown():
    assert locality("landiras") is None and locality("Xqzvillage") is None and locality("") is None


def test_french_spelling():
    assert french_spelling("Vugledar") == "Vougledar"
    assert french_spelling("Lysychansk", "i") == "Lissitchansk"
    assert french_spelling("Zhytomyr", "i") == "Jitomir"


def test_localities_file_keys_are_folded_names():
    """The table stores each town's folded names: they must be what fold_place gives today."""
    from newsgraph import lexicons
    from newsgraph.names import fold_place

    with lexicons.path("lexicons/localities.tsv").open(encoding="utf-8") as lines:
        rows = [line.rstrip("\n").split("\t") for line in lines if not line.startswith("#")]
    assert len(rows) > 20_000
    for keys, name, *_ in rows[::500]:
        assert fold_place(name) in keys.split(";")


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Ars", True),  # the village, written as its name is
        ("ARS", False),  # the health agency's acronym in capitals
        ("CAF", False),
        ("Palais de justice", False),  # a building, not the quarter "Palais de Justice"
        ("Batz-sur-Mer", True),
        ("Villeneuve-lès-Avignon", True),
        ("Port-la-Nouvelle", True),  # "Port-La Nouvelle" in the gazetteer: a link word may differ
        ("Saint-Martin-de-Ré", True),
    ],
)
def test_locality_written_as_the_town_is(name, found):
    assert (locality(name) is not None) is found
