"""geoparse() on names and endings a round-15 audit of the gazetteer's forms found missing.

The audit generated, for the region's names, every case ending and script variant the
seven languages write (tests of its own, not taken from articles): the forms below were
not found. Each test asserts the form is found and a form beside it still holds.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Azerbaijani terminative "up to" (-dək after the dative), in both harmonies
        (
            "Yol Horadizdən Ağbəndədək uzanır.",
            [("Horadiz", "horadiz"), ("Ağbənd", "aghband")],
        ),
        (
            "Boru kəməri Bakıdan Astarayadək çəkilib.",
            [("Bakı", "baku"), ("Astara", "astara-az")],
        ),
        # a Turkish word that happens to end so is not a name: "yedek" (spare)
        ("Bakü'den yedek parçalar geldi.", [("Bakü", "baku")]),
    ],
)
def test_the_azerbaijani_terminative_ending(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German: the sea's older name, in the dative
        (
            "Die Leitung bringt Gas von der Kaspischen See nach Georgien.",
            [("Kaspischen See", "caspian-sea"), ("Georgien", "ge")],
        ),
        # Persian: Shusha as Persian Wikipedia writes it
        ("هیئت ایرانی از شوشا دیدن کرد.", [("شوشا", "geonames:147105")]),
        # Armenian: Lachin by its Azerbaijani name, beside the corridor named after it
        (
            "Լաչինի միջանցքը և Լաչինը",
            [("Լաչինի միջանցք", "lachin-corridor"), ("Լաչին", "lachin")],
        ),
    ],
)
def test_names_the_audit_found_missing(text, expected):
    assert found(text) == expected
