"""Round 63: places and names real articles named that the gazetteer lacked.

Akyayla (APPROXIMATE, derived from Incheh Borun and the Natural Earth border), Bautino,
Farap, China's Horgos, Kandla, Shihezi, Port Kavkaz and Chabahar's Shahid Kalantari port
are curated in ``data/places.yaml``; the Kuma-Manych Canal and Kanal Istanbul are canal
lines of the world layer (``scripts/world_water.py``); Zhanaozen gains 'Uzen' and the
Volga the Turkish 'İdil Nehri' (``data/names.yaml``). Each name is one a cited page
writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.gazetteer import haversine_km
from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each point place added or named anew
PLACES = {
    "akyayla": ("village", "TM", 37.48259, 54.70515),
    "bautino": ("village", "KZ", 44.54479, 50.24629),
    "farap": ("town", "TM", 39.17037, 63.61165),
    "horgos-cn": ("town", "CN", 44.21250, 80.40972),
    "kandla": ("town", "IN", 23.03, 70.22),
    "shihezi": ("city", "CN", 44.3054, 86.0804),
    "port-kavkaz": ("building", "RU", 45.34167, 36.67639),
    "shahid-kalantari-port": ("building", "IR", 25.300278, 60.612778),
    "geonames:607610": ("city", "KZ", 43.3412, 52.8619),
}

#: each name a point place is written by, and the place
NAMES = [
    ("Akyayla", "akyayla"),
    ("Ak-Yayla", "akyayla"),
    ("Ak Yayla", "akyayla"),
    ("Акяйла", "akyayla"),
    ("Bautino", "bautino"),
    ("Баутино", "bautino"),
    ("Farap", "farap"),
    ("Фарап", "farap"),
    ("Horgos", "horgos-cn"),
    ("Korgas", "horgos-cn"),
    ("霍尔果斯", "horgos-cn"),
    ("霍尔果斯市", "horgos-cn"),
    ("Kandla", "kandla"),
    ("Shihezi", "shihezi"),
    ("石河子", "shihezi"),
    ("Шихэцзы", "shihezi"),
    ("Port Kavkaz", "port-kavkaz"),
    ("Порт Кавказ", "port-kavkaz"),
    ("порт Кавказ", "port-kavkaz"),
    ("Shahid Kalantari Port", "shahid-kalantari-port"),
    ("Port of Shahid Kalantari", "shahid-kalantari-port"),
    ("Shahid Kalantary Port", "shahid-kalantari-port"),
    ("بندر شهید کلانتری", "shahid-kalantari-port"),
    ("Schahid Kalantari", "shahid-kalantari-port"),
    ("Uzen", "geonames:607610"),
    ("Узень", "geonames:607610"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES)


@pytest.mark.parametrize("name", ["Khorgos", "Khorgas", "Хоргос"])
def test_the_kazakh_khorgos_keeps_its_names(name):
    place = geocode(name)
    assert (place.id, place.country) == ("geonames:1522684", "KZ")


def test_the_chinese_horgos_faces_the_kazakh_khorgos():
    china, kazakh = geocode("Horgos"), geocode("Khorgos")
    assert china.id != kazakh.id
    assert haversine_km(china.lat, china.lon, kazakh.lat, kazakh.lon) < 5


def test_akyayla_lies_north_of_incheh_borun_in_turkmenistan():
    station, crossing = geocode("Akyayla"), geocode("Incheh Borun")
    assert 2 < haversine_km(station.lat, station.lon, crossing.lat, crossing.lon) < 6
    assert station.lat > crossing.lat
    assert geocode("Turkmenistan").geometry.contains(station.geometry)


def test_the_bare_kavkaz_is_no_port():
    assert geocode("Кавказ").id != "port-kavkaz"


#: each name of a new canal, its id and country
CANALS = [
    ("Kuma–Manych Canal", "kuma-manych-canal", "RU"),
    ("Kuma-Manych Canal", "kuma-manych-canal", "RU"),
    ("Manych Canal", "kuma-manych-canal", "RU"),
    ("Кумо-Манычский канал", "kuma-manych-canal", "RU"),
    ("Манычский канал", "kuma-manych-canal", "RU"),
    ("Kanal Istanbul", "kanal-istanbul", "TR"),
    ("Kanal İstanbul", "kanal-istanbul", "TR"),
    ("Istanbul Canal", "kanal-istanbul", "TR"),
]


@pytest.mark.parametrize(("name", "ident", "country"), CANALS)
def test_each_canal_name_geocodes_to_its_canal(name, ident, country):
    place = geocode(name)
    assert (place.id, place.kind, place.country) == (ident, "canal", country)


@pytest.mark.parametrize(
    ("ident", "ends"),
    [
        ("kuma-manych-canal", [(44.80278, 44.66111), (45.46389, 44.62583)]),
        ("kanal-istanbul", [(41.00633, 28.74504), (41.30194, 28.68)]),
    ],
)
def test_each_canal_runs_between_its_cited_ends(ident, ends):
    place = geocode(next(name for name, i, _ in CANALS if i == ident))
    coords = list(place.geometry.coords)
    (lat0, lon0), (lat1, lon1) = ends
    assert haversine_km(coords[0][1], coords[0][0], lat0, lon0) < 1
    assert haversine_km(coords[-1][1], coords[-1][0], lat1, lon1) < 1


def test_idil_nehri_is_the_volga_and_the_bare_idil_is_not():
    assert geocode("İdil Nehri").id == "volga"
    assert "volga" not in {
        m.place.id for m in geoparse("İdil ilçesinde yeni bir okul açıldı.") if m.place
    }


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Our freight train paused at Akyayla before entering Iran.", "akyayla"),
        ("A supply boat sailed from Bautino to the offshore rigs.", "bautino"),
        ("Lorries queued for two days at Farap on the Uzbek border.", "farap"),
        ("Containers were loaded onto the train in Horgos.", "horgos-cn"),
        ("Grain cargoes are unloaded at Kandla every week.", "kandla"),
        ("Cotton grown around Shihezi goes east by rail.", "shihezi"),
        ("The ferry from Port Kavkaz was held back by the storm.", "port-kavkaz"),
        ("Rice was unloaded at Shahid Kalantari Port in May.", "shahid-kalantari-port"),
        ("Planners discussed the Kanal Istanbul project once more.", "kanal-istanbul"),
        ("Engineers inspected the Kuma-Manych Canal in spring.", "kuma-manych-canal"),
        ("Oil workers in Uzen held a meeting.", "geonames:607610"),
        ("Gemiler İdil Nehri boyunca kuzeye ilerledi.", "volga"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}
