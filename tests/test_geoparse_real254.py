"""Forms read in stop 66 (issue 10, 2026-12-05), from held-out round 44 (sets 254-256):
Iran's oil and sanctions, military exercises and bases, Iranian cities' daily news.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German Fass (a barrel) is no genitive of Morocco's Turkish name Fas
        ("Täglich werden 300.000 Fass Öl verladen.", []),
        ("Fas ile Cezayir arasında sınır kapalı.", [("Fas", "ma"), ("Cezayir", "dz")]),
    ],
)
def test_a_german_word_is_no_turkish_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian "Самое" (the most) is no case form of Samoa's Самоа (held-out round 45)
        ("Самое сильное землетрясение произошло ночью.", []),
        ("Он прилетел на Самоа.", [("Самоа", "ws")]),
    ],
)
def test_a_russian_word_is_no_case_form(text, expected):
    assert _found(text) == expected
