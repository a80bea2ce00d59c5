"""Round 186 (names186): names that held-out round 45 found missing, each as a cited page
writes it: Silopi in Arabic script 'سیلوپی' (Urdu Wikipedia's spelling), Aghali's three old
villages by their Roman numerals 'Agali I', 'Agali II', 'Agali III', and the new record
Midyat. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("سیلوپی", "geonames:300797"),
    ("Agali I", "aghali"),
    ("Agali II", "aghali"),
    ("Agali III", "aghali"),
    ("Midyat", "midyat"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round186_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The families of Agali III returned home.", "Agali III", "aghali"),
    ("Churches stand in Midyat.", "Midyat", "midyat"),
    # German
    ("Die Kirchen von Midyat sind alt.", "Midyat", "midyat"),
    ("Die Dörfer Agali I und Agali II wurden aufgebaut.", "Agali II", "aghali"),
    # Turkish, with case endings
    ("Midyat'ta düğün yapıldı.", "Midyat", "midyat"),
    ("Silopi'de kuyruk uzadı.", "Silopi", "geonames:300797"),
    # Persian
    ("کامیون‌ها در سیلوپی ماندند.", "سیلوپی", "geonames:300797"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round186_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    ("He said I was late.", []),
    ("Volga'ya İdil de denir.", [("Volga", "volga")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round186_nothing_common_breaks(text, expected):
    assert _found(text) == expected
