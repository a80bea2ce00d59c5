"""Round 57: places real articles named that the gazetteer lacked.

Herat Province and Kaluga Oblast join the region layer as the Natural Earth admin-1 faces
holding their capitals (``scripts/regions_neighbours.py``); Torghundi (APPROXIMATE, derived
from Serhetabat and the Natural Earth border), Avaza, Vorsino and Baku's Garadagh district
are curated in ``data/places.yaml``; Serhetabat gains the Russian spelling with д
(``data/names.yaml``). Each name is one a cited page writes. The sentences are the
project's own.
"""

import pytest
from places import assert_geocodes_to
from shapely.geometry import Point

from geo.gazetteer import haversine_km
from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each point place added or named anew
PLACES = {
    "torghundi": ("town", "AF", 35.235, 62.394),
    "avaza": ("town", "TM", 40.01667, 52.96667),
    "vorsino": ("village", "RU", 55.23028, 36.65861),
    "garadagh-district": ("district", "AZ", 40.32722, 49.73),
    "geonames:1219377": ("town", "TM", 35.27992, 62.34383),
}

#: each name a point place is written by, and the place
NAMES = [
    ("Torghundi", "torghundi"),
    ("Turghundi", "torghundi"),
    ("Towrgondi", "torghundi"),
    ("Torgondi", "torghundi"),
    ("Toor Ghondai", "torghundi"),
    ("Тургунди", "torghundi"),
    ("Торгунди", "torghundi"),
    ("Avaza", "avaza"),
    ("Awaza", "avaza"),
    ("Аваза", "avaza"),
    ("Vorsino", "vorsino"),
    ("Ворсино", "vorsino"),
    ("Freight Village Vorsino", "vorsino"),
    ("Garadagh District", "garadagh-district"),
    ("Garadagh raion", "garadagh-district"),
    ("Qaradağ rayonu", "garadagh-district"),
    ("Карадагский район", "garadagh-district"),
    ("Серхетабад", "geonames:1219377"),
    ("Серхетабат", "geonames:1219377"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES)


def test_torghundi_lies_across_the_border_from_serhetabat():
    town, facing = geocode("Torghundi"), geocode("Serhetabat")
    assert 3 < haversine_km(town.lat, town.lon, facing.lat, facing.lon) < 10
    assert town.lat < facing.lat


#: each name of a new region, its id and country
REGIONS = [
    ("Herat Province", "herat-province-af", "AF"),
    ("ولایت هرات", "herat-province-af", "AF"),
    ("Kaluga Oblast", "kaluga-oblast-ru", "RU"),
    ("Kaluga Region", "kaluga-oblast-ru", "RU"),
    ("Калужская область", "kaluga-oblast-ru", "RU"),
]


@pytest.mark.parametrize(("name", "ident", "country"), REGIONS)
def test_each_region_name_geocodes_to_its_region(name, ident, country):
    place = geocode(name)
    assert (place.id, place.kind, place.country) == (ident, "region", country)


@pytest.mark.parametrize(
    ("region", "city"), [("Herat Province", "Herat"), ("Kaluga Oblast", "Kaluga")]
)
def test_the_region_holds_its_capital_and_the_bare_name_stays_the_city(region, city):
    unit, town = geocode(region), geocode(city)
    assert town.kind == "city" and town.id.startswith("geonames:")
    assert unit.geometry.contains(Point(town.lon, town.lat))


def test_kaluga_oblast_holds_vorsino():
    unit, village = geocode("Kaluga Oblast"), geocode("Vorsino")
    assert unit.geometry.contains(Point(village.lon, village.lat))


def test_herat_province_holds_torghundi():
    unit, town = geocode("Herat Province"), geocode("Torghundi")
    assert unit.geometry.contains(Point(town.lon, town.lat))


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Afghan fruit trucks queued at Torghundi for two days.", "torghundi"),
        ("Delegates gathered in Avaza for the Caspian forum.", "avaza"),
        ("The container train from Xi'an was unloaded at Vorsino.", "vorsino"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}
