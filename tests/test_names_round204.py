"""Round 204 (names204): names that a held-out evaluation found missing, each as a cited page
writes it: the bare English, Turkish and German names of Iraq's governorates (Sulaymaniyah,
Süleymaniye, Sulaimaniyya, Erbil, Dohuk, Kerkük, Misan), which stay their seat cities' when
bare and name the unit with a province word or in a list of provinces, as round 200 did for
Syria's; Sarpol-e Zahab's Turkish 'Serpol-e Zahab' and 'Serpol-e Zehap' and German 'Sarpol-e
Sahab' and 'Sare Pole Sahab', Qasr-e Shirin's German 'Qasr-e Schirin'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    # the seat city keeps the bare name
    ("Sulaymaniyah", "geonames:98463"),
    ("Süleymaniye", "geonames:98463"),
    ("Sulaimaniyya", "geonames:98463"),
    ("Erbil", "geonames:95446"),
    ("Dohuk", "geonames:96994"),
    ("Kerkük", "geonames:94787"),
    # a governorate whose seat is named otherwise
    ("Misan", "maysan-governorate-iq"),
    # the unit with its province word
    ("Sulaymaniyah province", "sulaymaniyah-governorate-iq"),
    ("Erbil province", "erbil-governorate-iq"),
    ("Misan province", "maysan-governorate-iq"),
    ("Serpol-e Zahab", "geonames:120931"),
    ("Serpol-e Zehap", "geonames:120931"),
    ("Sarpol-e Sahab", "geonames:120931"),
    ("Sare Pole Sahab", "geonames:120931"),
    ("Qasr-e Schirin", "qasr-e-shirin"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round204_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    (
        "Snow closed roads in Sulaymaniyah province.",
        "Sulaymaniyah province",
        "sulaymaniyah-governorate-iq",
    ),
    (
        "Erbil, Duhok and Sulaymaniyah provinces voted.",
        "Sulaymaniyah",
        "sulaymaniyah-governorate-iq",
    ),
    ("Erbil, Duhok and Sulaymaniyah provinces voted.", "Erbil", "erbil-governorate-iq"),
    ("Erbil, Duhok and Sulaymaniyah provinces voted.", "Duhok", "duhok-governorate-iq"),
    ("New wells were drilled in Misan province.", "Misan province", "maysan-governorate-iq"),
    # German
    ("In der Provinz Dohuk wurde gewählt.", "Provinz Dohuk", "duhok-governorate-iq"),
    ("Umstritten sind Gebiete wie Kirkuk und Erbil.", "Kirkuk", "kirkuk-governorate-iq"),
    ("Umstritten sind Gebiete wie Kirkuk und Erbil.", "Erbil", "erbil-governorate-iq"),
    ("In Sarpol-e Sahab bebte wieder die Erde.", "Sarpol-e Sahab", "geonames:120931"),
    ("In Qasr-e Schirin fiel der Strom aus.", "Qasr-e Schirin", "qasr-e-shirin"),
    # Turkish, with case endings
    ("Süleymaniye vilayetinde kar yağdı.", "Süleymaniye vilayeti", "sulaymaniyah-governorate-iq"),
    ("Kerkük ilinde seçim yapıldı.", "Kerkük ili", "kirkuk-governorate-iq"),
    ("Kerkük vilayetinde seçim yapıldı.", "Kerkük vilayeti", "kirkuk-governorate-iq"),
    ("Misan vilayetinde yeni kuyular açıldı.", "Misan vilayeti", "maysan-governorate-iq"),
    ("Erbil vilayetinde seçim yapıldı.", "Erbil vilayeti", "erbil-governorate-iq"),
    ("Serpol-e Zahab'da yine deprem oldu.", "Serpol-e Zahab", "geonames:120931"),
    ("Serpol-e Zehap'ta evler yıkıldı.", "Serpol-e Zehap", "geonames:120931"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round204_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare name stays the seat city
    ("The market in Sulaymaniyah opened.", [("Sulaymaniyah", "geonames:98463")]),
    ("He lives in Erbil.", [("Erbil", "geonames:95446")]),
    ("In Dohuk wurde gefeiert.", [("Dohuk", "geonames:96994")]),
    ("Süleymaniye'de kar yağdı.", [("Süleymaniye", "geonames:98463")]),
    ("Kerkük'te seçim yapıldı.", [("Kerkük", "geonames:94787")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round204_nothing_common_breaks(text, expected):
    assert _found(text) == expected
