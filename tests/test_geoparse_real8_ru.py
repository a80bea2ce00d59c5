"""Russian forms of round 8 (real8-ru): the kind words before a quoted corridor name, and
names the Russian press writes that the tables lacked.

The texts are written for these tests.
"""

import pytest

from geo._linkforms import shorter_corridor_forms
from tests.parsing import found as _found


# ---------------------------------------------------------------- a quoted corridor name
def test_the_shorter_forms_of_a_quoted_name_and_its_initials():
    forms = shorter_corridor_forms(["Международный транспортный коридор «Север–Юг»"])
    assert forms == [
        "МТК «Север–Юг»",
        "Международный коридор «Север–Юг»",
        "коридор «Север–Юг»",
        "транспортный коридор «Север–Юг»",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the initials of "международный транспортный коридор", in guillemets or straight quotes
        ("Ветка войдёт в МТК «Север – Юг» к 2030 году.", "МТК «Север – Юг»"),
        ('Порт работает на МТК "Север-Юг" круглый год.', 'МТК "Север-Юг"'),
        # a shorter kind word in another case
        (
            "Грузы пошли по транспортному коридору «Север – Юг».",
            "транспортному коридору «Север – Юг»",
        ),
        ("Склад построят у коридора «Север-Юг» под Решт.", "коридора «Север-Юг»"),
        # the closing typographic quote that also opens: ”Север-Юг”
        (
            "Терминал стоит на транспортном коридоре ”Север-Юг” давно.",
            "транспортном коридоре ”Север-Юг”",
        ),
        # a pair of curly quotes, the opening one “
        ("Новый паром для коридора “Север-Юг” спустили на воду.", "коридора “Север-Юг”"),
    ],
)
def test_a_russian_kind_word_before_the_quoted_name_stays_in_it(text, expected):
    assert (expected, "nstc") in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a corridor with no Russian form of its own: the word before the quotes joins it
        (
            "Развитие коридора «Восток–Запад» обсудили.",
            ("коридора «Восток–Запад»", "east-west-corridor"),
        ),
        ("Груз пошёл по маршруту «Север–Юг».", ("маршруту «Север–Юг»", "nstc")),
        (
            "В рамках международного транспортного коридора «Восток–Запад» грузы идут.",
            ("международного транспортного коридора «Восток–Запад»", "east-west-corridor"),
        ),
        # no corridor word before the quotes: the quoted name alone
        ("Проект «Север–Юг» обсудили.", ("Север–Юг", "nstc")),
    ],
)
def test_any_corridor_quoted_after_a_corridor_or_route_word_takes_it(text, expected):
    assert _found(text)[0] == expected


def test_a_plural_kind_word_before_two_quoted_names_stays_out():
    text = "Стороны обсудили коридоры «Восток — Запад» и «Север — Юг» на встрече."
    assert _found(text) == [("Восток — Запад", "east-west-corridor"), ("Север — Юг", "nstc")]


# ---------------------------------------------------------------- spellings
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rasht with the Persian vowel, and the link it ends
        (
            "Подрядчик приступил к линии Рашт — Астара.",
            [("Рашт — Астара", "rasht-astara-railway")],
        ),
        ("Делегация прилетела в Рашт вечером.", [("Рашт", "rasht")]),
        # the Nakhchivan Autonomous Republic's Russian initials
        ("Грузовики из НАР пойдут через мост.", [("НАР", "nakhchivan-ar")]),
        # Kyrgyzstan by its own name
        ("Экспорт из Кыргызстана вырос вдвое.", [("Кыргызстан", "kg")]),
        # Zahedan with the Persian i
        ("Поезд из Захидана опоздал.", [("Захидан", "geonames:1159301")]),
        # the Caspian port of Nowshahr, and Mazandaran with the Persian vowels
        ("Паром с машинами ушёл в Ноушехр.", [("Ноушехр", "geonames:121959")]),
        ("Рис из Мазандарана подорожал.", [("Мазандаран", "mazandaran-province")]),
        # Yeraskh, the Armenian end of the old Nakhchivan line, and the Iranian town Khoy
        ("Рельсы от Ерасха снимут весной.", [("Ерасх", "geonames:391241")]),
        ("Автобус через Хой отменили.", [("Хой", "geonames:126972")]),
    ],
)
def test_spellings_of_the_russian_press(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Армения представила «Путь Трампа» в Вашингтоне.", "Работы на участке Пути Трампа начнутся."],
)
def test_the_trump_path_is_the_tripp(text):
    assert [t for name, t in _found(text) if "Трамп" in name] == ["zangezur-corridor"]


def test_the_kazakh_railway_company_is_no_mention_of_kazakhstan():
    text = "Оператор «Казахстан темир жолы» продлил запрет на отправку вагонов."
    assert _found(text) == []
    # the country itself still is
    assert _found("Вагоны ждут в Казахстане.") == [("Казахстан", "kz")]
