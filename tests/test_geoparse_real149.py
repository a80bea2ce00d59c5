"""Forms read on held-out sets 149-157 (issue 10, stop 59, 2026-12-05).

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road's stops are its towns (convention 2), not the station of one's name
        (
            "The new highway meets the Shukurbayli-Jabrayil-Hadrut road near the river.",
            [
                ("Shukurbayli", "shukurbayli-jabrayil"),
                ("Jabrayil", "jabrayil"),
                ("Hadrut", "hadrut"),
            ],
        ),
        (
            "Şükürbəyli-Cəbrayıl-Hadrut yolu genişləndirilir.",
            [
                ("Şükürbəyli", "shukurbayli-jabrayil"),
                ("Cəbrayıl", "jabrayil"),
                ("Hadrut", "hadrut"),
            ],
        ),
        (
            "The bus went from Shukurbayli to Jabrayil.",
            [
                ("Shukurbayli", "shukurbayli-jabrayil"),
                ("Jabrayil", "jabrayil"),
            ],
        ),
        # a list of the line's stations stays the stations
        (
            "Trains will stop at Horadiz, Marjanli, Shukurbayli and Soltanli.",
            [
                ("Horadiz", "horadiz-station"),
                ("Marjanli", "marjanli-station"),
                ("Shukurbayli", "mahmudlu-station"),
                ("Soltanli", "soltanli-station"),
            ],
        ),
    ],
)
def test_a_station_and_a_village_of_one_name_joined_to_a_route_of_towns(text, expected):
    """Held-out set 150 (en-1), both markings: the village on a road's name."""
    assert _found(text) == expected


def test_the_azerbaijani_town_word_after_a_city_units_name_stays_outside():
    """Held-out set 150 (az-2), both markings: "[Mingəçevir] şəhərindən", convention 1."""
    text = "Mingəçevir şəhərindən iki ailə və Bakı şəhərindən üç ailə köçdü."
    assert _found(text) == [("Mingəçevir", "mingachevir-city-az"), ("Bakı", "baku")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ABD Dışişleri Bakanlığı Sözcü Yardımcısı Ali Veli yaptırım uyarısında bulundu.",
            [("ABD", "us")],
        ),
        ("ABD Dışişleri Bakanlığı Sözcüsü Ali Veli konuştu.", [("ABD", "us")]),
        # the ministry alone is a body's name (rule 12)
        ("ABD Dışişleri Bakanlığı bir açıklama yaptı.", []),
    ],
)
def test_a_state_before_a_turkish_spokespersons_title(text, expected):
    """Held-out set 151 (tr-2), both markings: convention 40's state, before a spokesperson."""
    assert _found(text) == expected


def test_a_news_agencys_name_before_the_azerbaijani_lower_case_agency_word():
    """Held-out set 149 (az-1), both markings: "Anadolu" agentliyi is the agency."""
    text = (
        'Xəbəri "Anadolu" agentliyinə istinadən Bakıdan verirlər; Türkiyənin agentliyi də yazıb.'
    )
    assert _found(text) == [("Bakı", "baku"), ("Türkiyə", "tr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # q as գ, as Caliber.az's Armenian edition writes it
        ("Սուգովուշանում նոր դպրոց է բացվել։", [("Սուգովուշան", "sugovushan")]),
        # a name of two words, ı as ը
        ("Գըրմըզը Բազար գյուղ են վերադարձել։", [("Գըրմըզը Բազար", "qirmizi-bazar")]),
        # q as ղ, the older usage (Qarabağ, Ղարաբաղ)
        ("Ղըրմըզը Բազար գյուղում", [("Ղըրմըզը Բազար", "qirmizi-bazar")]),
    ],
)
def test_azerbaijani_village_names_in_armenian_letters(text, expected):
    """Held-out set 150 (hy-2), both markings: Azerbaijani names letter by letter."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first words of a longer Latin name: a company's
        (
            "Инвесторы обсуждают проект (Black Sea Energy) в Бухаресте.",
            [("Бухарест", "geonames:683506")],
        ),
        # a Latin name of two words alone stays, as the corridors' abbreviations do
        (
            "Грузы пойдут через Black Sea и INSTC в Иран.",
            [
                ("Black Sea", "black-sea"),
                ("INSTC", "nstc"),
                ("Иран", "ir"),
            ],
        ),
    ],
)
def test_a_latin_name_amid_cyrillic_that_opens_a_longer_latin_name(text, expected):
    """Held-out set 149 (ru-2), both markings: "(Black Sea Energy)" is a company."""
    assert _found(text) == expected


def test_a_russian_companys_legal_form_before_a_corridors_quoted_name():
    """Round 134's known limit: the corridor's operator company is a body, rule 12."""
    text = 'Проектом управляет ЗАО "Зеленый энергетический коридор" из Баку.'
    assert _found(text) == [("Баку", "baku")]
    text = 'Стороны обсудили проект "зеленого энергетического коридора" в Баку.'
    assert _found(text) == [
        ("зеленого энергетического коридора", "green-energy-corridor"),
        ("Баку", "baku"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the commission's word written out, before the pair it joins (held-out set 154)
        "Глава Государственной комиссии по сотрудничеству между Азербайджанской Республикой "
        "и Исламской Республикой Иран прибыл.",
        # a German commission's compound before a pair joined by a dash (set 154)
        "Er leitet die gemeinsame Wirtschaftskommission Iran-Aserbaidschan.",
        "Die Regierungskommission Armenien-Iran tagte.",
    ],
)
def test_the_pair_a_commissions_name_joins_is_the_names(text):
    """Held-out set 154, both markings: the pair is the commission's name (rule 12)."""
    assert _found(text) == []


def test_a_place_that_opens_a_persian_name_in_guillemets_is_a_given_name():
    """Held-out set 153 (fa-1), both markings: «بغداد امرییف», not Baghdad."""
    text = "در نشست «بغداد امرییف» دبیرکل سازمان از «ارس» و «آستارا آذربایجان» گفت."
    assert _found(text) == [("ارس", "araz"), ("آستارا آذربایجان", "astara-az")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the International Caspian Convention on the Legal Status of the Caspian "
            "Sea was signed, the Caspian states trade more.",
            [("Caspian", "caspian-sea")],
        ),
        ("The Tehran Convention protects the sea near Baku.", [("Baku", "baku")]),
    ],
)
def test_an_agreements_capitalised_name_holds_its_places(text, expected):
    """Held-out set 153 (en-1), both markings: the convention's title is unmarked."""
    assert _found(text) == expected


def test_a_pair_before_a_joint_commissions_lower_case_name_is_the_names():
    """As "the joint Iran-Azerbaijan economic committee" (round 6), "joint" after the pair."""
    text = "The Iran-Azerbaijan joint economic commission met in Tehran."
    assert _found(text) == [("Tehran", "tehran")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakü'de zirve yapıldı.", [("Bakü", "baku")]),
        ("Bakü’de Üçlü Zirve toplandı.", [("Bakü", "baku")]),
        # the summit's own name, its ending after it, stays unmarked (rule 25)
        ("Hazar Zirvesi'nde konuştu.", []),
    ],
)
def test_a_turkish_case_ending_after_the_apostrophe_ends_the_names_phrase(text, expected):
    """Held-out set 156 (tr-1), both markings: "Bakü'de Üçlü Zirve", a summit in Baku."""
    assert _found(text) == expected
