"""The places and names of round 48, which real news named and the gazetteer failed.

Georgia's Adjara, Guria and Samtskhe-Javakheti (``data/regions.geojson``, APPROXIMATE:
Natural Earth's one face split by their municipalities' seats); Armenian names of
Stepantsminda and Upper Lars, Russian names of the Kazakhstan-Turkmenistan-Iran
railway's towns and the Persian Sea of Makran (``data/names.yaml``); the towns Etrek and
İpsala (``data/places.yaml``); Southeast Europe and the Maritsa (``data/world.geojson``).
Before, each geocoded to nothing or to a far fuzzy match (Acarıstan to Hungary, Кызылгая
to Gyzylagach Bay). The sentences are the project's own.
"""

import pytest

from geo.geocode import geocode
from tests.parsing import found


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Adjara", "adjara-ge"),
        ("Ajaria", "adjara-ge"),
        ("Autonomous Republic of Adjara", "adjara-ge"),
        ("Acarıstan", "adjara-ge"),
        ("Acarıstan Muxtar Respublikası", "adjara-ge"),
        ("Acaristan", "adjara-ge"),
        ("Аджария", "adjara-ge"),
        ("Աջարիա", "adjara-ge"),
        ("آجارستان", "adjara-ge"),
        ("Adscharien", "adjara-ge"),
        ("Guria", "guria-ge"),
        ("Samtskhe-Javakheti", "samtskhe-javakheti-ge"),
        ("Ստեփանծմինդա", "geonames:614087"),
        ("Լարս", "upper-lars"),
        ("Վերին Լարս", "upper-lars"),
        ("Берекет", "geonames:161974"),
        ("Кызылгая", "geonames:601705"),
        ("Узень", "geonames:607610"),
        ("Новый Узень", "geonames:607610"),
        ("Этрек", "etrek"),
        ("Etrek", "etrek"),
        ("İpsala", "ipsala"),
        ("دریای مکران", "gulf-of-oman"),
        ("Maritsa", "maritsa-river"),
        ("Maritsa River", "maritsa-river"),
        ("Evros", "maritsa-river"),
        ("Meriç", "maritsa-river"),
        ("Марица", "maritsa-river"),
        ("Southeast Europe", "southeast-europe"),
        ("South-East Europe", "southeast-europe"),
        ("Southeastern Europe", "southeast-europe"),
        ("Cənub-Şərqi Avropa", "southeast-europe"),
        ("Юго-Восточная Европа", "southeast-europe"),
        ("Güneydoğu Avrupa", "southeast-europe"),
        ("Südosteuropa", "southeast-europe"),
        ("جنوب شرق اروپا", "southeast-europe"),
        ("Հարավարևելյան Եվրոպա", "southeast-europe"),
    ],
)
def test_a_round48_name_geocodes_to_its_place(name, place):
    assert geocode(name).id == place


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Etrek", 37.66114, 54.76645), ("İpsala", 40.92115, 26.38273)],
)
def test_the_curated_towns_stand_at_their_geonames_points(name, lat, lon):
    p = geocode(name)
    assert (round(p.lat, 5), round(p.lon, 5)) == (lat, lon)


def test_the_three_georgian_units_split_one_face_and_say_so():
    for unit, seat in (
        ("Adjara", "geonames:615532"),
        ("Guria", "geonames:612536"),
        ("Samtskhe-Javakheti", "geonames:615860"),
    ):
        p = geocode(unit)
        assert p.seat == seat
        assert p.derivation.startswith("APPROXIMATE")
        assert "Voronoi cells" in p.derivation


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Batumi", "geonames:615532"),
        ("Atrek", "atrek-river"),
        ("Kars", "kars"),
        ("Восточная Европа", "eastern-europe"),
        ("Edirne", "geonames:747712"),
    ],
)
def test_the_neighbours_names_are_unchanged(name, place):
    assert geocode(name).id == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Грузовики прошли через Аджарию в Батуми.",
            [("Аджари", "adjara-ge"), ("Батуми", "geonames:615532")],
        ),
        (
            "Acarıstan Muxtar Respublikası ilə sərhəddə yeni terminal açılır.",
            [("Acarıstan Muxtar Respublikası", "adjara-ge")],
        ),
        (
            "Samtskhe-Javakheti and Guria lie east of Adjara.",
            [
                ("Samtskhe-Javakheti", "samtskhe-javakheti-ge"),
                ("Guria", "guria-ge"),
                ("Adjara", "adjara-ge"),
            ],
        ),
        ("Բեռնատարները հասել են Ստեփանծմինդա։", [("Ստեփանծմինդա", "geonames:614087")]),
        ("Լարսը փակ է։", [("Լարս", "upper-lars")]),
        ("Մցխեթայում հանդիպում եղավ։", [("Մցխեթա", "geonames:612890")]),
        (
            "Грузовики пошли через станцию Узень на Берекет и Этрек.",
            [("Узень", "geonames:607610"), ("Берекет", "geonames:161974"), ("Этрек", "etrek")],
        ),
        (
            "Кызылгая и Берекет — станции линии.",
            [("Кызылгая", "geonames:601705"), ("Берекет", "geonames:161974")],
        ),
        (
            "بندر چابهار در ساحل دریای مکران است.",
            [("چابهار", "geonames:1161724"), ("دریای مکران", "gulf-of-oman")],
        ),
        (
            "Trucks crossed the Evros at İpsala.",
            [("Evros", "maritsa-river"), ("İpsala", "ipsala")],
        ),
        (
            "Meriç Nehri üzerindeki köprü İpsala yakınında.",
            [("Meriç Nehri", "maritsa-river"), ("İpsala", "ipsala")],
        ),
        (
            "Грузы из Китая идут в Юго-Восточную Европу через Турцию.",
            [("Кита", "cn"), ("Юго-Восточную Европу", "southeast-europe"), ("Турци", "tr")],
        ),
        ("Поезда пойдут в Восточную Европу.", [("Восточную Европу", "eastern-europe")]),
        ("Der Korridor reicht bis nach Südosteuropa.", [("Südosteuropa", "southeast-europe")]),
    ],
)
def test_a_round48_sentence_finds_its_places(text, expected):
    assert found(text) == expected
