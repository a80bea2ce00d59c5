"""Round 74 (names74): sourced names of places the gazetteer already holds.

Each name is one a page cited in ``data/names.yaml`` or ``data/places.yaml`` writes:
German "Tschabahar" (Chabahar), "Kaukasien" (the Caucasus) and "Sängilan" (the Zangilan
district), Armenian "Արցախի Հանրապետություն" (Karabakh, as the republic), Russian
"Инче-Борун"/"Инче-Бурун" (the Incheh Borun crossing), "Забухчай" and "Бергюшадчай" (the
reservoirs, their names in quotes) and "Хакаричай" (the Hakari), Persian "جبراییل" (the
Jabrayil district). "Sängilan" is the town's name too, which keeps the bare name as it keeps
"Zangilan"; the district answers it when asked for a district. The sentences are the
project's own.
"""

import pytest
from parsing import found

from geo.geocode import geocode

#: each new name and the place it names
NAMES = [
    ("Tschabahar", "geonames:1161724"),
    ("Kaukasien", "caucasus"),
    ("Արցախի Հանրապետություն", "karabakh"),
    ("Инче-Борун", "incheh-borun-crossing"),
    ("Инче-Бурун", "incheh-borun-crossing"),
    ("Забухчай", "zabukhchay-reservoir"),
    ("Бергюшадчай", "bargushadchay-reservoir"),
    ("Хакаричай", "hakari-river"),
    ("جبراییل", "jabrayil-district"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert geocode(name).id == ident


def test_saengilan_is_the_district_when_a_district_is_asked_for():
    assert geocode("Sängilan", kind="district").id == "zangilan-district"
    # the town holds the name as well and keeps the bare name, as it keeps "Zangilan"
    place = geocode("Sängilan")
    assert place.id == "zangilan"
    assert "zangilan-district" in place.alternatives


def test_the_jabrayil_town_keeps_its_persian_name():
    assert geocode("جبرائیل").id == "jabrayil"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Hafen von Tschabahar soll in diesem Jahr ausgebaut werden.",
            [("Tschabahar", "geonames:1161724")],
        ),
        (
            "Viele Reisende durchqueren Kaukasien mit dem Zug.",
            [("Kaukasien", "caucasus")],
        ),
        (
            "Грузовики снова пересекают границу через переход Инче-Борун.",
            [("Инче-Борун", "incheh-borun-crossing")],
        ),
        (
            "Строительство водохранилища Бергюшадчай продолжается.",
            [("Бергюшадчай", "bargushadchay-reservoir")],
        ),
        (
            "Der Flughafen im Rayon Sängilan wurde 2022 eröffnet.",
            [("Rayon Sängilan", "zangilan-district")],
        ),
    ],
)
def test_a_sentence_names_the_places(text, expected):
    assert found(text) == expected


def test_the_armenian_republic_name_is_karabakh_in_a_sentence():
    ids = [
        target
        for _, target in found(
            "Մի քանի տարի Արցախի Հանրապետության կառավարությունը գործել է Ստեփանակերտում։"
        )
    ]
    assert ids[0] == "karabakh"
