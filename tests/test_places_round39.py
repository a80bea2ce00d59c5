"""The places of round 39: reservoirs and hydropower plants of Karabakh, East Zangezur and
Nakhchivan that Azerbaijani news names beside Khudafarin and Sarsang.

The Khachinchay, Sugovushan, Bargushadchay and Arpachay reservoirs and the Gulabird and
Bilav plants (``data/places.yaml``). Before, a reservoir
word after "Xaçınçay" or "Bərgüşadçay" still gave the river, and the others geocoded to
nothing. The bare names stay the rivers and villages. The sentences are the project's own.
"""

import pytest

from geo.geocode import PlaceNotFound, geocode
from tests.parsing import found


@pytest.mark.parametrize(
    ("name", "place", "lat", "lon"),
    [
        ("Xaçınçay su anbarı", "khachinchay-reservoir", 40.038, 46.776),
        ("Khachinchay reservoir", "khachinchay-reservoir", 40.038, 46.776),
        ("Хачинчайское водохранилище", "khachinchay-reservoir", 40.038, 46.776),
        ("Suqovuşan su anbarı", "sugovushan-reservoir", 40.324, 46.741),
        ("Madagiz su anbarı", "sugovushan-reservoir", 40.324, 46.741),
        ("Suqovuşan-1 SES", "sugovushan-reservoir", 40.324, 46.741),
        ("Bərgüşadçay su anbarı", "bargushadchay-reservoir", 39.388, 46.534),
        ("Güləbird SES", "gulabird-hpp", 39.484, 46.61),
        ("Arpaçay su anbarı", "arpachay-reservoir", 39.644, 45.088),
        ("Арпачайское водохранилище", "arpachay-reservoir", 39.644, 45.088),
        ("Biləv Su Elektrik Stansiyası", "bilav-hpp", 39.076, 45.847),
        ("Bilav HPP", "bilav-hpp", 39.076, 45.847),
    ],
)
def test_a_round39_name_geocodes_to_its_own_point(name, place, lat, lon):
    p = geocode(name)
    assert (p.id, round(p.lat, 3), round(p.lon, 3)) == (place, lat, lon)


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Xaçınçay", "khachinchay"),  # the river, prominence 3 over the reservoir's 2
        ("Bərgüşadçay", "vorotan-river"),
        ("Suqovuşan", "sugovushan"),  # the village
        ("Güləbird", "gulabird"),
        ("Arpaçay", "geonames:751864"),  # the Turkish town keeps it, as before
    ],
)
def test_a_bare_name_stays_the_river_or_village(name, place):
    assert geocode(name).id == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list followed by the plural reservoir word: each name is a reservoir, but
        # Köndələnçay, which has no curated reservoir (no published position), stays the river
        (
            "Xaçınçay, Köndələnçay və Bərgüşadçay su anbarları yenidən qurulur.",
            [
                ("Xaçınçay", "khachinchay-reservoir"),
                ("Köndələnçay", "kondalanchay"),
                ("Bərgüşadçay", "bargushadchay-reservoir"),
            ],
        ),
        ("Xaçınçay çayı hər il daşır.", [("Xaçınçay çayı", "khachinchay")]),
        (
            "Bərgüşadçay Qubadlının yanından axır.",
            [("Bərgüşadçay", "vorotan-river"), ("Qubadlı", "qubadli")],
        ),
        ("Köndələnçay çayının sahilində kənd var.", [("Köndələnçay çayı", "kondalanchay")]),
        (
            "Suqovuşan su anbarının bəndi təmir edilib.",
            [("Suqovuşan su anbarı", "sugovushan-reservoir")],
        ),
        ("Suqovuşan kəndinə ailələr qayıdır.", [("Suqovuşan", "sugovushan")]),
        (
            "Güləbird SES Həkəri çayının suyu ilə işləyir.",
            [("Güləbird SES", "gulabird-hpp"), ("Həkəri çayı", "hakari-river")],
        ),
        (
            "Biləv Su Elektrik Stansiyası Ordubadda enerji verir.",
            [("Biləv Su Elektrik Stansiyası", "bilav-hpp"), ("Ordubad", "ordubad")],
        ),
        (
            "The Khachinchay reservoir irrigates farms in Aghdam.",
            [("Khachinchay", "khachinchay-reservoir"), ("Aghdam", "geonames:148619")],
        ),
        (
            "Арпачайское водохранилище снабжает водой Шарур.",
            [("Арпачайское водохранилище", "arpachay-reservoir"), ("Шарур", "geonames:146858")],
        ),
    ],
)
def test_a_reservoir_or_plant_word_picks_the_structure(text, expected):
    assert found(text) == expected


def test_the_person_heydar_aliyev_is_no_place():
    # the reservoir named after him was left out on review: its peeled name is his
    assert found("Heydər Əliyev 1923-cü ildə anadan olub.") == []
    assert found("President Heydar Aliyev signed the decree.") == []
    with pytest.raises(PlaceNotFound):
        geocode("Heydar Aliyev")
