"""Round 183 (names183): other names of held places that held-out round 43 found missing, each as
a cited page writes it: the Aral Sea's Russian bare 'Арал', the Amu Darya's Turkish 'Ceyhun
nehri', German 'Republik Karakalpakistan', Russian bare 'Хорезм' (Khorezm Region), German 'VAE',
German 'Schahid Radschaei' and 'Schahid Radschai'. The bare Latin 'Aral' and 'Ceyhun' (given
names, a fuel brand) stay no names. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Арал", "aral-sea"),
    ("Ceyhun nehri", "amu-darya"),
    ("Republik Karakalpakistan", "karakalpakstan-uz"),
    ("Хорезм", "khorezm-region-uz"),
    ("VAE", "ae"),
    ("Schahid Radschaei", "shahid-rajaee-port"),
    ("Schahid Radschai", "shahid-rajaee-port"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round183_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian
    ("Судьба Арала тревожит учёных.", "Арал", "aral-sea"),
    ("Арал высох за сорок лет.", "Арал", "aral-sea"),
    ("Туристы едут в Хорезм.", "Хорезм", "khorezm-region-uz"),
    ("В Хорезме жарко.", "Хорезм", "khorezm-region-uz"),
    # Turkish
    ("Ceyhun nehri kurudu.", "Ceyhun nehri", "amu-darya"),
    ("Ceyhun Nehri'nin suları azaldı.", "Ceyhun Nehri", "amu-darya"),
    # German
    (
        "Die Republik Karakalpakistan liegt in Usbekistan.",
        "Republik Karakalpakistan",
        "karakalpakstan-uz",
    ),
    ("Die VAE liegen am Golf.", "VAE", "ae"),
    ("Der Hafen Schahid Radschaei brannte.", "Schahid Radschaei", "shahid-rajaee-port"),
    (
        "Festnahmen nach der Explosion in Schahid Radschai.",
        "Schahid Radschai",
        "shahid-rajaee-port",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round183_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Er tankte bei Aral.", []),
    ("Ceyhun Kazancı konuştu.", []),
    # (the river the gazetteer lacks, not the town, since stop 95: geo._wordrules)
    ("Ceyhan Nehri taştı.", []),
    ("Aral Gölü kuruyor.", [("Aral Gölü", "aral-sea")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round183_nothing_common_breaks(text, expected):
    assert _found(text) == expected
