"""Forms read over held-out round 122 (sets 528-530: Iran's 2025 water crisis, the 2024
protests in Georgia, Shusha after 2020; kept outside the project) at stop 86, each counted
over the held-out gold of rounds 92-121 first: the Turkish plural province word of a
foreign country after a list, and the Armenian plural before one, after its pause mark.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Turkish plural "eyaletler" (a foreign country's provinces) closes a list of
        # provinces, as "iller" and the Azerbaijani "əyalətlər" do: each name its province
        (
            "Kirman, Simnan ve Güney Horasan eyaletlerinde barajlar kurudu.",
            [
                ("Kirman", "kerman-province"),
                ("Simnan", "semnan-province"),
                ("Güney Horasan", "south-khorasan-province"),
            ],
        ),
        # a name alone stays the town
        ("Simnan'da yağmur yağdı.", [("Simnan", "geonames:116402")]),
        # the Armenian plural before a list, after its pause mark: the provinces
        (
            "Ջուրը պակասել է երեք նահանգներում՝ Յազդում, Սպահանում և Թեհրանում։",
            [
                ("Յազդ", "yazd-province"),
                ("Սպահան", "isfahan-province"),
                ("Թեհրան", "tehran-province"),
            ],
        ),
        ("Ջուրը պակասել է Թեհրանում։", [("Թեհրան", "tehran")]),
    ],
)
def test_a_plural_province_word_beside_a_list(text, expected):
    assert found(text) == expected
