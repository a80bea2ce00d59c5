"""Forms read in stop 66 (issue 10, 2026-12-05), from held-out round 41 (sets 245-247):
the Levant seen from the region, Afghanistan's and Pakistan's links, Caspian gas to Europe.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two towns' ports by the plural port word: the towns (rule 6), the word no
        # person's name
        (
            "Iran offered Bandar Abbas and Chabahar Ports to the traders.",
            [
                ("Iran", "ir"),
                ("Bandar Abbas", "geonames:141681"),
                ("Chabahar", "geonames:1161724"),
            ],
        ),
        (
            "Ships waited off Aktau and Kuryk Ports.",
            [("Aktau", "geonames:610612"), ("Kuryk", "kuryk")],
        ),
    ],
)
def test_a_plural_port_word_keeps_the_towns(text, expected):
    assert _found(text) == expected
