"""The UN M49 sub-regions, the North Caucasus, Scandinavia and Eurasia (world layer)."""

from __future__ import annotations

import pytest
from shapely.geometry import Point

import geo

STOCKHOLM = (59.33, 18.07)
OSLO = (59.91, 10.75)
BERLIN = (52.52, 13.40)
PARIS = (48.86, 2.35)
ROME = (41.90, 12.50)
WARSAW = (52.23, 21.01)
MOSCOW = (55.75, 37.62)
NOVOSIBIRSK = (55.03, 82.92)
DELHI = (28.61, 77.21)
BEIJING = (39.91, 116.40)
TOKYO = (35.68, 139.69)
JAKARTA = (-6.21, 106.85)
CAIRO = (30.04, 31.24)
NAIROBI = (-1.29, 36.82)
BRASILIA = (-15.79, -47.88)
MEXICO_CITY = (19.43, -99.13)
OTTAWA = (45.42, -75.70)
MAKHACHKALA = (42.98, 47.50)
GROZNY = (43.32, 45.69)
BAKU = (40.38, 49.89)
TBILISI = (41.69, 44.83)
SYDNEY = (-33.87, 151.21)


def _inside(place, lat, lon):
    return place.geometry.contains(Point(lon, lat))


@pytest.mark.parametrize(
    ("query", "pid", "inside", "outside"),
    [
        ("Northern Europe", "northern-europe", STOCKHOLM, BERLIN),
        ("Северная Европа", "northern-europe", OSLO, WARSAW),
        ("اروپای شمالی", "northern-europe", STOCKHOLM, PARIS),
        ("Eastern Europe", "eastern-europe", WARSAW, BERLIN),
        ("Восточная Европа", "eastern-europe", MOSCOW, NOVOSIBIRSK),
        ("Western Europe", "western-europe", PARIS, ROME),
        ("Südeuropa", "southern-europe", ROME, PARIS),
        ("South Asia", "southern-asia", DELHI, BEIJING),
        ("Cənubi Asiya", "southern-asia", DELHI, BAKU),
        ("Southeast Asia", "south-eastern-asia", JAKARTA, DELHI),
        ("East Asia", "eastern-asia", TOKYO, DELHI),
        ("Kuzey Afrika", "northern-africa", CAIRO, NAIROBI),
        ("Latin America", "latin-america", BRASILIA, OTTAWA),
        ("Латинская Америка", "latin-america", MEXICO_CITY, OTTAWA),
        ("Northern America", "northern-america", OTTAWA, MEXICO_CITY),
        ("South America", "south-america", BRASILIA, MEXICO_CITY),
        ("Южная Америка", "south-america", BRASILIA, OTTAWA),
        ("Central America", "central-america", MEXICO_CITY, BRASILIA),
        ("Zentralamerika", "central-america", (14.63, -90.51), OTTAWA),  # Guatemala City
        ("آمریکای جنوبی", "south-america", BRASILIA, MEXICO_CITY),
        ("Oceania", "oceania", (-23.70, 133.88), JAKARTA),  # Alice Springs
        ("North Caucasus", "north-caucasus", MAKHACHKALA, BAKU),
        ("Северный Кавказ", "north-caucasus", GROZNY, TBILISI),
        ("Scandinavia", "scandinavia", OSLO, (60.17, 24.94)),  # not Helsinki
        ("Eurasia", "eurasia", NOVOSIBIRSK, CAIRO),
        ("Avrasya", "eurasia", PARIS, SYDNEY),
    ],
)
def test_sub_regions_are_approximate_polygons_of_their_members(query, pid, inside, outside):
    p = geo.geocode(query)
    assert p.id == pid and p.kind == "macro-region" and p.country == ""
    assert _inside(p, *inside) and not _inside(p, *outside)
    assert p.derivation.startswith("APPROXIMATE")
    assert p.source


def test_members_and_the_ural_divide():
    assert geo.geocode("Northern Europe").countries[:3] == ("AX", "DK", "EE")
    assert "DE" not in geo.geocode("Northern Europe").countries
    assert geo.geocode("North Caucasus").countries == ("RU",)
    # France is Western Europe, not Latin America (Clipperton Island is a small part)
    assert "FR" not in geo.geocode("Latin America").countries
    assert "FR" in geo.geocode("Western Europe").countries
    # Russia's part of Eastern Europe ends at the 60th meridian, as Europe's does
    east = geo.geocode("Eastern Europe")
    assert _inside(east, 56.0, 59.0) and not _inside(east, 56.0, 61.5)
    # Australia is not in Asia (its Indian Ocean territories are a small part)
    assert not _inside(geo.geocode("Asia"), *SYDNEY)


TEXTS = [
    (
        "en",
        "Cargo from Northern Europe reaches South Asia through the North Caucasus; Eurasia "
        "and Scandinavia, Eastern Europe and Southeast Asia.",
        [
            "northern-europe",
            "southern-asia",
            "north-caucasus",
            "eurasia",
            "scandinavia",
            "eastern-europe",
            "south-eastern-asia",
        ],
    ),
    (
        "az",
        "Yüklər Şimali Avropadan Cənubi Asiyaya Şimali Qafqaz və Avrasiya ilə gedir.",
        ["northern-europe", "southern-asia", "north-caucasus", "eurasia"],
    ),
    (
        "fa",
        "بار از اروپای شمالی به آسیای جنوبی از قفقاز شمالی و اوراسیا و آسیای شرقی می‌رود.",
        ["northern-europe", "southern-asia", "north-caucasus", "eurasia", "eastern-asia"],
    ),
    (
        "ru",
        "Поезда из Северной Европы в Южную Азию пойдут через Северный Кавказ, а грузы "
        "Северного Кавказа и Юго-Восточной Азии — по Евразии.",
        [
            "northern-europe",
            "southern-asia",
            "north-caucasus",
            "north-caucasus",
            "south-eastern-asia",
            "eurasia",
        ],
    ),
    (
        "tr",
        "Yükler Kuzey Avrupa'dan Güney Asya'ya Kuzey Kafkasya ve Avrasya üzerinden gider.",
        ["northern-europe", "southern-asia", "north-caucasus", "eurasia"],
    ),
    (
        "hy",
        "Բեռները Հյուսիսային Եվրոպայից Հարավային Ասիա են գնում Հյուսիսային Կովկասով։",
        ["northern-europe", "southern-asia", "north-caucasus"],
    ),
    (
        "de",
        "Fracht aus Nordeuropa fährt durch den Nordkaukasus nach Südasien; die Häfen "
        "Nordeuropas und Eurasien.",
        ["northern-europe", "north-caucasus", "southern-asia", "northern-europe", "eurasia"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "ids"), TEXTS, ids=[t[0] for t in TEXTS])
def test_the_long_name_wins_over_the_continent_it_holds(lang, text, ids):
    """ "Northern Europe" is not also Europe, "Şimali Qafqaz" not the Caucasus."""
    assert [m.target for m in geo.geoparse(text)] == ids


def test_a_name_in_a_company_or_a_compound_is_no_region():
    # a macro-region ending a company's run of capitalised words (my own sentences)
    text = "Die Reederei Hamburg Süd Eurasia fährt ab Hamburg nach Eurasien."
    got = [(m.text, m.start, m.target) for m in geo.geoparse(text)]
    assert [(t, s) for t, s, _ in got] == [("Hamburg", 42), ("Eurasien", 55)]
    assert got[1][2] == "eurasia"
    # the German suspended hyphen: the first part of a compound
    text = "Das Institut für Osteuropa- und Kaukasusforschung sitzt nicht in Osteuropa."
    assert [(m.text, m.target) for m in geo.geoparse(text)] == [("Osteuropa", "eastern-europe")]
    assert [m.start for m in geo.geoparse(text)] == [text.rindex("Osteuropa")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the stop-62 miss: "Южную Америку" was read as its last word, America (the US)
        (
            "Российское зерно идёт в Южную Америку и Центральную Америку, не в Америку.",
            [
                ("Южную Америку", "south-america"),
                ("Центральную Америку", "central-america"),
                ("Америк", "us"),
            ],
        ),
        (
            "Türk müteahhitler Güney Amerika ve Orta Amerika pazarlarına açılıyor.",
            [("Güney Amerika", "south-america"), ("Orta Amerika", "central-america")],
        ),
        (
            "Die Reederei bedient Südamerika und Ozeanien, nicht Nordamerika.",
            [
                ("Südamerika", "south-america"),
                ("Ozeanien", "oceania"),
                ("Nordamerika", "northern-america"),
            ],
        ),
    ],
)
def test_the_americas_are_regions_not_the_united_states(text, found):
    assert [(m.text, m.target) for m in geo.geoparse(text)] == found
