"""Forms of held-out sets 619-622 (round 153, stop 96; kept outside the project): the
2011 Van earthquake, the Chechnya-Ingushetia border, the TANAP and TAP pipelines, the
January 2022 unrest in Kazakhstan.

The sentences are the project's own.
"""

import pytest

from tests.parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a metropolis in a Turkish text of provinces stays the city (set 621b)
        (
            "Sözleşme 2013'te İstanbul'da imzalandı; hat Kars, Erzurum ve Edirne olmak"
            " üzere 12 ilden geçiyor.",
            [
                ("İstanbul", "geonames:745044"),
                ("Kars", "kars-province-tr"),
                ("Erzurum", "erzurum-province-tr"),
                ("Edirne", "edirne-province-tr"),
            ],
        ),
        # a province's seat alone in such a text is still the province (convention 39)
        (
            "Proje Van'da tanıtıldı; boru hattı 12 ilden geçiyor.",
            [("Van", "van-province-tr")],
        ),
    ],
)
def test_provinces_and_their_cities(text, expected):
    assert found(text) == expected
