"""Places absent from the data, round 7 (issue 10): whole layers, not one text's names.

The corridors' land-border towns (``scripts/crossing_towns.py``: Khorgos, Dostyk,
Sarakhs, Brest...) join the world table from GeoNames ``cities500``; Kazakhstan's
Caspian regions (Mangystau, Atyrau, West Kazakhstan) join the regions layer from
Natural Earth's admin-1 faces. The texts are written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.target) for m in geoparse(text)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Containers from Xi'an are reloaded at Khorgos before the steppe.",
            ("Khorgos", "geonames:1522684"),
        ),
        ("Der Zug erreichte Dostyk erst nach zwei Tagen.", ("Dostyk", "geonames:1524537")),
        ("Поезд прошёл через Сарахс без задержек.", ("Сарахс", "geonames:1159716")),
        ("The wagons change gauge at Brest on the Polish border.", ("Brest", "geonames:629634")),
        (
            "Trucks wait at Sadakhlo for the Armenian side to open.",
            ("Sadakhlo", "geonames:612251"),
        ),
        ("Die Container werden in Małaszewicze umgeladen.", ("Małaszewicze", "malaszewicze")),
        ("Танкеры шли из Астрахани в Нека с нефтью для обмена.", ("Нека", "geonames:122397")),
    ],
)
def test_corridor_border_towns(text, pair):
    assert pair in _targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Он говорил о дружба народов и о новом мосте.",  # the Russian word, not the town
        "Climbers set out for Kazbek at dawn.",  # the mountain, not Stepantsminda
        "Nika said the ferry would leave at noon.",  # a first name, not Neka
    ],
)
def test_border_town_names_that_are_words_stay_out(text):
    assert not [t for _, t in _targets(text) if t.startswith("geonames:")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Aktau is the seat of Mangystau, on the Caspian shore.",
            ("Mangystau", "mangystau-region-kz"),
        ),
        ("Oil from Atyrau Region goes west by pipe.", ("Atyrau Region", "atyrau-region-kz")),
        (
            "Grain from West Kazakhstan reached the port.",
            ("West Kazakhstan", "west-kazakhstan-region-kz"),
        ),
        (
            "Aktav limanı Mangıstav Eyaleti'nin merkezindedir.",
            ("Mangıstav Eyaleti", "mangystau-region-kz"),
        ),
    ],
)
def test_kazakhstan_caspian_regions(text, pair):
    assert pair in _targets(text)
