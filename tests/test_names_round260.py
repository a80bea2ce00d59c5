"""Round 260 (names260): names that held-out sets 394-396 (China's Belt and Road west; Saudi
Arabia and the Red Sea's north; Armenia's Ararat plain) found missing, each as a cited page or
GeoNames writes it: the towns Yanbu (with Russian 'Янбу') and Turpan, world rows of
BORDER_TOWNS, Sharm el-Sheikh's German 'Scharm el-Scheich', and the Gulf of Aqaba, a new
world gulf (English, German 'Golf von Akaba', Russian 'Акабский залив'). The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Yanbu", "geonames:100425"),
    ("Янбу", "geonames:100425"),
    ("Turpan", "geonames:1529114"),
    ("Turfan", "geonames:1529114"),
    ("Турпан", "geonames:1529114"),
    ("Scharm el-Scheich", "geonames:349340"),
    ("Gulf of Aqaba", "gulf-of-aqaba"),
    ("Gulf of Eilat", "gulf-of-aqaba"),
    ("Golf von Akaba", "gulf-of-aqaba"),
    ("Акабский залив", "gulf-of-aqaba"),
    # held before the round
    ("Sharm-el-Sheikh", "geonames:349340"),
    ("Хоргос", "geonames:1522684"),
    ("Khorgos", "geonames:1522684"),
    ("Korgas", "horgos-cn"),
    ("Jerasch", "geonames:391241"),
    ("Arazdəyən", "geonames:391241"),
    ("Vedi", "geonames:174725"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round260_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Tankers headed for Yanbu on the Red Sea.", "Yanbu", "geonames:100425"),
    ("Ferries cross the Gulf of Aqaba daily.", "Gulf of Aqaba", "gulf-of-aqaba"),
    ("The train stopped at the border prior to Khorgos.", "Khorgos", "geonames:1522684"),
    # German
    ("Die Züge fahren über Turpan nach Westen.", "Turpan", "geonames:1529114"),
    (
        "Die Konferenz in Scharm el-Scheich endete am Abend.",
        "Scharm el-Scheich",
        "geonames:349340",
    ),
    (
        "Die Konferenz in Scharm el Scheich endete am Abend.",
        "Scharm el Scheich",
        "geonames:349340",
    ),
    ("Der Hafen liegt am Golf von Akaba.", "Golf von Akaba", "gulf-of-aqaba"),
    # Russian, with case endings
    ("Танкер стоял в Акабском заливе.", "Акабском заливе", "gulf-of-aqaba"),
    ("Танкеры идут в порт Янбу.", "Янбу", "geonames:100425"),
    ("Поезд прибыл в Турпан утром.", "Турпан", "geonames:1529114"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round260_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the town of Aqaba stays the town
    ("Flights to Aqaba resumed.", [("Aqaba", "geonames:250774")]),
    # Turkish tufan (a flood) is no name of Turpan's
    ("Büyük bir tufan koptu.", []),
    ("Tufan Bey toplantıya geldi.", []),
    # the Azerbaijani adjective 'Trans-Caspian' names no corridor
    ("Transxəzər qaz kəməri müzakirə edildi.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round260_nothing_common_breaks(text, expected):
    assert _found(text) == expected
