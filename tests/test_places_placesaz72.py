"""Round 72 (placesaz): the Mil-Mughan junction, Shakarabad, South Astara, the Astara zone and
Iraq's Kurdistan Region.

The four points are records of ``data/places.yaml``; the Kurdistan Region is a polygon of
``data/regions.geojson`` (``scripts/regions_kurdistan.py``, APPROXIMATE: its four governorates,
drawn as the Voronoi cells of their GeoNames towns inside the one Natural Earth face of
northern Iraq). Each name tested is one a cited page writes; the sentences are the project's
own.
"""

import pytest
from places import assert_geocodes_to
from pyproj import Geod
from shapely.geometry import Point
from shapely.ops import nearest_points

from geo.gazetteer import gazetteer, haversine_km
from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited (or derived) point of each point added
PLACES = {
    "mil-mughan-hydro-junction": ("dam", "AZ", 39.42667, 47.355),
    "shakarabad-babek": ("village", "AZ", 39.1888, 45.4584),
    "south-astara-crossing": ("border crossing", "AZ", 38.4346, 48.8710),
    "astara-special-economic-zone": ("building", "IR", 38.42917, 48.87194),
}

#: GeoNames cities500 points (lat, lon) of towns inside and outside the Kurdistan Region
INSIDE = {
    "Erbil": (36.19117, 44.00943),
    "Duhok": (36.86608, 42.9879),
    "Sulaymaniyah": (35.56496, 45.4329),
    "Halabja": (35.17778, 45.98611),
}
OUTSIDE = {
    "Mosul": (36.335, 43.11889),
    "Kirkuk": (35.46806, 44.39222),
    "Sanandaj": (35.31495, 46.99883),
    "Urmia": (37.55274, 45.07605),
}


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        # the Mil-Mughan junction: en, az, ru, de, fa
        ("Mil-Mughan Hydro Junction", "mil-mughan-hydro-junction"),
        ("Mil-Mughan reservoir", "mil-mughan-hydro-junction"),
        ("Мильско-Муганское водохранилище", "mil-mughan-hydro-junction"),
        ("Mil-Mugan-Stausee", "mil-mughan-hydro-junction"),
        ("Wasserkraftzentrale Mil-Mugan", "mil-mughan-hydro-junction"),
        ("سد انحرافی میل و مغان", "mil-mughan-hydro-junction"),
        ("سد میل مغان", "mil-mughan-hydro-junction"),
        # Shakarabad: en, az, ru
        ("Shakarabad", "shakarabad-babek"),
        ("Shekarabad", "shakarabad-babek"),
        ("Şəkərabad", "shakarabad-babek"),
        ("Шекерабад", "shakarabad-babek"),
        ("Шакарабад", "shakarabad-babek"),
        # South Astara: en, ru
        ("South Astara Crossing", "south-astara-crossing"),
        ("Юг-Астара", "south-astara-crossing"),
        # the Astara zone: en, fa
        ("Astara Special Economic Zone", "astara-special-economic-zone"),
        ("منطقه ویژه اقتصادی آستارا", "astara-special-economic-zone"),
        ("منطقه ویژه اقتصادی بندر آستارا", "astara-special-economic-zone"),
        ("بندر ویژه اقتصادی آستارا", "astara-special-economic-zone"),
    ],
)
def test_each_point_is_found_by_its_names(name, ident):
    assert_geocodes_to(name, ident, PLACES)


def test_the_points_say_how_they_were_placed():
    by_id = gazetteer().by_id
    for pid in PLACES:
        place = by_id[pid]
        assert place.scope == "context"
        assert place.derivation.startswith("APPROXIMATE"), pid


def test_the_points_lie_where_their_sources_put_them():
    by_id = gazetteer().by_id
    border = by_id["az"].geometry.boundary.intersection(by_id["ir"].geometry.boundary)

    def km_to_border(pid):
        p = by_id[pid]
        near = nearest_points(border, Point(p.lon, p.lat))[0]
        return haversine_km(near.y, near.x, p.lat, p.lon)

    def km(a, b):
        return haversine_km(by_id[a].lat, by_id[a].lon, by_id[b].lat, by_id[b].lon)

    # the junction is on the Araz border near Horadiz; the crossing on the Astarachay
    assert km_to_border("mil-mughan-hydro-junction") < 2
    assert km("mil-mughan-hydro-junction", "horadiz") < 5
    assert km_to_border("south-astara-crossing") < 1
    assert km("south-astara-crossing", "astara-az") < 5
    assert km("south-astara-crossing", "astara-ir") < 5
    # the village is by Nakhchivan's airport, the zone in Iran's Astara
    assert km("shakarabad-babek", "nakhchivan-airport") < 1
    assert km("astara-special-economic-zone", "astara-ir") < 3


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        # the bare names stay the region, the towns and the province they were before
        ("Mil-Muğan", "mil-mughan"),
        ("Mil-Mughan", "mil-mughan"),
        ("Astara", "astara-ir"),
        ("Астара", "astara-ir"),
        ("Kurdistan", "kurdistan-province"),
        ("Kürdistan", "kurdistan-province"),
        ("Horadiz", "horadiz"),
        ("Sabirabad", "geonames:585187"),
        ("Erbil", "geonames:95446"),
    ],
)
def test_the_bare_names_keep_their_places(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    "name",
    [
        "Kurdistan Region",  # en
        "Iraqi Kurdistan",
        "Kurdistan Region of Iraq",
        "Iqlīm Kūrdistān",  # ISO 3166-2
        "İraq Kürdüstanı",  # az
        "İraq Kürdüstan Regionu",
        "İraq Kürdüstanı Bölgəsi",
        "Irak Kürdistanı",  # tr
        "Kürdistan Bölgesi",
        "Иракский Курдистан",  # ru
        "اقلیم کردستان عراق",  # fa
        "اقلیم کردستان",
        "کردستان عراق",
        "Իրաքյան Քուրդիստան",  # hy
        "Իրաքեան Քիւրտիստան",
        "Autonome Region Kurdistan",  # de
        "Region Kurdistan",
        "Irakisch-Kurdistan",
        "Kurdistan-Irak",
    ],
)
def test_each_name_geocodes_to_the_kurdistan_region(name):
    place = geocode(name)
    assert (place.id, place.kind, place.country) == ("kurdistan-region", "region", "IQ")


def test_the_kurdistan_region_holds_its_capitals_and_not_its_neighbours():
    region = gazetteer().by_id["kurdistan-region"]
    assert region.derivation.startswith("APPROXIMATE")
    for town, (lat, lon) in INSIDE.items():
        assert region.geometry.contains(Point(lon, lat)), town
    for town, (lat, lon) in OUTSIDE.items():
        assert not region.geometry.contains(Point(lon, lat)), town
    # its drawn area is within a sixth of the 46,862 km² English Wikipedia gives
    km2 = abs(Geod(ellps="WGS84").geometry_area_perimeter(region.geometry)[0]) / 1e6
    assert abs(km2 - 46862) < 46862 / 6


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Repairs at the Mil-Mughan reservoir near Horadiz ended.", "mil-mughan-hydro-junction"),
        # (its Azerbaijani names are left out: they gave the bare "Mil-Muğan" of "[Mil-Muğan]
        # düzənliyində", the economic region in test6 and test7, to the junction)
        ("Mil-Muğan düzənliyində torpaqlar suvarılır.", "mil-mughan"),
        ("سد انحرافی میل و مغان پیش از فصل کشت لایروبی شد.", "mil-mughan-hydro-junction"),
        ("Dron Şəkərabad kəndində məktəbin yanına düşüb.", "shakarabad-babek"),
        ("Учеников школы в селе Шекерабад вывели во двор.", "shakarabad-babek"),
        ("Очередей на пункте Юг-Астара нет.", "south-astara-crossing"),
        ("بندر ویژه اقتصادی آستارا دوباره کالا پذیرفت.", "astara-special-economic-zone"),
        ("Oil from Iraqi Kurdistan reached Ceyhan again.", "kurdistan-region"),
        ("В Иракском Курдистане открыли консульство.", "kurdistan-region"),
        ("Kürdistan Bölgesi ile ticaret büyüyor.", "kurdistan-region"),
        ("زائران از مرز تمرچین وارد اقلیم کردستان عراق شدند.", "kurdistan-region"),
        ("Die Autonome Region Kurdistan exportiert Öl.", "kurdistan-region"),
        ("Իրաքյան Քուրդիստանի հայերը Էրբիլում են։", "kurdistan-region"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Sanandaj is the capital of Kurdistan Province.", "kurdistan-province"),
        ("Senendec, Kürdistan eyaletinin merkezidir.", "kurdistan-province"),
        ("Mil-Muğan iqtisadi rayonunda pambıq yığılır.", "mil-mughan"),
        ("Trucks waited in Astara for hours.", "astara-ir"),
    ],
)
def test_the_province_the_region_and_the_town_keep_their_senses(text, ident):
    ids = {m.place.id for m in geoparse(text) if m.place is not None}
    assert ident in ids
    assert not ids & {"kurdistan-region", "mil-mughan-hydro-junction", "south-astara-crossing"}
