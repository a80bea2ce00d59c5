"""Azerbaijani town word after a town's name (round 8, real8-ru): the word stays outside
the mention (convention 1 of data/gold/dev.txt, "[Naxçıvan] şəhərində"), while it still
makes a name a unit and its town share the town.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yük maşınları Naxçıvan şəhərinə çatıb.", [("Naxçıvan", "nakhchivan")]),
        ("Naxçıvan şəhəri ilə Ordubad arasında yol təmir olunur.", ("Naxçıvan", "nakhchivan")),
        ("Qatar İranın Astara şəhərindən yola düşüb.", ("Astara", "astara-ir")),
        ("Culfa şəhərində yeni stansiya tikilir.", [("Culfa", "julfa-az")]),
    ],
)
def test_the_town_word_stays_outside_and_keeps_the_town(text, expected):
    found = _found(text)
    if isinstance(expected, list):
        assert found == expected
    else:
        assert expected in found


def test_the_unit_without_the_town_word_is_still_the_unit():
    assert _found("Naxçıvan Muxtar Respublikasında seçki keçirilib.") == [
        ("Naxçıvan Muxtar Respublikası", "nakhchivan-ar")
    ]
