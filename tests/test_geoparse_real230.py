"""Forms read in stop 65 (issue 10, 2026-12-05), from held-out round 36 (sets 230-232):
Iran's interior, Kazakhstan and the Caspian's east shore, sport and events.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Persian "قطر" is Qatar; before a number, a unit or a pipe's word, the diameter
        ("امیر قطر به تهران آمد.", [("قطر", "qa"), ("تهران", "tehran")]),
        (
            "تیم تراکتور در دوحه به مصاف الغرافه قطر رفت.",
            [("دوحه", "geonames:290030"), ("قطر", "qa")],
        ),
        ("این خط لوله به قطر ۵۶ اینچ ساخته شد.", []),
        ("قطر لوله بزرگ است و قطر داخلی آن کم است.", []),
        # the English initials of the United Kingdom
        ("Fans travelled from the UK to Baku.", [("UK", "gb"), ("Baku", "baku")]),
        ("See www.gov.uk for the rules.", []),
    ],
)
def test_qatar_in_persian_and_the_uk(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted club in Armenian, its ending inside the quotes, and in Russian, near a
        # game's words: the club, no place; the Europa League's Armenian name no Europe
        (
            "Երևանի «Փյունիկը» ընդունեց Տիրասպոլի «Շերիֆին» Եվրոպայի լիգայի ֆուտբոլային խաղում։",
            # (the clubs' towns stay, Tiraspol too since round 216 put it in the world table)
            [("Երևան", "geonames:616052"), ("Տիրասպոլ", "geonames:617239")],
        ),
        (
            'В первой игре в Никосии "Карабах" одержал победу со счётом 2:1 в матче Лиги.',
            [("Никосии", "geonames:146268")],
        ),
        # a quoted reservoir's name before its kind word stays the place
        ("«Xudafərin» su anbarı dolur.", [("Xudafərin", "khudafarin-reservoir")]),
        ("Հայաստանը Եվրոպայի հետ է։", [("Հայաստան", "am"), ("Եվրոպա", "europe")]),
    ],
)
def test_quoted_clubs_in_armenian_and_russian(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event named after its host town and year is no mention of the town; the town
        # alone, or a year the sentence goes on from, stays
        (
            "Türkiye Konya 2021'e göre daha fazla madalya aldı. Riyad'da yarıştı.",
            [("Türkiye", "tr"), ("Riyad", "geonames:108410")],
        ),
        ("The Baku 2017 Islamic Solidarity Games opened in Baku.", [("Baku", "baku")]),
        ("Bakı 2025-ci ildə yeni layihəyə başladı.", [("Bakı", "baku")]),
        ("BAKU, 2017 Games aside, the city grew.", [("BAKU", "baku")]),
    ],
)
def test_an_event_named_after_its_host_town(text, expected):
    assert _found(text) == expected


def test_a_turkish_text_of_iranian_provinces_names_the_provinces():
    # Iran's provinces listed bare in a Turkish text that speaks of provinces: the
    # provinces, as Turkey's are (rule 39); the capital stays the city
    text = "Hiç yağmur düşmeyen iller: Tahran, Kirmanşah, İsfahan ve İlam."
    assert _found(text) == [
        ("Tahran", "tehran"),
        ("Kirmanşah", "kermanshah-province"),
        ("İsfahan", "isfahan-province"),
        ("İlam", "ilam-province"),
    ]


def test_a_year_in_the_locative_after_a_name_is_the_time_not_an_event():
    # "in 2016", "in 2028": the sentence's time, the place stays (a test of round 119 and
    # the corridor names caught the first event rule)
    assert _found("Ani Harabeleri 2016'da Dünya Mirası oldu.") == [("Ani Harabeleri", "ani")]
