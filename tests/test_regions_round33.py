"""Two neighbours' provinces the Middle Corridor's news names, round 33.

China's Xinjiang (the corridor's China end) and Turkey's Kocaeli (İzmit's gulf ports),
from ``scripts/regions_neighbours.py``: each the Natural Earth admin-1 face holding its
capital, named in the seven languages. "Xinjiang" was a fuzzy match for Xinxiang, a city
of Henan, and "Kocaeli" matched nothing: a province's name is the province. The texts
are written for these tests.
"""

import json
from pathlib import Path

import pytest
from shapely.geometry import Point

import geo
from geo.gazetteer import gazetteer
from geo.geoparse import geoparse

# Capitals (lon, lat), GeoNames cities500 rounded: Ürümqi (1529102), İzmit (745028)
URUMQI = (87.60, 43.80)
IZMIT = (29.93, 40.76)


@pytest.mark.parametrize(
    ("pid", "capital", "country", "km2"),
    [
        ("xinjiang-cn", URUMQI, "CN", 1_664_897),
        ("kocaeli-province-tr", IZMIT, "TR", 3_626),
    ],
)
def test_the_region_holds_its_capital_and_has_about_its_area(pid, capital, country, km2):
    p = gazetteer().by_id[pid]
    assert (p.kind, p.country, p.prominence) == ("region", country, 7)
    assert p.geometry.is_valid
    assert p.geometry.contains(Point(*capital))
    # Natural Earth's generalized lines: within 12 % of the published area
    area = int(p.derivation.split(" km²")[0].rsplit(" ", 1)[1])
    assert abs(area - km2) / km2 < 0.12


def test_xinjiang_is_china_s_and_its_seat_is_urumqi():
    p = gazetteer().by_id["xinjiang-cn"]
    china = gazetteer()["cn"]
    assert p.seat == "geonames:1529102"
    assert p.geometry.buffer(0.01).within(china.geometry.buffer(0.05))
    assert "simplified with tolerance" in p.derivation


@pytest.mark.parametrize(
    ("query", "pid"),
    [
        ("Xinjiang", "xinjiang-cn"),
        ("Xinjiang Uyghur Autonomous Region", "xinjiang-cn"),
        ("Sincan-Uyğur Muxtar Rayonu", "xinjiang-cn"),
        ("Sincan", "xinjiang-cn"),
        ("سین‌کیانگ", "xinjiang-cn"),
        ("Սինցզյան", "xinjiang-cn"),
        ("Սինծյան", "xinjiang-cn"),
        ("Sincan Uygur Özerk Bölgesi", "xinjiang-cn"),
        ("Синьцзян", "xinjiang-cn"),
        ("Синьцзян-Уйгурский автономный район", "xinjiang-cn"),
        ("Kocaeli", "kocaeli-province-tr"),
        ("Kocaeli Province", "kocaeli-province-tr"),
        ("Kocaeli ili", "kocaeli-province-tr"),
        ("استان کوجائلی", "kocaeli-province-tr"),
        ("Provinz Kocaeli", "kocaeli-province-tr"),
        ("Коджаэли", "kocaeli-province-tr"),
    ],
)
def test_the_names_geocode_to_the_region(query, pid):
    assert geo.geocode(query).id == pid


def test_a_province_beats_the_geonames_city_its_name_was_near():
    # Xinxiang (Henan) was the fuzzy answer to "Xinjiang"; Ürümqi stays the city
    assert geo.geocode("Xinjiang").kind == "region"
    assert geo.geocode("Ürümqi").id == "geonames:1529102"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The first container train from Xinjiang reached Baku via Kazakhstan.",
            ("Xinjiang", "xinjiang-cn"),
        ),
        (
            "Trains leave Ürümqi in Xinjiang for the port of Aktau.",
            ("Xinjiang", "xinjiang-cn"),
        ),
        ("Sincandan yola çıxan qatar Bakıya çatıb.", ("Sincan", "xinjiang-cn")),
        (
            "Sincan Uygur Özerk Bölgesi'nden gelen tren Kars'a ulaştı.",
            ("Sincan Uygur Özerk Bölgesi", "xinjiang-cn"),
        ),
        ("Поезд из Синьцзяна прибыл в Баку через Казахстан.", ("Синьцзян", "xinjiang-cn")),
        ("Սինցզյանից մեկնած գնացքը հասել է Բաքու։", ("Սինցզյան", "xinjiang-cn")),
        ("قطار باری از سین‌کیانگ به تهران رسید.", ("سین\u200cکیانگ", "xinjiang-cn")),
        (
            "Der Güterzug aus Xinjiang erreichte Baku über Kasachstan.",
            ("Xinjiang", "xinjiang-cn"),
        ),
        (
            "Ford Otosan ships cars from Kocaeli to Kars by rail.",
            ("Kocaeli", "kocaeli-province-tr"),
        ),
        (
            "The cargo was loaded in Kocaeli province and sent to Georgia.",
            ("Kocaeli province", "kocaeli-province-tr"),
        ),
        (
            "Die Ladung wurde in der Provinz Kocaeli verladen.",
            ("Provinz Kocaeli", "kocaeli-province-tr"),
        ),
        ("Грузы из Коджаэли отправят в Карс.", ("Коджаэли", "kocaeli-province-tr")),
    ],
)
def test_geoparse_finds_the_region(text, mention):
    assert mention in [(m.text, m.target) for m in geoparse(text)]


def test_the_seat_named_like_a_turkish_province_keeps_the_bare_name():
    # Kocaeli takes its bare name; Kars, named like its seat, still leaves it to the town
    found = [(m.text, m.target) for m in geoparse("Ford Otosan ships cars from Kocaeli to Kars.")]
    assert found == [("Kocaeli", "kocaeli-province-tr"), ("Kars", "kars")]


def test_the_features_carry_their_iso_3166_2_codes():
    path = Path(__file__).resolve().parent.parent / "data" / "regions.geojson"
    props = {
        f["properties"]["id"]: f["properties"]
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]
    }
    assert props["xinjiang-cn"]["iso3166_2"] == "CN-XJ"
    assert props["kocaeli-province-tr"]["iso3166_2"] == "TR-41"
