"""Russian forms found in real agency texts (issue 10): lists of adjectives before one
kind word, names in web addresses, a country in brackets after a namesake, spellings.

The texts are written for these tests.
"""

import pytest

from geo._inflect import russian_forms
from tests.parsing import found as _found


# ---------------------------------------------------------------- lists of adjectives
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Разминирование идёт на землях Физулинского, Джебраильского и Зангиланского районов.",
            [
                ("Физулинского", "fuzuli-district-az"),
                ("Джебраильского", "jabrayil-district"),
                # (the last adjective alone too, its unit word outside, as the gold marks it)
                ("Зангиланского", "zangilan-district"),
            ],
        ),
        (
            "Новые школы откроются в Джебраильском и Зангиланском районах.",
            [
                ("Джебраильском", "jabrayil-district"),
                ("Зангиланском", "zangilan-district"),
            ],
        ),
        (
            "Подрядчик выбран для Ордубадской и Маразадской ГЭС.",
            [("Ордубадской", "ordubad-hpp"), ("Маразадской ГЭС", "marazad-hpp")],
        ),
    ],
)
def test_adjectives_listed_before_one_kind_word(text, expected):
    assert _found(text) == expected


def test_an_adjective_that_names_no_place_stays_out_of_the_list():
    # "Новые" before "и" is an adjective, but "Новые районов" is no name
    assert _found("Открыты Новые и Зангиланский районы.") == [
        ("Зангиланский районы", "zangilan-district")
    ]


def test_plural_kind_noun_forms():
    forms = russian_forms("Зангиланский район")
    assert {"Зангиланского районов", "Зангиланском районах", "Зангиланский районы"} <= forms
    # the fleeting vowel of "гидроузел"
    assert "Худаферинского гидроузла" in russian_forms("Худаферинский гидроузел")
    assert "Худаферинского гидроузела" not in russian_forms("Худаферинский гидроузел")


# ---------------------------------------------------------------- web addresses
def test_a_name_in_a_web_address_is_no_mention():
    text = "Об этом пишет портал Iran.ru, а Иран пока молчит."
    assert _found(text) == [("Иран", "ir")]
    assert _found("According to Iran, the deal is ready.") == [("Iran", "ir")]
    # a bare Latin name amid Cyrillic is a paper's or a channel's (geo._latinnames)
    assert _found("По данным Iran, сделка готова.") == []


# ---------------------------------------------------------------- a country in brackets
def test_a_country_in_brackets_picks_the_namesake():
    text = "Поезда пойдут из Астара (Иран) в Астара (Азербайджан) уже весной."
    targets = [t for _, t in _found(text)]
    assert targets == ["astara-ir", "ir", "astara-az", "az"]


# ---------------------------------------------------------------- spellings
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мост заложили у поселка Агбанд на Араксе.", ("Агбанд", "aghband")),
        ("Линия дойдёт до пограничного Дилудж в 2029 году.", ("Дилудж", "dilucu")),
        ("Станция Аралык будет готова к 2029 году.", ("Аралык", "geonames:323735")),
        (
            "Вода ушла в обход Худаферинского гидроузла.",
            ("Худаферинского гидроузла", "khudafarin-dam"),
        ),
        ("Плотину Гыз-Каласы открыли весной.", ("Гыз-Каласы", "giz-galasi-dam")),
        ("Поезд остановился на станции Юхары Марджанлы.", ("Юхары Марджанлы", "marjanli-station")),
    ],
)
def test_russian_spellings_of_the_press(text, expected):
    assert expected in _found(text)


# ---------------------------------------------------------------- quotes, agencies, regions
def test_a_corridor_name_in_straight_quotes_closes_its_quote():
    text = 'Объём перевозок по международному транспортному коридору "Север - Юг" вырос.'
    assert _found(text) == [('международному транспортному коридору "Север - Юг"', "nstc")]


def test_an_agency_edition_named_after_a_country_is_no_mention():
    text = "Об этом пишет «Sputnik Азербайджан», а в Баку молчат."
    assert _found(text) == [("Баку", "baku")]


def test_gegharkunik_in_russian():
    text = "Граница Гегаркуникской области проходит у озера."
    assert ("Гегаркуникской области", "gegharkunik-province") in _found(text)


def test_nakhichevan_declined_as_a_masculine_noun():
    text = (
        "Мосты свяжут Зангиланский район с Нахичеванской автономной республикой: "
        "второй мост встанет на территории Нахичевана."
    )
    # (the mention is the stem, "Нахичеван", as for every name with a case ending)
    assert _found(text)[-1] == ("Нахичеван", "nakhchivan-ar")


def test_the_autonomous_republic_abbreviated_and_the_plant_spelt_out():
    text = "В Нахичеванской АР заложили фундамент Ордубадской гидроэлектростанции."
    assert _found(text) == [
        ("Нахичеванской АР", "nakhchivan-ar"),
        ("Ордубадской гидроэлектростанции", "ordubad-hpp"),
    ]


def test_a_state_service_named_after_the_republic_is_no_mention():
    text = "Об этом сообщил глава Государственной энергетической службы Нахчыванской АР."
    assert _found(text) == []
