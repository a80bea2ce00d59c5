"""Forms read in stop 68 (issue 10, 2026-12-05), from held-out round 49 (sets 269-271).

Russia's North Caucasus and lower Volga, Iran's east and its borders, Georgia's ports and
roads. The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Helmand's bare Russian name, which only the province held (held-out set
        # 270a): the river word before it makes it the river, the province word the province
        (
            "Иран требует свою долю воды из реки Гильменд.",
            [("Иран", "ir"), ("Гильменд", "helmand-river")],
        ),
        (
            "Плотину построили на реке Гильменд в провинции Гильменд.",
            [("Гильменд", "helmand-river"), ("Гильменд", "helmand-province-af")],
        ),
    ],
)
def test_a_river_s_bare_name_its_province_shares(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Persian president's title before a republic's name (set 269a): the republic's
        # bare name; elsewhere the Republic of Dagestan stays whole, and Iran's formal name
        # after the title stays the state's
        ("رئیس جمهوری داغستان به باکو سفر کرد.", [("داغستان", "dagestan-ru"), ("باکو", "baku")]),
        ("سیل در جمهوری داغستان خانه‌ها را ویران کرد.", [("جمهوری داغستان", "dagestan-ru")]),
        (
            "رئیس جمهوری اسلامی ایران به تبریز رفت.",
            [("جمهوری اسلامی ایران", "ir"), ("تبریز", "tabriz")],
        ),
    ],
)
def test_a_republic_after_the_persian_president_s_title(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Georgia's own East-West highway after the English "international" (set 271a):
        # a road the link table does not hold, not the East-West corridor through Iran
        ("The Rikoti Pass lies on the East-West international highway.", []),
        (
            "Iran backs the East-West international corridor to China.",
            [
                ("Iran", "ir"),
                ("East-West international corridor", "east-west-corridor"),
                ("China", "cn"),
            ],
        ),
    ],
)
def test_a_road_s_word_after_international(text, expected):
    assert _found(text) == expected
