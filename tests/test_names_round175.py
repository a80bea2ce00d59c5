"""Round 175 (names175): names that held-out round 40 (sets 242-244) found missing, each as a
cited page writes it: the Shahdag Mountain Resort and Shahdag National Park in Qusar, Svaneti
and Ushguli in Georgia, and the Darbandikhan Dam in Iraq. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Shahdag Mountain Resort", "shahdag-resort"),
    ("Shahdag Tourist Center", "shahdag-resort"),
    ("Shahdag National Park", "shahdag-national-park"),
    ("Shahdagh National Park", "shahdag-national-park"),
    ("Şahdağ Milli Parkı", "shahdag-national-park"),
    ("Шахдагский национальный парк", "shahdag-national-park"),
    ("Svaneti", "svaneti-region"),
    ("Svanetia", "svaneti-region"),
    ("Upper Svaneti", "svaneti-region"),
    ("Сванетия", "svaneti-region"),
    ("Ushguli", "ushguli-ge"),
    ("Darbandikhan Dam", "darbandikhan-dam"),
    ("Darbandichan-Talsperre", "darbandikhan-dam"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round175_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    (
        "Skiers flocked to the Shahdag Mountain Resort.",
        "Shahdag Mountain Resort",
        "shahdag-resort",
    ),
    ("The Shahdag National Park is vast.", "Shahdag National Park", "shahdag-national-park"),
    ("Tourists hike in Upper Svaneti.", "Upper Svaneti", "svaneti-region"),
    ("The road to Ushguli was closed.", "Ushguli", "ushguli-ge"),
    ("The Darbandikhan Dam was repaired.", "Darbandikhan Dam", "darbandikhan-dam"),
    # Azerbaijani, with a case ending
    ("Şahdağ Milli Parkında turistlər var.", "Şahdağ Milli Parkı", "shahdag-national-park"),
    # Russian
    ("Туристы едут в Сванетию.", "Сванетию", "svaneti-region"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round175_found(text, mention, pid):
    assert any(t.startswith(mention[:-1]) and p == pid for t, p in _found(text))


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("The people of Dukan were warned.", [("Dukan", "geonames:96953")]),
    ("The mountain resort was full.", []),
    ("A national park is protected.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round175_nothing_common_breaks(text, expected):
    assert _found(text) == expected
