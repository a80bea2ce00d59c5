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


def test_turkish_province_seats_in_azerbaijani_letters():
    # the seats of Turkey's provinces, named as the provinces, whatever their population
    found = _targets("Qatar Edirne, Yozqat, Sivas və Ərzincan şəhərlərindən keçəcək.")
    assert [t for _, t in found] == [
        "geonames:747712",
        "geonames:296562",
        "geonames:300619",
        "geonames:315373",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mary said the trains would run on time.",  # a first name (Mary, Turkmenistan)
        "Bakan Aydın Karaman toplantıya katıldı.",  # first names (Aydın), no seat
    ],
)
def test_seats_whose_names_are_first_names_or_words_stay_out(text):
    assert [t for _, t in _targets(text) if t in ("geonames:1218667", "geonames:322830")] == []


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the abbreviation a name is given in brackets names the place, there and later
        (
            "Рынки Центральной Азии (ЦА) растут. Грузы из ЦА идут на запад.",
            [("Центральной Азии", "central-asia"), ("ЦА", "central-asia"), ("ЦА", "central-asia")],
        ),
        (
            "The Nakhchivan Autonomous Republic (NAR) borders Iran.",
            [
                ("Nakhchivan Autonomous Republic", "nakhchivan-ar"),
                ("NAR", "nakhchivan-ar"),
                ("Iran", "ir"),
            ],
        ),
        # letters that are not the name's initials stay out ("(AZ)" is no abbreviation of it)
        ("Trucks reach Central Asia (AZ) soon.", [("Central Asia", "central-asia")]),
    ],
)
def test_an_abbreviation_given_in_brackets_names_the_place(text, pairs):
    assert _targets(text) == pairs
