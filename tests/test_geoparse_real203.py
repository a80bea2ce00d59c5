"""Forms read in stop 64 (issue 10, 2026-12-05), from held-out round 27 (sets 203-205) and
the leftovers of stop 63: Iran's north-west, Caspian shipping, Karabakh rebuilt.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Russian lake word in lower case before a lake's name held whole with it: the
        # lake, the word outside; the bare name after the town word stays the town
        ("Рыбаки вышли на озеро Ван.", [("Ван", "lake-van")]),
        ("Уровень воды в озере Ван поднялся.", [("Ван", "lake-van")]),
        ("Озеро Ван замерзает редко.", [("Ван", "lake-van")]),
        ("В городе Ван прошёл дождь.", [("Ван", "geonames:298117")]),
        ("Берег озера Севан размыт.", [("Севан", "lake-sevan")]),
    ],
)
def test_a_russian_lake_word_makes_the_lake(text, expected):
    assert _found(text) == expected
