"""Gaps of issue 10 closed in the region and world layers: every Iranian province
(Golestan, North Khorasan), every Azerbaijani district and city unit (Nakhchivan's
too), more seas, the straits, and canals as their own kind, in the seven languages."""

import json
from pathlib import Path

import pytest
from shapely.geometry import Point

import geo
from geo.gazetteer import gazetteer

DATA = Path(__file__).resolve().parent.parent / "data"

# ISO 3166-2:AZ units as Wikipedia's "Administrative divisions of Azerbaijan" lists them
# (59 districts and 11 cities, Nakhchivan's 7 districts and 1 city), less Şuşa city, which
# ISO 3166-2 does not list, and the five places.yaml holds (Jabrayil, Zangilan, Qubadli,
# Lachin, Kalbajar).
AZ_UNITS = set(
    [
        "ABS",
        "AGA",
        "AGC",
        "AGM",
        "AGS",
        "AGU",
        "AST",
        "BA",
        "BAB",
        "BAL",
        "BAR",
        "BEY",
        "BIL",
        "CAL",
        "CUL",
        "DAS",
        "FUZ",
        "GA",
        "GAD",
        "GOR",
        "GOY",
        "GYG",
        "HAC",
        "IMI",
        "ISM",
        "KAN",
        "KUR",
        "LA",
        "LAN",
        "LER",
        "MAS",
        "MI",
        "NA",
        "NEF",
        "NV",
        "OGU",
        "ORD",
        "QAB",
        "QAX",
        "QAZ",
        "QBA",
        "QOB",
        "QUS",
        "SA",
        "SAB",
        "SAD",
        "SAH",
        "SAK",
        "SAL",
        "SAR",
        "SAT",
        "SBN",
        "SIY",
        "SKR",
        "SM",
        "SMI",
        "SMX",
        "SR",
        "SUS",
        "TAR",
        "TOV",
        "UCA",
        "XA",
        "XAC",
        "XCI",
        "XIZ",
        "XVD",
        "YAR",
        "YE",
        "YEV",
        "ZAQ",
        "ZAR",
    ]
)


def _region_records() -> list[dict]:
    with open(DATA / "regions.geojson", encoding="utf-8") as f:
        return [feat["properties"] for feat in json.load(f)["features"]]


def test_every_iranian_province_and_azerbaijani_unit_is_in_the_layer():
    records = _region_records()
    iran_regions = [r for r in records if r.get("country") == "IR" and r["kind"] == "region"]
    iran = {r["iso3166_2"] for r in iran_regions if "iso3166_2" in r}
    assert iran == {f"IR-{i:02d}" for i in range(31)}
    # the one Iranian region that is no province: Iranian Azerbaijan, a union of three
    assert [r["id"] for r in iran_regions if "iso3166_2" not in r] == ["iranian-azerbaijan"]
    az = {r["iso3166_2"] for r in records if r.get("country") == "AZ" and r["kind"] == "district"}
    assert az == {f"AZ-{code}" for code in AZ_UNITS}


# Capitals (lat, lon), GeoNames cities500 rounded.
GORGAN = (36.84, 54.44)
BOJNURD = (37.47, 57.33)


@pytest.mark.parametrize(
    ("query", "pid", "capital", "other"),
    [
        ("Golestan Province", "golestan-province", GORGAN, BOJNURD),
        ("Golestan", "golestan-province", GORGAN, BOJNURD),
        ("استان گلستان", "golestan-province", GORGAN, BOJNURD),
        ("Gülüstan ostanı", "golestan-province", GORGAN, BOJNURD),
        ("Голестан", "golestan-province", GORGAN, BOJNURD),
        ("Գոլեստան", "golestan-province", GORGAN, BOJNURD),
        ("Gülistan Eyaleti", "golestan-province", GORGAN, BOJNURD),
        ("Provinz Golestan", "golestan-province", GORGAN, BOJNURD),
        ("North Khorasan", "north-khorasan-province", BOJNURD, GORGAN),
        ("خراسان شمالی", "north-khorasan-province", BOJNURD, GORGAN),
        ("Şimali Xorasan", "north-khorasan-province", BOJNURD, GORGAN),
        ("Северный Хорасан", "north-khorasan-province", BOJNURD, GORGAN),
        ("Հյուսիսային Խորասան", "north-khorasan-province", BOJNURD, GORGAN),
        ("Kuzey Horasan", "north-khorasan-province", BOJNURD, GORGAN),
        ("Nord-Chorasan", "north-khorasan-province", BOJNURD, GORGAN),
    ],
)
def test_golestan_and_north_khorasan_hold_their_capitals(query, pid, capital, other):
    p = geo.geocode(query)
    assert (p.id, p.kind, p.country) == (pid, "region", "IR")
    assert p.geometry.contains(Point(capital[1], capital[0]))
    assert not p.geometry.contains(Point(other[1], other[0]))
    assert p.derivation.startswith("APPROXIMATE") and "Voronoi" in p.derivation


def test_golestan_and_north_khorasan_split_one_face_without_overlap():
    g = gazetteer()
    a, b = g["golestan-province"].geometry, g["north-khorasan-province"].geometry
    assert a.intersection(b).area < 1e-6
    assert a.touches(b) or a.distance(b) < 1e-6
    # Wikipedia: Golestan 20,367 km², North Khorasan 28,434 km² (about 2 and 2.9 sq. deg.)
    assert 1.6 < a.area < 2.8 and 2.2 < b.area < 3.6


# (query, id, the seat's lat, lon, km the seat may lie off the polygon). Qusar, Ucar and
# Xırdalan fall just across Natural Earth's generalized line (the derivation says so);
# Yevlax's seat is the Yevlax city unit the district surrounds.
DISTRICTS = [
    ("Absheron District", "absheron-district-az", 40.448, 49.755, 3.0),
    ("Qusar rayonu", "gusar-district-az", 41.428, 48.430, 1.0),
    ("Ucar rayonu", "ujar-district-az", 40.519, 47.654, 2.0),
    ("Yevlakh District", "yevlakh-district-az", 40.618, 47.150, 3.0),
    ("Babək rayonu", "babak-district-az", 39.155, 45.443, 0.0),
    ("Culfa rayonu", "julfa-district-az", 38.960, 45.630, 0.0),
    ("Kəngərli rayonu", "kangarli-district-az", 39.399, 45.115, 0.0),
    ("Ordubad rayonu", "ordubad-district-az", 38.910, 46.023, 0.0),
    ("Sədərək rayonu", "sadarak-district-az", 39.723, 44.848, 1.0),
    ("Şahbuz rayonu", "shahbuz-district-az", 39.407, 45.574, 0.0),
    ("Şərur rayonu", "sharur-district-az", 39.553, 44.980, 0.0),
    # the unit; "Naxçıvan şəhəri" and "Nakhchivan City" are the city (places.yaml)
    ("@nakhchivan-city-az", "nakhchivan-city-az", 39.209, 45.412, 0.0),
]


@pytest.mark.parametrize(("query", "pid", "lat", "lon", "km"), DISTRICTS)
def test_new_districts_hold_their_centre(query, pid, lat, lon, km):
    p = gazetteer()[query[1:]] if query.startswith("@") else geo.geocode(query)
    assert (p.id, p.kind, p.country) == (pid, "district", "AZ")
    assert p.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert p.geometry.buffer(km / 111).contains(Point(lon, lat))
    assert "geonames:" in p.derivation


def test_nakhchivan_districts_lie_in_the_autonomous_republic():
    g = gazetteer()
    ar = g["nakhchivan-ar"].geometry.buffer(0.02)
    ids = [pid for _, pid, *_ in DISTRICTS[4:]]
    for pid in ids:
        assert ar.contains(g[pid].geometry), pid
    total = sum(g[pid].geometry.area for pid in ids)
    assert total > 0.8 * g["nakhchivan-ar"].geometry.area


def test_mingachevir_is_an_approximate_point_and_yevlax_takes_the_face_around_it():
    g = gazetteer()
    city, district = g["mingachevir-city-az"], g["yevlakh-district-az"]
    assert city.geometry.geom_type == "Point"
    assert city.derivation.startswith("APPROXIMATE") and "Yevlax" in city.derivation
    assert district.geometry.buffer(0.02).contains(city.geometry)


def test_bare_names_stay_with_towns_of_that_name():
    assert geo.geocode("Sədərək").id == "sadarak"
    assert geo.geocode("Ordubad").id == "ordubad"
    assert geo.geocode("Culfa").id == "julfa-az"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gülüstan əyalətində yeni yol açılır.", [("Gülüstan əyaləti", "golestan-province")]),
        (
            "Делегация побывала в Голестане и Северном Хорасане.",
            [("Голестан", "golestan-province"), ("Северном Хорасане", "north-khorasan-province")],
        ),
        (
            "این پروژه در استان گلستان و استان خراسان شمالی اجرا می‌شود.",
            [
                ("استان گلستان", "golestan-province"),
                ("استان خراسان شمالی", "north-khorasan-province"),
            ],
        ),
        (
            "Die Provinz Golestan grenzt an Nord-Chorasan.",
            [
                ("Provinz Golestan", "golestan-province"),
                ("Nord-Chorasan", "north-khorasan-province"),
            ],
        ),
        (
            "Gülistan Eyaleti ve Kuzey Horasan Eyaleti arasında.",
            [
                ("Gülistan Eyaleti", "golestan-province"),
                ("Kuzey Horasan Eyaleti", "north-khorasan-province"),
            ],
        ),
        (
            "Kəngərli rayonunda və Şərur rayonunda yeni məktəb açıldı.",
            [("Kəngərli rayonu", "kangarli-district-az"), ("Şərur rayonu", "sharur-district-az")],
        ),
        (
            "В Шарурском районе и в Бабекском районе построили дорогу.",
            [
                ("Шарурском районе", "sharur-district-az"),
                ("Бабекском районе", "babak-district-az"),
            ],
        ),
        (
            "The road runs through Absheron District and Qusar district to Yevlakh District.",
            [
                ("Absheron District", "absheron-district-az"),
                ("Qusar district", "gusar-district-az"),
                ("Yevlakh District", "yevlakh-district-az"),
            ],
        ),
    ],
)
def test_geoparse_finds_the_new_units(text, expected):
    assert [(m.text, m.place.id) for m in geo.geoparse(text)] == expected


# (query, id, (lat, lon) inside, (lat, lon) outside), atlas positions.
SEAS = [
    ("Gulf of Aden", "gulf-of-aden", (12.5, 47.5), (20.0, 38.0)),
    ("Аденский залив", "gulf-of-aden", (12.0, 45.0), (15.0, 64.0)),
    ("Baltic Sea", "baltic-sea", (58.0, 19.0), (56.0, 4.0)),
    ("Ostsee", "baltic-sea", (60.0, 25.0), (58.5, 9.8)),
    ("Sea of Marmara", "sea-of-marmara", (40.7, 28.0), (43.0, 34.0)),
    ("Marmara Denizi", "sea-of-marmara", (40.7, 28.0), (38.5, 25.0)),
    ("Adriatic Sea", "adriatic-sea", (42.5, 16.0), (39.5, 17.0)),
    ("Адриатическое море", "adriatic-sea", (44.0, 13.5), (35.0, 18.0)),
    ("Aegean Sea", "aegean-sea", (38.5, 25.0), (40.7, 28.0)),
    ("Ege Denizi", "aegean-sea", (39.5, 24.0), (35.0, 18.0)),
]


@pytest.mark.parametrize(("query", "pid", "inside", "outside"), SEAS)
def test_new_seas_are_approximate_polygons(query, pid, inside, outside):
    p = geo.geocode(query)
    assert (p.id, p.kind, p.country) == (pid, "sea", "")
    assert p.geometry.contains(Point(inside[1], inside[0]))
    assert not p.geometry.contains(Point(outside[1], outside[0]))
    assert p.derivation.startswith("APPROXIMATE")


@pytest.mark.parametrize(
    ("query", "pid", "near"),
    [
        ("Bosporus", "bosporus", (41.085, 29.056)),  # Rumeli Hisarı
        ("İstanbul Boğazı", "bosporus", (41.085, 29.056)),
        ("Dardanelles", "dardanelles", (40.15, 26.40)),  # Çanakkale narrows
        ("Дарданеллы", "dardanelles", (40.15, 26.40)),
    ],
)
def test_straits_are_approximate_lines(query, pid, near):
    p = geo.geocode(query)
    assert (p.id, p.kind) == (pid, "sea") and p.countries == ("TR",)
    assert p.geometry.geom_type == "LineString"
    assert p.geometry.distance(Point(near[1], near[0])) < 0.03
    assert p.derivation.startswith("APPROXIMATE")


@pytest.mark.parametrize(
    ("query", "pid", "country", "near"),
    [
        ("Volga–Don Canal", "volga-don-canal", "RU", (48.69, 43.53)),  # Kalach-na-Donu
        ("Волго-Донской канал", "volga-don-canal", "RU", (48.52, 44.56)),  # Krasnoarmeysky
        ("Wolga-Don-Kanal", "volga-don-canal", "RU", (48.69, 43.53)),
        ("Suez Canal", "suez-canal", "EG", (31.26, 32.31)),  # Port Said
    ],
)
def test_canals_are_their_own_kind(query, pid, country, near):
    p = geo.geocode(query)
    assert (p.id, p.kind, p.country) == (pid, "canal", country)
    assert p.geometry.distance(Point(near[1], near[0])) < 0.05
    assert p.derivation.startswith("APPROXIMATE")


WATER_TEXTS = [
    (
        "Ships cross the Gulf of Aden, the Suez Canal and the Baltic Sea; cargo also uses "
        "the Volga-Don Canal.",
        ["gulf-of-aden", "suez-canal", "baltic-sea", "volga-don-canal"],
    ),
    (
        "Груз идёт через Аденский залив, Суэцкий канал, по Волго-Донскому каналу в Балтийское "
        "море.",
        ["gulf-of-aden", "suez-canal", "volga-don-canal", "baltic-sea"],
    ),
    (
        "Yük Ədən körfəzi, Süveyş kanalı, Volqa-Don kanalı və Baltik dənizi ilə daşınır.",
        ["gulf-of-aden", "suez-canal", "volga-don-canal", "baltic-sea"],
    ),
    (
        "Die Route führt durch den Golf von Aden, den Sueskanal, den Wolga-Don-Kanal und die "
        "Ostsee.",
        ["gulf-of-aden", "suez-canal", "volga-don-canal", "baltic-sea"],
    ),
    (
        "Yük Aden Körfezi, Süveyş Kanalı, Volga-Don Kanalı ve Baltık Denizi üzerinden taşınıyor.",
        ["gulf-of-aden", "suez-canal", "volga-don-canal", "baltic-sea"],
    ),
    (
        "بار از خلیج عدن، کانال سوئز، کانال ولگا-دن و دریای بالتیک عبور می‌کند.",
        ["gulf-of-aden", "suez-canal", "volga-don-canal", "baltic-sea"],
    ),
    (
        "Բեռը Ադենի ծոցով, Սուեզի ջրանցքով, Վոլգա-Դոնի ջրանցքով և Բալթիկ ծովով է անցնում։",
        ["gulf-of-aden", "suez-canal", "volga-don-canal", "baltic-sea"],
    ),
    ("Yük Mərmərə dənizindən Egey dənizinə keçir.", ["sea-of-marmara", "aegean-sea"]),
    (
        "Суда шли из Дарданелл в Мраморное море, в Балтийском море и в Аденском заливе.",
        ["dardanelles", "sea-of-marmara", "baltic-sea", "gulf-of-aden"],
    ),
    (
        "Груз Суэцкого канала и Волго-Донского канала.",
        ["suez-canal", "volga-don-canal"],
    ),
    ("Ordubad rayonunda yeni məktəb açılıb.", ["ordubad-district-az"]),
    ("Yük Süveyş kanalından və Bosfordan keçir.", ["suez-canal", "bosporus"]),
    (
        "Груз прошёл через Мраморное море, Босфор и Дарданеллы в Эгейское море.",
        ["sea-of-marmara", "bosporus", "dardanelles", "aegean-sea"],
    ),
    (
        "Das Schiff fuhr im Marmarameer, durch den Bosporus und die Dardanellen in die Ägäis.",
        ["sea-of-marmara", "bosporus", "dardanelles", "aegean-sea"],
    ),
    (
        "Kargo Marmara Denizi'nden Çanakkale Boğazı'na, sonra Ege Denizi'ne geçti.",
        ["sea-of-marmara", "dardanelles", "aegean-sea"],
    ),
    (
        "کشتی از دریای مرمره و تنگه بسفر به دریای اژه رفت.",
        ["sea-of-marmara", "bosporus", "aegean-sea"],
    ),
    (
        "Նավը Մարմարա ծովով և Բոսֆորով անցավ Էգեյան ծով։",
        ["sea-of-marmara", "bosporus", "aegean-sea"],
    ),
    (
        "The Adriatic Sea and the Aegean are linked to the Gulf of Oman and the Sea of Azov.",
        ["adriatic-sea", "aegean-sea", "gulf-of-oman", "sea-of-azov"],
    ),
]


@pytest.mark.parametrize(("text", "ids"), WATER_TEXTS)
def test_geoparse_finds_seas_straits_and_canals_in_seven_languages(text, ids):
    assert [m.place.id for m in geo.geoparse(text)] == ids


def test_story_lists_far_canals_and_straits_and_draws_the_new_districts(tmp_path):
    from geo.export import save_html
    from geo.story import story_map

    text = (
        "Caspian freight and new districts\n\n"
        "Grain from the Volga–Don Canal reaches the Caspian Sea, while tankers use the Suez "
        "Canal, the Bosporus and the Sea of Marmara. A new road links Ordubad District and "
        "Şərur rayonu in Nakhchivan with Golestan Province in Iran."
    )
    html = save_html(story_map(text), tmp_path / "gaps.html").read_text(encoding="utf-8")
    far = html.split('id="story-elsewhere"')[1].split("</section>")[0]
    listed = [part.split('"')[0] for part in far.split('data-place="')[1:]]
    assert listed == [
        "volga-don-canal",
        "suez-canal",
        "bosporus",
        "sea-of-marmara",
        "golestan-province",
    ]
    data = html.split('id="story-data"')[1]
    assert "place-ordubad-district-az" in data and "place-sharur-district-az" in data
    assert "place-suez-canal" not in data


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        (
            "В Астаринском районе и Ленкоранском районе строят дорогу.",
            ["astara-district-az", "lankaran-district-az"],
        ),
        (
            "Дорога пройдёт через Джалилабадский район и Билясуварский район.",
            ["jalilabad-district-az", "bilasuvar-district-az"],
        ),
        ("Im Rayon Lənkəran und im Rayon Astara.", ["lankaran-district-az", "astara-district-az"]),
    ],
)
def test_russian_and_german_names_of_the_other_districts(text, ids):
    assert [m.place.id for m in geo.geoparse(text)] == ids
