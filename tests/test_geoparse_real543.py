"""Forms read at stop 88, over held-out round 127 (sets 543-545: Lake Urmia's water crisis,
the Caspian's legal status and shipping, Nakhchivan's gas and power supply; kept outside
the project) and over forms the closing note of stop 87 left: a surname that begins with a
holiday's word is no festival's name; a convention's quoted title, as an agreement's, holds no
mentions.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state before a minister's title and a surname in -ov: the minister's state
        # (rule 40), not part of a festival's name ("Bayram*" took the surname)
        (
            "Aserbaidschans Außenminister Ceyhun Bayramov reiste ab.",
            [("Aserbaidschan", "az")],
        ),
        (
            "Aserbaidschans Außenministerin Aynur Bayramova reiste ab.",
            [("Aserbaidschan", "az")],
        ),
        (
            "Irans Außenminister Araghchi und Aserbaidschans Vizeminister Bayramov trafen sich.",
            [("Iran", "ir"), ("Aserbaidschan", "az")],
        ),
        # a festival named after its town stays unmarked, in its Turkish forms
        ("Kars Uluslararası Aşıklar Bayramı başladı.", []),
        ("Kars Aşıklar Bayramları sürüyor.", []),
    ],
)
def test_a_surname_is_no_festival(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a convention's quoted title holds no mentions (rule 27), as an agreement's
        (
            'In Aktau wurde eine "Konvention über den Rechtsstatus des Kaspischen Meeres" '
            "unterzeichnet.",
            [("Aktau", "geonames:610612")],
        ),
        ("Liderler Tahran Konvansiyonunu imzaladı.", []),
        # the sea itself, and a quote that opens with no convention's word, stay read
        ("Sie fuhren zum Kaspischen Meer.", [("Kaspischen Meer", "caspian-sea")]),
        (
            'Das Motto hieß "Frieden am Kaspischen Meer".',
            [("Kaspischen Meer", "caspian-sea")],
        ),
    ],
)
def test_a_conventions_title(text, expected):
    assert found(text) == expected
