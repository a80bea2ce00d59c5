"""Forms read at stop 90, over the held-out pool kept since stop 88 (rounds 127-133, kept
outside the project) and over held-out round 134 (sets 558-561: Iran and Syunik, the
Trans-Caspian route, the Black Sea cable, Iran-Iraq rail): a name in the Azerbaijani
comitative before a lower-case noun that names a state's own things after its nominative
("İranla gəmi daşımaları", shipping with Iran; "İran gəmisi" is the ship's).

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comitative is no nominative: the state's, and the name beside it stays
        (
            "Rusiya Xəzər dənizində İranla gəmi daşımalarını artırıb.",
            [("Rusiya", "ru"), ("Xəzər dənizi", "caspian-sea"), ("İran", "ir")],
        ),
        ("Rusiya İranla gəmi daşımalarını artırıb.", [("Rusiya", "ru"), ("İran", "ir")]),
        ("Türkmənistanla gəmi əlaqəsi bərpa olunub.", [("Türkmənistan", "tm")]),
        # the nominative before the ship's word stays the ship's (held-out round 92)
        ("İran gəmisi Bakı limanına çatıb.", [("Bakı limanı", "baku-port")]),
    ],
)
def test_a_comitative_before_a_states_noun(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compass word before the country's word names Iran's Azerbaijan: its genitive
        # places the namesake in Iran, as a province's does
        (
            "Təbrizdən yük maşınları Güney Azərbaycanın Culfa istiqamətində Ermənistana gedir.",
            [
                ("Təbriz", "tabriz"),
                ("Güney Azərbaycan", "iranian-azerbaijan"),
                ("Culfa", "jolfa-ir"),
                ("Ermənistan", "am"),
            ],
        ),
        # the country's own genitive keeps its town
        (
            "Yük maşınları Azərbaycanın Culfa istiqamətində gedir.",
            [("Azərbaycan", "az"), ("Culfa", "julfa-az")],
        ),
    ],
)
def test_a_compass_region_before_a_shared_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two countries" between the body's word and the names: the states
        (
            "کمیسیون مشترک دو کشور جمهوری اسلامی ایران و جمهوری عراق در بغداد برگزار شد.",
            [("جمهوری اسلامی ایران", "ir"), ("جمهوری عراق", "iq"), ("بغداد", "geonames:98182")],
        ),
        # the pair right after the word stays the body's name
        ("کمیسیون مشترک ایران و عراق در بغداد برگزار شد.", [("بغداد", "geonames:98182")]),
    ],
)
def test_the_persian_country_word_after_a_bodys_word(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Arabic article capitalised as the name's first word, and with the schwa
        (
            "İraqın Ən-Nəcəf şəhərinə zəvvarlar gəlir.",
            [("İraq", "iq"), ("Ən-Nəcəf", "geonames:98860")],
        ),
        (
            "İraqın ən-Nəcəf şəhərinə zəvvarlar gəlir.",
            [("İraq", "iq"), ("ən-Nəcəf", "geonames:98860")],
        ),
        # a capitalised article after a given name stays a person's surname
        ("Мухаммед Ас-Судани прибыл в Тегеран.", [("Тегеран", "tehran")]),
    ],
)
def test_the_arabic_article_capitalised(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a large town a dash joins to the next stop is a route's, after any capitalised word
        (
            "Das 17 Kilometer lange Eisenbahnprojekt Khorramshahr - Shalamcheh ist fertig.",
            [("Khorramshahr", "geonames:127319"), ("Shalamcheh", "shalamcheh-crossing")],
        ),
        # a name in a person's or a firm's run stays dropped
        ("Präsident Ali Khorramshahr sagte nichts.", []),
    ],
)
def test_a_route_stop_after_a_capitalised_word(text, expected):
    assert found(text) == expected
