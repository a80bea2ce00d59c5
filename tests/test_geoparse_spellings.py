"""Names in a spelling the gazetteer lacks, beside the places a text names (geo._spellings).

A capitalised word a list's or a route's word joins to a mention, or a kind word
follows, is read by its sound against the curated and regional places near the text's
other places. The texts are written for these tests.
"""

import pytest
from parsing import found

from geo._spellings import sound_key


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a list: the Russian "Курик" for Kuryk (Курык), beside Aktau
        (
            "Паромы из Актау и Курик ушли в Баку.",
            [("Актау", "geonames:610612"), ("Курик", "kuryk"), ("Баку", "baku")],
        ),
        # a route's two ends, the respelled one first
        (
            "Trucks now cross from Agbenda to Kalaleh every morning.",
            [("Agbenda", "aghband"), ("Kalaleh", "kalaleh")],
        ),
        # a pair of capitalised words, and the kind word after it: the plant is the dam's
        (
            "Both the Khudafarin and Gis Galasy hydroelectric power plants are near Zangilan.",
            [
                ("Khudafarin", "khudafarin-dam"),
                ("Gis Galasy", "giz-galasi-dam"),
                ("Zangilan", "zangilan"),
            ],
        ),
        # a unit's word after it: the district, not its town
        (
            "Solar farms rise near Zangilan and in the Jebrayl region.",
            [("Zangilan", "zangilan"), ("Jebrayl", "jabrayil-district")],
        ),
        # a county's name without its word: the town it is named after
        (
            "Дорога пройдёт через Астару и Резваншахр к Решту.",
            [("Астар", "astara-ir"), ("Резваншахр", "geonames:118532"), ("Решт", "rasht")],
        ),
        # a respelled name in a Russian case, read by its stem (Игдир, Игдыр)
        (
            "Дорога пройдёт между Карсом, Игдиром и Нахчываном.",
            [("Карс", "kars"), ("Игдир", "igdir"), ("Нахчыван", "nakhchivan")],
        ),
        # a spelling joined by a hyphen before a held name
        (
            "Die Strecke Gazwin-Rascht-Astara ist fertig.",
            [("Gazwin", "qazvin"), ("Rascht", "rasht"), ("Astara", "astara-ir")],
        ),
    ],
)
def test_respelled_names_beside_places(text: str, pairs: list[tuple[str, str]]) -> None:
    assert found(text) == pairs


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # people, peoples and words made from a name are no respellings
        ("Aliyev and Pezeshkian met in Baku.", [("Baku", "baku")]),
        (
            "Georgian and Armenian trucks queue at Sadakhlo.",
            [("Sadakhlo", "geonames:612251")],
        ),
        ("Erzurumlu and Kars traders met.", [("Kars", "kars")]),
        # a name's part after a hyphen, and a capitalised pair that is an organisation's
        ("The Jebrayl Energy Hub near Zangilan opened.", [("Zangilan", "zangilan")]),
        # a known name with its case ending is one mention, not two
        ("Поезд идёт через Астару и Решт.", [("Астар", "astara-ir"), ("Решт", "rasht")]),
        # a respelled place far from every place the text names is not read
        ("Поезда ходят между Гамбургом и Курик.", [("Гамбург", "geonames:2911298")]),
    ],
)
def test_no_respelling(text: str, pairs: list[tuple[str, str]]) -> None:
    assert found(text) == pairs


def test_sound_key_makes_spellings_of_one_sound_one() -> None:
    assert sound_key("Aghband") == sound_key("Agband") == "agband"
    assert sound_key("Курык") == sound_key("Kuryk") == sound_key("Курик") == "kurik"
    assert sound_key("Ghazwin") == sound_key("Qazvin") == "gasvin"
