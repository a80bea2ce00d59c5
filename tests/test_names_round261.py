"""Round 261 (names261): names that held-out set 397 (Kazakhstan's Mangystau and the Caspian
east) found missing, each as a cited page or GeoNames writes it: the towns Beyneu (with
English 'Beineu'), Shetpe and Zhetybay, world rows of BORDER_TOWNS, Turkmenistan's English
'Republic of Turkmenistan', and Mangystau Region's Russian bare 'Мангистау' and 'Мангыстау'.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Republic of Turkmenistan", "tm"),
    ("Мангистау", "mangystau-region-kz"),
    ("Мангыстау", "mangystau-region-kz"),
    ("Beyneu", "geonames:610298"),
    ("Beineu", "geonames:610298"),
    ("Бейнеу", "geonames:610298"),
    ("Shetpe", "geonames:608324"),
    ("Шетпе", "geonames:608324"),
    ("Zhetybay", "geonames:607551"),
    ("Zhetibay", "geonames:607551"),
    ("Жетыбай", "geonames:607551"),
    # held before the round
    ("Mangystau", "mangystau-region-kz"),
    ("Мангистауская область", "mangystau-region-kz"),
    ("Նուրսուլթան", "geonames:1526273"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round261_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    (
        "The minister flew to the Republic of Turkmenistan for the gas talks.",
        "Republic of Turkmenistan",
        "tm",
    ),
    ("Freight trains wait at Beineu before the border.", "Beineu", "geonames:610298"),
    ("The new road runs from Shetpe to the coast.", "Shetpe", "geonames:608324"),
    ("Oil workers in Zhetybay went on strike.", "Zhetybay", "geonames:607551"),
    # Turkish
    ("Kamyonlar Beyneu üzerinden geçti.", "Beyneu", "geonames:610298"),
    # Russian, with case endings
    ("Газ в Мангистау подорожал.", "Мангистау", "mangystau-region-kz"),
    ("Туристы едут в Мангыстау весной.", "Мангыстау", "mangystau-region-kz"),
    ("Поезд стоял в Бейнеу три часа.", "Бейнеу", "geonames:610298"),
    ("Вокзал в Шетпе перестроят.", "Шетпе", "geonames:608324"),
    ("Автобус приехал в Жетыбай.", "Жетыбай", "geonames:607551"),
    ("Жители Жетыбая ждут новую дорогу.", "Жетыба", "geonames:607551"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round261_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare 'Turkmenistan' stays the country
    ("Turkmenistan sells gas abroad.", [("Turkmenistan", "tm")]),
    # the region's seat stays the city
    ("Паром пришёл в Актау.", [("Актау", "geonames:610612")]),
    ("Он вернулся домой.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round261_nothing_common_breaks(text, expected):
    assert _found(text) == expected
