"""Forms of blind sets 110-115 (issue 10, stop 55, 2026-12-04).

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # convention 1: the town word in lower case stays outside (blind set 112, twice)
        ("The plant will stand in Azerbaijan's Ganja city.", ("Ganja", "geonames:586523")),
        # capitalised, it is a name of the city's unit, inside
        ("Ganja City hosts the fair.", ("Ganja City", "geonames:586523")),
    ],
)
def test_the_lower_case_city_word_after_a_citys_name_stays_outside(text, expected):
    assert expected in _found(text)
