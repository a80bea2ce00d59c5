"""Namesakes told apart, round 5 (issue 10): the senses of Astara, Julfa, Nakhchivan.

Cues found on new real articles, each a general rule: a country or region in
brackets after a name tells which namesake is meant; a bridge word after the name
(or after "adlanan", "named") makes it the bridges of that name. The texts are
written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.target) for m in geoparse(text)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "A railway joins Jolfa (Iran) and Culfa (Nahcivan) across the river.",
            [
                ("Jolfa", "jolfa-ir"),
                ("Iran", "ir"),
                ("Culfa", "julfa-az"),
                ("Nahcivan", "nakhchivan-ar"),
            ],
        ),
        (
            "Die Güter kamen über Dschulfa (Nachitschewan) nach Täbris.",
            [("Dschulfa", "julfa-az"), ("Nachitschewan", "nakhchivan-ar"), ("Täbris", "tabriz")],
        ),
        ("Les camions attendent à Astara (Azerbaïdjan).", [("Astara", "astara-az")]),
        # another name of one of the places in the bracket: that one
        (
            "Kovsakan (Zangilan) district was handed over in 2020.",
            [("Kovsakan", "zangilan-district"), ("Zangilan", "zangilan-district")],
        ),
        (
            "Sefer Astara (İran) ile Astara (Azerbaycan) arasında yapılacak.",
            [
                ("Astara", "astara-ir"),
                ("İran", "ir"),
                ("Astara", "astara-az"),
                ("Azerbaycan", "az"),
            ],
        ),
    ],
)
def test_a_bracket_after_a_name_tells_which_namesake(text, pairs):
    got = _targets(text)
    for pair in pairs:
        assert pair in got
    # both the name and the bracketed name are mentions
    assert [t for t, _ in got if t in {"Iran", "Nahcivan"}] == [
        t for t, _ in pairs if t in {"Iran", "Nahcivan"}
    ]


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # a bridge word names the bridges the name also has ...
        ("Xudafərin adlanan körpü XII əsrdə tikilib.", "Xudafərin", "khudafarin-bridges"),
        ("Hudaferin adlı köprü yeniden onarılacak.", "Hudaferin", "khudafarin-bridges"),
        # ... a water word the dam or reservoir, and the bare name stays theirs
        ("Xudafərin su anbarı yenidən dolub.", "Xudafərin su anbarı", "khudafarin-reservoir"),
        (
            "Engineers inspected the Khudafarin and Giz Galasi reservoirs.",
            "Khudafarin",
            "khudafarin-reservoir",
        ),
    ],
)
def test_a_bridge_word_after_a_name_or_after_named_makes_it_the_bridges(text, name, target):
    assert dict(_targets(text))[name] == target


@pytest.mark.parametrize(
    ("text", "name", "target"),
    [
        # a country the name leads to is the one it is not in
        ("Die neue Linie führt von Astara nach Iran.", "Astara", "astara-az"),
        ("Gas is pumped from Astara to Iran every winter.", "Astara", "astara-az"),
        ("Газ по-прежнему идет из Астары в Иран.", "Астар", "astara-az"),
        ("Yük qatarı Astaradan İrana keçib.", "Astara", "astara-az"),
        ("Trucks drove from Julfa to Azerbaijan.", "Julfa", "jolfa-ir"),
        # a place in the country is in it (the locative, "in")
        ("Поезд прибыл в Астару в Иране.", "Астар", "astara-ir"),
        ("Trucks wait at Astara in Iran.", "Astara", "astara-ir"),
    ],
)
def test_a_country_the_name_leads_to_is_the_other(text, name, target):
    assert dict(_targets(text))[name] == target


def test_a_governor_of_a_name_a_province_and_its_seat_share_is_the_provinces():
    text = "The governor of Ardabil said the crossing would open; traders in Ardabil agreed."
    assert [t for _, t in _targets(text)] == ["ardabil-province", "ardabil"]
