"""Forms read in stop 65 (issue 10, 2026-12-05), from held-out round 35 (sets 227-229):
earthquakes and floods, India's corridors, people on the move.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "İsmail", a given name in Turkish and Azerbaijani, is no Izmail there; the German
        # spelling of the Danube port stays the port
        ("İsmail Yılmaz dün Ankara'ya döndü.", [("Ankara", "geonames:323786")]),
        ("İsmail Həsənov Bakıda çıxış edib.", [("Bakı", "baku")]),
        ("Schiffe im Hafen von Ismail warten auf Getreide.", [("Ismail", "izmail-ua")]),
    ],
)
def test_ismail_is_a_person_in_turkic_text(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a text of provinces, a province's figures after its bare name keep the
        # province; a noun the name qualifies keeps the town
        (
            "Deprem 10 ilde can aldı. Şanlıurfa 18 kaybımız var.",
            [("Şanlıurfa", "sanliurfa-province-tr")],
        ),
        ("Deprem 10 ilde can aldı. Kars lojistik merkezi açık kaldı.", [("Kars", "kars")]),
    ],
)
def test_a_number_after_a_province_in_a_text_of_provinces(text, expected):
    assert _found(text) == expected
