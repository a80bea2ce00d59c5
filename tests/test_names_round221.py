"""Round 221 (names221): Kazakhstan's east and north, names held-out set 327 found missing,
each as a cited page writes it: the new records the Kapchagay reservoir and Lake Alakol; the
bare 'Balkhash' and 'Балхаш' of Lake Balkhash; Almaty's Armenian 'Ալմա Աթա'; Dostyk's Russian
'Достык'; and seven regions of Kazakhstan's region layer (scripts/regions_kazakhstan.py).
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Kapchagay Reservoir", "kapchagay-reservoir"),
    ("Qapshaghay Reservoir", "kapchagay-reservoir"),
    ("Капчагайское водохранилище", "kapchagay-reservoir"),
    ("Lake Alakol", "lake-alakol"),
    ("Alakol", "lake-alakol"),
    ("Алаколь", "lake-alakol"),
    ("Ալմա Աթա", "geonames:1526384"),
    ("Достык", "geonames:1524537"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round221_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("We swam in Lake Alakol.", "Lake Alakol", "lake-alakol"),
    ("Boats sail on the Kapchagay Reservoir.", "Kapchagay Reservoir", "kapchagay-reservoir"),
    # Russian, with case endings
    ("Туристы едут на Алаколь.", "Алаколь", "lake-alakol"),
    ("Грузы прошли через Достык.", "Достык", "geonames:1524537"),
    (
        "Отдыхающие приехали на Капчагайское водохранилище.",
        "Капчагайское водохранилище",
        "kapchagay-reservoir",
    ),
    # Armenian, with the locative
    ("Ալմա Աթայում հանդիպում եղավ։", "Ալմա Աթա", "geonames:1526384"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round221_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    ("He lives in Almaty.", [("Almaty", "geonames:1526384")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round221_nothing_common_breaks(text, expected):
    assert _found(text) == expected
