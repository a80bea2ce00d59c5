"""Abbreviations and spelling systems, round 6b (issue 10): causes found on new real articles.

Each a general rule: Azerbaijani names written in Turkish letters (x as h, q as g, ə as
e) and Turkish names in Azerbaijani letters (a hard g as q, a first E as Ə). The texts
are written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.target) for m in geoparse(text)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # Yevlax, Hacıqabul, Qəbələ, Qazax in Turkish letters: the towns
        (
            "Tren Yevlah ile Hacıgabul arasında yavaşlıyor.",
            [("Yevlah", "geonames:584649"), ("Hacıgabul", "geonames:585225")],
        ),
        (
            "Heyet Gebele ve Gazah kasabalarını gezdi.",
            [("Gebele", "geonames:585231"), ("Gazah", "geonames:585226")],
        ),
        # the unit keeps its own name with its kind word
        ("Yevlah ilçesinde yeni bir depo açıldı.", [("Yevlah ilçesi", "yevlakh-district-az")]),
    ],
)
def test_azerbaijani_names_in_turkish_letters(text, pairs):
    assert _targets(text) == pairs


def test_a_republic_keeps_its_turkish_name():
    # "Nahçıvan" is the republic's and the city's, never the city's unit
    assert ("Nahçıvan", "nakhchivan-city-az") not in _targets("Nahçıvan'a giden yol açıldı.")
