"""Forms read in stop 65 (issue 10, 2026-12-05), from held-out round 39 (sets 239-241):
Iran's eastern borders, Turkey's megaprojects, Nakhchivan and Azerbaijan's west.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Azerbaijani district's centre is its seat, the town
        ("Culfa rayon mərkəzində su layihəsi başlayıb.", [("Culfa", "julfa-az")]),
        ("Füzuli rayon mərkəzi bərpa olunur.", [("Füzuli", "fuzuli")]),
        ("Culfa rayonunda su layihəsi var.", [("Culfa rayonu", "julfa-district-az")]),
        # a Turkish count of provinces in words makes a text of provinces (rule 39)
        (
            "Liman Zonguldak, Bartın ve Karabük'e hizmet verecek; bölgenin üç iline yük taşıyacak.",
            [
                ("Zonguldak", "zonguldak-province-tr"),
                ("Bartın", "bartin-province-tr"),
                ("Karabük", "karabuk-province-tr"),
            ],
        ),
        ("Kars ile Ardahan arasında yol var.", [("Kars", "kars"), ("Ardahan", "geonames:751952")]),
    ],
)
def test_a_district_centre_and_a_count_of_provinces(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sistan and Baluchestan in the spellings of the press (data/names.yaml, stop 65)
        (
            "the Sistan-Balochistan region of Iran",
            [("Sistan-Balochistan", "sistan-and-baluchestan-province"), ("Iran", "ir")],
        ),
        (
            "İran’ın Sistan-Belucistan bölgesine füze atıldı.",
            [("İran", "ir"), ("Sistan-Belucistan", "sistan-and-baluchestan-province")],
        ),
    ],
)
def test_sistan_and_baluchestan_spelt_as_the_press_writes_it(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Oil Rocks by the names the press of four languages writes (stop 65)
        ("Нефтяные Камни — посёлок в море.", [("Нефтяные Камни", "geonames:585369")]),
        (
            "Die Stadt Neft Daschlari wurde 1949 gegründet.",
            [("Neft Daschlari", "geonames:585369")],
        ),
        ("Neft Taşları'nda üretim sürüyor.", [("Neft Taşları", "geonames:585369")]),
        ("The Oil Rocks turned 70.", [("Oil Rocks", "geonames:585369")]),
    ],
)
def test_the_oil_rocks_in_four_languages(text, expected):
    assert _found(text) == expected
