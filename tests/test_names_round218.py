"""Round 218 (names218): names that a held-out evaluation found missing, each as a cited
page writes it: the Amu Darya's English 'Amu River', Chornomorsk's 'Çornomorsk', the Beqaa
governorate's Russian bare 'Бекаа', the Amir Kabir dam's Turkish 'Emir Kebir Barajı', Lake
Qadisiyah's English 'Haditha Lake', Marjayoun's Turkish 'Mercayun', Mesopotamia's Turkish
'Mezopotamya' and the Bab-el-Mandeb's Turkish 'Mendeb Boğazı'. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Amu River", "amu-darya"),
    ("Çornomorsk", "geonames:707688"),
    ("Бекаа", "beqaa-governorate-lb"),
    ("Emir Kebir Barajı", "amir-kabir-dam"),
    ("Haditha Lake", "lake-qadisiyah"),
    ("Mercayun", "marjayoun"),
    ("Mezopotamya", "mesopotamia"),
    ("Mendeb Boğazı", "bab-el-mandeb"),
    # held before the round, read as they were
    ("Babülmendep", "bab-el-mandeb"),
    ("Lower Zab", "little-zab"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round218_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The Amu River is shrinking every summer.", "Amu River", "amu-darya"),
    ("Fishermen left the Haditha Lake after the drought.", "Haditha Lake", "lake-qadisiyah"),
    # Azerbaijani, with a case ending
    ("Gəmi Çornomorsk limanından çıxdı.", "Çornomorsk", "geonames:707688"),
    # Russian (the name does not decline; the valley word before it declines)
    ("Удары по Бекаа продолжились.", "Бекаа", "beqaa-governorate-lb"),
    # (with the valley word, the valley held whole: the places.yaml alias "долина Бекаа",
    # its bare name no name of the valley; held-out set 314 marks "[долины Бекаа]")
    ("Самолёты снова бомбили окраины в долине Бекаа.", "долине Бекаа", "beqaa-valley"),
    # Turkish, with case endings
    ("Emir Kebir Barajı'nda su azaldı.", "Emir Kebir Barajı", "amir-kabir-dam"),
    ("Ordu Mercayun'u yine vurdu.", "Mercayun", "marjayoun"),
    ("Mezopotamya'da yağmur az yağdı.", "Mezopotamya", "mesopotamia"),
    ("Gemiler Mendeb Boğazı'ndan geçemedi.", "Mendeb Boğazı", "bab-el-mandeb"),
    # held before the round: the dam word after the bare name reads the dam
    ("Toktogul Barajı'nda su seviyesi düştü.", "Toktogul Barajı", "toktogul-dam"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round218_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare Amir Kabir is a person, not the dam
    ("Emir Kebir bir devlet adamıydı.", []),
    # the English river word alone names no place
    ("The river was wide.", []),
    # the bare Haditha does not become the lake
    ("Haditha is a town on the Euphrates.", [("Euphrates", "euphrates-river")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round218_nothing_common_breaks(text, expected):
    assert _found(text) == expected
