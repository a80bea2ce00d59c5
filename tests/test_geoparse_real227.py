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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of three names or more in a text of provinces: a lower-case noun after it
        # is the sentence's, the names the provinces; a capitalised word keeps the towns
        (
            "Deprem 11 ilde yıkıma yol açtı; Malatya, Adıyaman ve Elazığ deprem bölgesi ilan "
            "edildi.",
            [
                ("Malatya", "malatya-province-tr"),
                ("Adıyaman", "adiyaman-province-tr"),
                ("Elazığ", "elazig-province-tr"),
            ],
        ),
        (
            "Deprem 10 ilde hissedildi. Kars, Ardahan ve Iğdır Valilikleri açıklama yaptı.",
            [("Kars", "kars"), ("Ardahan", "geonames:751952"), ("Iğdır", "igdir")],
        ),
        # two names before a postposition stay the towns
        (
            "Deprem 10 ilde hissedildi. Yol Ağrı ve Van üzerinden geçti.",
            [("Ağrı", "geonames:309647"), ("Van", "geonames:298117")],
        ),
    ],
)
def test_a_long_list_in_a_text_of_provinces(text, expected):
    assert _found(text) == expected
