"""Round 264 (names264): Azerbaijani and Turkish names that held-out sets 384-399 found
missing, each as a cited page writes it: the Golan Heights' 'Qolan Təpələri', the West Bank's
capitalised 'Qərb Sahili', Pakistan's formal 'Pakistan İslam Respublikası' and 'Pakistan
İslam Cumhuriyeti', the Ceyhan Marine Terminal's 'Ceyhan terminalı', Varzaqan's 'Vərziqan'
and Meshgin Shahr's 'Meşginşəhr'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Qolan Təpələri", "golan-heights"),
    ("Qərb Sahili", "west-bank"),
    ("Pakistan İslam Respublikası", "pk"),
    ("Pakistan İslam Cumhuriyeti", "pk"),
    ("Ceyhan terminalı", "ceyhan-marine-terminal"),
    ("Vərziqan", "varzaqan"),
    ("Meşginşəhr", "geonames:124210"),
    # held before: Iran's formal name stays Iran's
    ("İran İslam Respublikası", "ir"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round264_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Azerbaijani, with case endings
    ("Qolan Təpələrinin gələcəyi müzakirə olunmadı.", "Qolan Təpələri", "golan-heights"),
    ("Qolan təpələrində atışma eşidildi.", "Qolan təpələri", "golan-heights"),
    ("Qərb Sahilində yeni yaşayış məntəqəsi salınır.", "Qərb Sahili", "west-bank"),
    ("Jurnalistlər Qərb Sahilindən reportaj hazırladı.", "Qərb Sahili", "west-bank"),
    (
        "Nümayəndə heyəti Pakistan İslam Respublikasının paytaxtına çatdı.",
        "Pakistan İslam Respublikası",
        "pk",
    ),
    ("Azərbaycan nefti Ceyhan terminalına çatdı.", "Ceyhan terminalı", "ceyhan-marine-terminal"),
    ("Tanker Ceyhan terminalından yola düşdü.", "Ceyhan terminalı", "ceyhan-marine-terminal"),
    ("Vərziqanda yeni mədən açılıb.", "Vərziqan", "varzaqan"),
    ("Ərdəbildən Meşginşəhrə yol çəkilir.", "Meşginşəhr", "geonames:124210"),
    # Turkish, with a case ending
    (
        "Heyet Pakistan İslam Cumhuriyeti'nin başkentine ulaştı.",
        "Pakistan İslam Cumhuriyeti",
        "pk",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round264_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # any river's or sea's west bank in lower case stays no West Bank
    ("Kür çayının qərb sahilində kəndlər var.", [("Kür çayı", "kura")]),
    ("Xəzər dənizinin qərb sahilində limanlar var.", [("Xəzər dənizi", "caspian-sea")]),
    ("Gölün qərb sahili meşəlikdir.", []),
    # the bare Ceyhan stays the town
    ("Ceyhan şəhərində yağış yağdı.", [("Ceyhan", "ceyhan")]),
    # Iran's formal name stays Iran's, the bare Pakistan Pakistan's
    ("İran İslam Respublikasının nümayəndəsi gəldi.", [("İran İslam Respublikası", "ir")]),
    ("Pakistan ilə ticarət artır.", [("Pakistan", "pk")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round264_nothing_common_breaks(text, expected):
    assert _found(text) == expected
