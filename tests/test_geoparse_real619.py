"""Forms of held-out sets 619-622 (round 153, stop 96; kept outside the project): the
2011 Van earthquake, the Chechnya-Ingushetia border, the TANAP and TAP pipelines, the
January 2022 unrest in Kazakhstan.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a metropolis in a Turkish text of provinces stays the city (set 621b)
        (
            "Sözleşme 2013'te İstanbul'da imzalandı; hat Kars, Erzurum ve Edirne olmak"
            " üzere 12 ilden geçiyor.",
            [
                ("İstanbul", "geonames:745044"),
                ("Kars", "kars-province-tr"),
                ("Erzurum", "erzurum-province-tr"),
                ("Edirne", "edirne-province-tr"),
            ],
        ),
        # a province's seat alone in such a text is still the province (convention 39)
        (
            "Proje Van'da tanıtıldı; boru hattı 12 ilden geçiyor.",
            [("Van", "van-province-tr")],
        ),
    ],
)
def test_provinces_and_their_cities(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building's name standing for a government, before a stance it qualifies
        # (set 620a; the German spokesman, sets 612b and 617a)
        ("A Kremlin-backed governor met the protesters in Magas.", [("Magas", "magas")]),
        (
            "Laut des Kreml-Sprechers bleibt die Lage in Inguschetien ruhig.",
            [
                ("Inguschetien", "ingushetia-ru"),
            ],
        ),
        # the building itself stays
        ("The Kremlin said the border deal stands.", [("Kremlin", "moscow-kremlin")]),
        # the Caucasus's highlands in Persian, with or without the joiner (set 620a)
        ("این اقوام در سایه کوهستانهای قفقاز زندگی می کنند.", []),
        ("روستاها در کوه های قفقاز قرار دارند.", []),
        # a parliament's friendship group of two states (set 619a)
        ("رئیس گروه دوستی ایران و ترکیه از ارسال کمک خبر داد.", []),
    ],
)
def test_bodies_buildings_and_ranges(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transliterated name's apostrophe (a hamza's or an ain's) runs through the word:
        # no name ends before it (set 626a)
        ("Its old name was Qezel Qal'eh; the town faces Tajikistan.", [("Tajikistan", "tj")]),
        # a Turkish ending after the apostrophe still ends a name
        ("Heyet Tebriz'e gitti.", [("Tebriz", "tabriz")]),
    ],
)
def test_transliterations(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state before a title of its body's head, the body's initials between (set 623b)
        ("Ukrayna Güvenlik Servisi (SBU) Başkanı açıklama yaptı.", [("Ukrayna", "ua")]),
        # a company's head stays the company's (rule 12: SOCAR)
        (
            "Azerbaycan Devlet Petrol Şirketi (SOCAR) Başkanı Bakü'de konuştu.",
            [
                ("Bakü", "baku"),
            ],
        ),
        # the body alone is a name
        ("Ukrayna Güvenlik Servisi (SBU) açıklama yaptı.", []),
    ],
)
def test_a_state_before_its_bodys_head(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Caucasus's slopes in Persian, a compass word between (set 625a)
        ("این حوضه در دامنه های جنوبی قفقاز و در آذربایجان است.", [("آذربایجان", "az")]),
        # a state's investigators by their capitalised name (set 625a)
        (
            "The Investigative Committee of Armenia opened a case in Jermuk.",
            [
                ("Jermuk", "geonames:174884"),
            ],
        ),
    ],
)
def test_slopes_and_committees(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's navy in Azerbaijani lower case is a body (set 623a); a genitive owns it
        ("Rusiya donanması getdikcə kiçilir.", []),
        ("Rusiyanın donanması Bakıya gəldi.", [("Rusiya", "ru"), ("Bakı", "baku")]),
    ],
)
def test_navies(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warship's quoted name in Turkish, the kind before or "adlı" after (set 628b)
        (
            "Savaş gemisi 'Saratov', Marmara Denizi'ne doğru yol aldı.",
            [
                ("Marmara Denizi", "sea-of-marmara"),
            ],
        ),
        ("'Saratov' adlı savaş gemisi boğazdan geçti.", []),
        # the town itself stays
        ("Heyet Saratov'a gitti.", [("Saratov", "geonames:498677")]),
    ],
)
def test_ships_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a joint body of two states joined by a dash, its head's title after it (set 627b)
        ("Azerbaycan-Ermenistan Sınır Belirleme Komisyonu Eş Başkanı konuştu.", []),
        # a news agency named after its country (set 628a)
        (
            "An Agence France Presse photographer reached Istanbul.",
            [
                ("Istanbul", "geonames:745044"),
            ],
        ),
    ],
)
def test_joint_bodies_and_agencies(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names joined by a dash that read one place: the shared one is its name's other
        # place, the twin town across the border (set 562a)
        (
            "The Sarahs-Sarakhs crossing reopened.",
            [
                ("Sarahs", "geonames:1218456"),
                ("Sarakhs", "geonames:1159716"),
            ],
        ),
        (
            "The Sarakhs-Sarahs crossing reopened.",
            [
                ("Sarakhs", "geonames:1159716"),
                ("Sarahs", "geonames:1218456"),
            ],
        ),
        # a pair of two places stays as it reads
        (
            "The Kapıköy-Razi crossing reopened.",
            [("Kapıköy", "kapikoy"), ("Razi", "razi-crossing")],
        ),
    ],
)
def test_dash_twins(text, expected):
    assert found(text) == expected
