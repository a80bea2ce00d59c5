"""geoparse() on the patterns of round 55: what blind sets 54 and 55 (kept outside the
project) showed the parser missing.

The sentences are the project's own. Each test asserts the new reading and that a name
beside it keeps its old one.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement's quoted title by its first word: its names are words of a title
        (
            "The ministers signed the “Memorandum of Understanding between Azerbaijan and "
            "Turkey on the Kars-Igdir-Nakhchivan railway” in Baku.",
            [("Baku", "baku")],
        ),
        (
            "В Тегеране подписан «Меморандум о сотрудничестве Ирана и Армении» в энергетике.",
            [("Тегеран", "tehran")],
        ),
        # and by its last word, the title opening with a name
        (
            "Nazir “Azərbaycan-Türkiyə enerji sahəsində əməkdaşlıq sazişi”nin imzalanmasından "
            "sonra Naxçıvana gedib.",
            [("Naxçıvan", "nakhchivan-ar")],
        ),
    ],
)
def test_names_inside_an_agreements_quoted_title_are_no_mentions(text, expected):
    assert found(text) == expected


def test_a_link_inside_an_agreements_quoted_title_stays():
    # a named link is the link wherever it stands (as in a conference's title)
    assert found("Подписано «Соглашение о строительстве железной дороги Решт – Астара».") == [
        ("Решт – Астара", "rasht-astara-railway")
    ]


def test_an_agreement_word_in_running_text_leaves_the_names():
    assert found("Under the agreement, Azerbaijan will supply gas to Nakhchivan via Iran.") == [
        ("Azerbaijan", "az"),
        ("Nakhchivan", "nakhchivan-ar"),
        ("Iran", "ir"),
    ]


def test_a_headlines_pipeline_ends_without_their_dash_are_places():
    # "Iğdır Nahçıvan Boru Hattı": the two ends side by side, the dash left out
    assert found("Iğdır Nahçıvan Boru Hattı Açıldı") == [
        ("Iğdır", "igdir"),
        ("Nahçıvan", "nakhchivan"),
    ]
    # one name before the word is the pipeline's own name, no place
    assert found("Güney Kafkasya Boru Hattı genişletildi.") == []


def test_the_german_plural_town_word_makes_a_lists_names_towns():
    # "Städte Ordubad und Marazad": the towns a plant supplies, not the plants
    assert found(
        "Das Wasserkraftwerk soll die Städte Ordubad und Marazad mit Strom versorgen."
    ) == [("Ordubad", "ordubad"), ("Marazad", "marazad")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Грузы проходят через таможню Джулфа.", [("Джулфа", "jolfa-ir")]),
        (
            "The Mangistau region borders the Caspian.",
            [("Mangistau", "mangystau-region-kz"), ("Caspian", "caspian-sea")],
        ),
        ("Удобрения прибыли из Республики Беларусь.", [("Республики Беларусь", "by")]),
        (
            "Qatar Tetritskaro və Salka stansiyalarından keçərək Kartsaxiyə çatıb.",
            [
                ("Tetritskaro", "geonames:611674"),
                ("Salka", "geonames:611548"),
                ("Kartsaxi", "kartsakhi"),
            ],
        ),
        (
            "It joins the East-West railway corridor at Kars.",
            [("East-West railway corridor", "east-west-corridor"), ("Kars", "kars")],
        ),
    ],
)
def test_names_of_round_55(text, expected):
    assert found(text) == expected
