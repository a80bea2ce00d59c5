"""Forms read over held-out round 124 (sets 534-536: the 2021 Goris-Kapan road dispute,
Azerbaijan's northwest, the Turkmenistan-Iran-Azerbaijan gas swap; kept outside the
project) at stop 87, each counted over the held-out gold of rounds 92-121 first: a state's
lorries by their Turkish and Azerbaijani words after its nominative, a nationality's use.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's lorries after its nominative: a nationality's use, as "İran kamyonları"
        ("Sınırda bekleyen İran tırları geri döndü.", []),
        ("Yolda İran TIR-ları saatlarla gözləyib.", []),
        ("Gömrük İran TIR’larından vergi aldı.", []),
        ("Postda İran yük maşınları saxlanılıb.", []),
        # the genitive owner stays a place, and so does a state the lorries go to
        ("Tırlar İran'ın sınırında bekliyor.", [("İran", "ir")]),
        ("Yük maşınları İrana gedir.", [("İran", "ir")]),
        # not a verb the letters begin: "tırmandırıyor" (escalates)
        ("İran gerilimi tırmandırıyor.", [("İran", "ir")]),
    ],
)
def test_a_states_lorries_are_a_nationalitys_use(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mine of a town the gazetteer holds no mine of: the town, as a plant's (rule 6)
        ("Die Firma ist an der Gajaran-Mine beteiligt.", [("Gajaran", "geonames:174880")]),
        ("Die Arbeiter der Sotk-Goldmine gingen nach Hause.", [("Sotk", "geonames:616041")]),
        # a study's quoted title after the Persian word for article: its names unmarked
        (
            "یکی از این مقالات، «آلودگی رود ارس در ارمنستان و آذربایجان» است که در مجله چاپ شد.",
            [],
        ),
        (
            "ارمنستان و آذربایجان رود ارس را آلوده کردند.",
            [("ارمنستان", "am"), ("آذربایجان", "az"), ("رود ارس", "araz")],
        ),
    ],
)
def test_a_towns_mine_and_an_articles_title(text, expected):
    assert found(text) == expected
