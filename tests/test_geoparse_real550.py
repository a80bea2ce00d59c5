"""Forms read at stop 89, over held-out round 131 (sets 550-553: the TRIPP route after the
Washington agreement, Lachin and Kalbajar's roads and resettlement, the Kura's low water,
the Rasht-Astara railway; kept outside the project) and over forms the closing note of stop
88 left: a border or transboundary river's words after its name ("Samur transsərhəd çayı");
the bare Gulf word in a text on a place of Iran that never names Iran itself; "international"
between a railway's two ends and its railway word; the Turkish checkpoint word after a held
crossing.

The sentences are the project's own.
"""

import pytest

from geo.geoparse import geoparse
from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Azerbaijani water agency's words: the name alone is the mention, the river's
        # (the bare "Samur" is the border village's, "Samur çayı" the river's)
        ("Samur transsərhəd çayının su ehtiyatları bölünür.", [("Samur", "samur-river")]),
        ("Samur sərhəd çayının suyu azalıb.", [("Samur", "samur-river")]),
        (
            "Kür və Samur transsərhəd çaylarının suyu azalıb.",
            [("Kür", "kura"), ("Samur", "samur-river")],
        ),
        # the village stays the village with no river word
        ("Samur sərhəd məntəqəsində növbə yaranıb.", [("Samur", "samur-az")]),
    ],
)
def test_a_border_rivers_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tehran tells the text is on Iran, as Iran does (rule 28)
        (
            "Moskau und Teheran bauen die Strecke; sie soll Güter vom Golf nach Helsinki bringen.",
            [
                ("Moskau", "geonames:524901"),
                ("Teheran", "tehran"),
                ("Golf", "persian-gulf"),
                ("Helsinki", "geonames:658225"),
            ],
        ),
        (
            "From Tabriz the lorries reach the Gulf ports.",
            [("Tabriz", "tabriz"), ("Gulf", "persian-gulf")],
        ),
        # a text on no place of the Gulf's states keeps the word unread
        (
            "Moskau baut die Strecke; sie soll Güter vom Golf nach Helsinki bringen.",
            [("Moskau", "geonames:524901"), ("Helsinki", "geonames:658225")],
        ),
    ],
)
def test_a_place_of_iran_tells_the_gulf(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Astara (Azərbaycan)-Astara (İran) beynəlxalq dəmir yolunun açılışı olub.",
            [
                (
                    "Astara (Azərbaycan)-Astara (İran) beynəlxalq dəmir yolunun",
                    "astara-astara-railway",
                )
            ],
        ),
        (
            "The Rasht-Astara international railway is late.",
            [("Rasht-Astara international railway", "rasht-astara-railway")],
        ),
        # "international" before no kind word stays outside the pair
        (
            "Qazvin-Rasht international transport corridor.",
            [("Qazvin-Rasht", "qazvin-rasht-railway")],
        ),
    ],
)
def test_international_before_a_railway_word(text, expected):
    assert [(m.text, m.target) for m in geoparse(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a held crossing keeps its words, as "sınır kapısı" and "sərhəd-keçid məntəqəsi"
        (
            "Yukarı Lars kontrol noktasından geçen tırlar bekliyor.",
            [("Yukarı Lars kontrol noktası", "upper-lars")],
        ),
        # a town's checkpoint is the town, the word outside
        ("Astara kontrol noktasında kuyruk var.", [("Astara", "astara-ir")]),
    ],
)
def test_a_held_crossings_checkpoint_word(text, expected):
    assert [(m.text, m.target) for m in geoparse(text)] == expected
