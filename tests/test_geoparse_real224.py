"""Forms read in stop 65 (issue 10, 2026-12-05), from held-out round 34 (sets 224-226):
the June 2025 war on Iran and the Gulf, the Ukraine war and the Black Sea, electricity
and hydropower.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bridge of a town with no entry of its own is the town, the bridge word outside
        # (rule 6), a GeoNames town too, its capitalised bridge word no person's name
        ("Batum Köprüsü trafiğe açıldı.", [("Batum", "geonames:615532")]),
        # (the Crimean bridge by its Turkish name, held since round 239: one mention with
        # its word, as a held structure is)
        ("Kerç Köprüsü'ne yeni bir saldırı düzenlendi.", [("Kerç Köprüsü", "crimean-bridge")]),
        # (a bridge the gazetteer holds under the name is the bridge: round 165)
        ("The Kerch Bridge was closed for hours.", [("Kerch Bridge", "crimean-bridge")]),
        # a capitalised word after a given name is still no place
        ("Abdullah Köprüsü konuştu.", []),
    ],
)
def test_a_bridge_word_after_a_town_keeps_the_town(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Persian area word before a province's name beyond Iran and Turkey is the
        # province (the krai of Krasnodar, Armenia's Tavush); the bare name is the seat;
        # Iran's own "منطقه آستارا" stays the town
        ("پهپادها به منطقه کراسنودار حمله کردند.", [("کراسنودار", "krasnodar-krai-ru")]),
        (
            "پرواز تهران به کراسنودار انجام شد.",
            [("تهران", "tehran"), ("کراسنودار", "geonames:542420")],
        ),
        ("منطقه تاووش ارمنستان", [("تاووش", "tavush-province"), ("ارمنستان", "am")]),
        ("در منطقه آستارا باران بارید.", [("آستارا", "astara-ir")]),
    ],
)
def test_the_persian_area_word_before_a_foreign_province(text, expected):
    assert _found(text) == expected
