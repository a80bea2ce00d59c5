"""The places of round 43: the Zabukhchay reservoir (Lachin) and the village of Chapar (Aghdara).

``data/places.yaml``: the reservoir is drawn at Zabux village, where the news places it
(APPROXIMATE), and Chapar at its Wikipedia point. Before, each geocoded to nothing. The
bare "Zabux" stays the village; the Persian word for a courier (چاپار) is no place. The
sentences are the project's own.
"""

import pytest

from geo.geocode import geocode
from tests.parsing import found


@pytest.mark.parametrize(
    ("name", "place", "lat", "lon"),
    [
        ("Zabuxçay su anbarı", "zabukhchay-reservoir", 39.590, 46.543),
        ("Zabukhchay reservoir", "zabukhchay-reservoir", 39.590, 46.543),
        ("Забухчайское водохранилище", "zabukhchay-reservoir", 39.590, 46.543),
        ("Chapar", "chapar", 40.154, 46.424),
        ("Çapar", "chapar", 40.154, 46.424),
        ("Чапар", "chapar", 40.154, 46.424),
        ("Չափար", "chapar", 40.154, 46.424),
    ],
)
def test_a_round43_name_geocodes_to_its_own_point(name, place, lat, lon):
    p = geocode(name)
    assert (p.id, round(p.lat, 3), round(p.lon, 3)) == (place, lat, lon)


@pytest.mark.parametrize(("name", "place"), [("Zabux", "zabukh"), ("Zabukh", "zabukh")])
def test_the_bare_village_name_stays_the_village(name, place):
    assert geocode(name).id == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laçın rayonunda Zabuxçay su anbarının tikintisi yekunlaşıb.",
            [("Laçın rayonu", "lachin-district"), ("Zabuxçay su anbarı", "zabukhchay-reservoir")],
        ),
        ("Zabux kəndinə daha 30 ailə köçüb.", [("Zabux", "zabukh")]),
        (
            "Water from the Zabukhchay reservoir will reach fields in Zangilan.",
            [("Zabukhchay", "zabukhchay-reservoir"), ("Zangilan", "zangilan")],
        ),
        (
            "Вода из Забухчайского водохранилища пойдёт на поля Зангилана.",
            [("Забухчайского водохранилища", "zabukhchay-reservoir"), ("Зангилан", "zangilan")],
        ),
    ],
)
def test_the_reservoir_word_picks_the_reservoir(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ağdərə rayonunun Çapar kəndinə ilk ailələr qayıdıb.",
            [("Ağdərə", "aghdara"), ("Çapar", "chapar")],
        ),
        ("Çaparda yeni evlər tikilir.", [("Çapar", "chapar")]),
        (
            "The first families have moved back to Chapar in the Aghdara district.",
            [("Chapar", "chapar"), ("Aghdara", "aghdara")],
        ),
        ("Первые семьи вернулись в село Чапар.", [("Чапар", "chapar")]),
    ],
)
def test_chapar_is_found(text, expected):
    assert found(text) == expected


def test_the_persian_courier_word_is_no_village():
    assert found("بسته را با چاپار فرستادند.") == []
