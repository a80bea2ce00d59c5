"""Forms read over held-out rounds 124-126 (sets 534-542: the 2021 Goris-Kapan road dispute,
Azerbaijan's northwest, the Turkmenistan-Iran-Azerbaijan gas swap, the Okhchuchay's
pollution, Amulsar, mining in western Azerbaijan, Ardabil province; kept outside the
project) at stop 87, each counted over the held-out gold of rounds 92-121 first: a state's
lorries by their Turkish and Azerbaijani words after its nominative, a nationality's use; a
town's mine; a study's quoted title after the Persian word for article; the English
"Province of" before a province's name.

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


def test_the_english_province_word_before_of():
    # "the Province of Ardabil": the province, its words inside, as "Ardabil Province"
    assert found("Tourists come to the Province of Ardabil in May.") == [
        ("Province of Ardabil", "ardabil-province")
    ]
    assert found("Ardabil is the capital of the province.") == [("Ardabil", "ardabil")]
