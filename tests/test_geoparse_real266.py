"""Forms read in stop 68 (issue 10, 2026-12-05), from held-out round 48 (sets 266-268).

Azerbaijani gas and power for the Balkans and Central Europe, northern Iraq and the
Kurdistan Region, Iran's south-west (Khuzestan). The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military operation named after a river (held-out set 267a): the operation's
        # name, not the river; the river alone stays the river
        (
            "Operation Euphrates Shield began west of the Euphrates in 2016.",
            [("Euphrates", "euphrates-river")],
        ),
        ("Fırat Kalkanı Harekâtı sona erdi.", []),
        # a party named after a land: the party, the apostrophe folding to a blank
        ("Fighters of the Kurdistan Workers' Party crossed into Iraq.", [("Iraq", "iq")]),
        # a regional government by its capitalised formal name, even with its unit word
        # (set 267b), as the Azerbaijani "... Hökuməti"; the lower-case government is the
        # country's
        ("Kürdistan Bölgesi Hükümetinin önerisi masada.", []),
        ("İran hükümeti yeni bir karar aldı.", [("İran", "ir")]),
        # a state's official news agency (set 268b), as "İran devlet medyası"
        (
            "İran resmi haber ajansı IRNA'ya göre Ahvaz'da okullar kapandı.",
            [("Ahvaz", "geonames:144448")],
        ),
        # a joint venture named after its corridor, and a venture's English name after a
        # sea (set 266a); the corridor's project stays the corridor
        (
            '"Yaşıl Enerji Dəhlizi" layihəsi üzrə "Yaşıl Enerji Dəhlizi" birgə müəssisəsi '
            'yaradılıb; onun ingiliscə adı "Black Sea Energy" olacaq.',
            [("Yaşıl Enerji Dəhlizi", "green-energy-corridor")],
        ),
        ("The cable under the Black Sea will carry energy.", [("Black Sea", "black-sea")]),
    ],
)
def test_names_of_bodies_operations_and_ventures(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shah's title before his name (set 268a): Reza Shah Pahlavi, not Pahlavi,
        # Anzali's old name
        ("1925-ci ildə Rza şah Pəhləvi hakimiyyətə gəldi.", []),
        ("Reza Shah Pahlavi ruled from Tehran.", [("Tehran", "tehran")]),
        # the Russian word before the country's genitive keeps the country
        ("Последний шах Ирана покинул Тегеран.", [("Иран", "ir"), ("Тегеран", "tehran")]),
    ],
)
def test_a_shah_s_name_is_no_place(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Persian border word before a crossing's name stays outside the mention (set
        # 268a, both markings); the crossing word is inside since stop 85 (the settled
        # reading of stop 77, "[گذرگاه حاج عمران]", and the held-out gold of rounds 92-121,
        # 8 of 8: "[گذرگاه تورخم]"; test.txt's "[گذرگاه نوردوز]" put to it)
        (
            "زائران از گذرگاه شلمچه و مرز چذابه به عراق رفتند.",
            [
                ("گذرگاه شلمچه", "shalamcheh-crossing"),
                ("چذابه", "chazabeh-crossing"),
                ("عراق", "iq"),
            ],
        ),
    ],
)
def test_a_persian_border_word_before_a_crossing(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare Gulf in a text on the Gulf's Arab states or Iraq, not only on Iran
        # (held-out set 267a): the Persian Gulf; the Gulf War stays unmarked
        (
            "Səudiyyə Ərəbistanı və Qətəri əhatə edən Körfəz turuna başlayıb.",
            [("Səudiyyə Ərəbistanı", "sa"), ("Qətər", "qa"), ("Körfəz", "persian-gulf")],
        ),
        (
            "Yol İraq üzərindən Körfəz kapitalını Avropaya bağlayacaq.",
            [("İraq", "iq"), ("Körfəz", "persian-gulf"), ("Avropa", "europe")],
        ),
        ("Iraq remembers the Gulf War of 1991.", [("Iraq", "iq")]),
    ],
)
def test_the_bare_gulf_of_a_text_on_its_arab_shores(text, expected):
    assert _found(text) == expected
