"""Round 95 (rivers95): the Nile and the Ganges in the world layer.

Lines of ``scripts/world_rivers_far.py``, drawn (APPROXIMATE) through the GeoNames cities500
points of towns on their banks, upstream first. Each name tested is one the cited titles
write; the sentences are the project's own. The bare Turkish given name "Nil" and the
Persian words "نیل" (indigo) and "گنگ" (mute) must not read as the rivers.
"""

import pytest
from shapely.geometry import Point
from shapely.ops import nearest_points

from geo.gazetteer import gazetteer, haversine_km
from geo.geocode import geocode
from geo.geoparse import geoparse

#: river id -> (country, the first and last bank town, a town the line passes (lat, lon))
RIVERS = {
    "nile-river": ("EG", (0.43902, 33.20317), (30.06263, 31.24967), (30.06263, 31.24967)),
    "ganges-river": ("IN", (30.10778, 78.29255), (25.24446, 86.97183), (25.31668, 83.01041)),
}


@pytest.mark.parametrize(
    ("rid", "country", "first", "last", "town"), [(k, *v) for k, v in RIVERS.items()]
)
def test_each_river_is_a_line_through_its_bank_towns(rid, country, first, last, town):
    place = gazetteer().by_id[rid]
    assert (place.kind, place.country, place.prominence) == ("river", country, 8)
    line = place.geometry
    assert line.geom_type == "LineString"
    (lon0, lat0), (lon1, lat1) = line.coords[0], line.coords[-1]
    assert haversine_km(lat0, lon0, *first) < 1
    assert haversine_km(lat1, lon1, *last) < 1
    near = nearest_points(line, Point(town[1], town[0]))[0]
    assert haversine_km(near.y, near.x, *town) < 20
    assert place.derivation.startswith("APPROXIMATE")


def test_the_line_passes_near_cairo_and_varanasi():
    for rid, (lat, lon) in (
        ("nile-river", (30.0444, 31.2357)),
        ("ganges-river", (25.3176, 82.9739)),
    ):
        line = gazetteer().by_id[rid].geometry
        near = nearest_points(line, Point(lon, lat))[0]
        assert haversine_km(near.y, near.x, lat, lon) < 30, rid


@pytest.mark.parametrize(
    ("name", "rid"),
    [
        ("Nile", "nile-river"),
        ("Nile River", "nile-river"),
        ("River Nile", "nile-river"),
        ("Нил", "nile-river"),
        ("Nil Nehri", "nile-river"),
        ("Nil çayı", "nile-river"),
        ("رود نیل", "nile-river"),
        ("Նեղոս", "nile-river"),
        ("Ganges", "ganges-river"),
        ("Ganga", "ganges-river"),
        ("Ganges River", "ganges-river"),
        ("River Ganges", "ganges-river"),
        ("Ганг", "ganges-river"),
        ("Ganj Nehri", "ganges-river"),
        ("Qanq çayı", "ganges-river"),
        ("رود گنگ", "ganges-river"),
        ("Գանգես", "ganges-river"),
    ],
)
def test_each_river_is_found_by_its_names(name, rid):
    place = geocode(name)
    assert (place.id, place.kind) == (rid, "river")


def _ids(text):
    return [m.place.id for m in geoparse(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egyptians are proud of the Nile, Indians of the Ganges.",
            ["nile-river", "ganges-river"],
        ),
        (
            "The Araz is not the River Nile, and the Ganga is sacred.",
            ["araz", "nile-river", "ganges-river"],
        ),
        (
            "Mısırlılar Nil Nehri ile, Hintliler Ganj Nehri ile gurur duyar.",
            ["nile-river", "ganges-river"],
        ),
        (
            "Misirlilər Nil çayı ilə, hindlilər Qanq çayı ilə fəxr edir.",
            ["nile-river", "ganges-river"],
        ),
        ("مصری‌ها به رود نیل و هندی‌ها به رود گنگ افتخار می‌کنند.", ["nile-river", "ganges-river"]),
        ("Египтяне гордятся Нилом, индийцы — Гангом.", ["nile-river", "ganges-river"]),
        ("На Ниле и на Ганге строят плотины.", ["nile-river", "ganges-river"]),
        ("Եգիպտացիները հպարտանում են Նեղոսով։ Գանգեսը սուրբ է։", ["nile-river", "ganges-river"]),
        ("Die Inder sind stolz auf den Ganges.", ["ganges-river"]),
    ],
)
def test_the_parser_finds_them(text, expected):
    assert _ids(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nil Hanım dün toplantıya geldi. Nil bugün evde.",
        "Nil Karaibrahimgil yeni albümünü tanıttı.",
        "رنگ نیل در پارچه‌ها دیده می‌شود.",
        "او گنگ بود و چیزی نگفت.",
    ],
)
def test_the_bare_words_are_no_river(text):
    assert not {"nile-river", "ganges-river"} & set(_ids(text))
