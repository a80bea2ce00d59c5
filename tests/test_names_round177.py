"""Round 177 (names177): names that held-out rounds 39-40 found missing, each as a cited page
writes it: the Mosul Dam (German 'Mossul-Staudamm', 'Mossul-Damm', Russian 'Мосульская плотина')
and the Dukan Dam ('Dokan Dam'). Each dam's `seat` keeps the bare 'Mosul' and 'Dukan' the city
and the town. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Mosul Dam", "mosul-dam"),
    ("Mossul-Staudamm", "mosul-dam"),
    ("Mossul-Damm", "mosul-dam"),
    ("Мосульская плотина", "mosul-dam"),
    ("Dukan Dam", "dukan-dam"),
    ("Dokan Dam", "dukan-dam"),
    # the seats: the bare names stay the city and the town
    ("Mosul", "geonames:99072"),
    ("Dukan", "geonames:96953"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round177_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("the Mosul Dam on the Tigris", "Mosul Dam", "mosul-dam"),
    ("Engineers grouted the Mosul Dam again.", "Mosul Dam", "mosul-dam"),
    ("The Dukan Dam holds back the Little Zab.", "Dukan Dam", "dukan-dam"),
    ("Water was pumped from the Dokan Dam.", "Dokan Dam", "dukan-dam"),
    # German, with the genitive ending
    ("Der Mossul-Staudamm droht zu brechen.", "Mossul-Staudamm", "mosul-dam"),
    ("Die Warnung vor einem Bruch des Mossul-Staudamms.", "Mossul-Staudamm", "mosul-dam"),
    ("Der Mossul-Damm staut den Tigris.", "Mossul-Damm", "mosul-dam"),
    # Russian, with case endings
    ("Мосульская плотина захвачена.", "Мосульская плотина", "mosul-dam"),
    ("Боевики захватили Мосульскую плотину.", "Мосульскую плотину", "mosul-dam"),
    ("Инженеры осмотрели состояние Мосульской плотины.", "Мосульской плотины", "mosul-dam"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round177_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("People fled Mosul.", [("Mosul", "geonames:99072")]),
    ("The people of Dukan left.", [("Dukan", "geonames:96953")]),
    ("Fighting near Mosul and Dukan.", [("Mosul", "geonames:99072"), ("Dukan", "geonames:96953")]),
    (
        "Der Tigris fließt durch Mossul.",
        [("Tigris", "tigris-river"), ("Mossul", "geonames:99072")],
    ),
    ("The dam on the Tigris.", [("Tigris", "tigris-river")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round177_nothing_common_breaks(text, expected):
    assert _found(text) == expected
