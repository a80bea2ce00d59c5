"""Round 205 (names205): the IMEC route and the region's own towns (held-out evaluation),
each name as a cited page writes it: the new records Ras Al-Khair, Qurayyat (Saudi Arabia)
and Beit She'an; New Delhi's Persian 'دهلی نو', Kərki's Azerbaijani 'Tiqranaşen' and the
bare English 'Garadagh' of Baku's raion. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Ras Al-Khair", "ras-al-khair"),
    ("Ras Al Khair", "ras-al-khair"),
    ("Ras Az-Zour", "ras-al-khair"),
    ("Qurayyat", "qurayyat-sa"),
    ("Al Qurayyat", "qurayyat-sa"),
    ("Gurayat", "qurayyat-sa"),
    ("Beit She'an", "beit-shean"),
    ("Beth Shean", "beit-shean"),
    ("Beisan", "beit-shean"),
    ("دهلی نو", "geonames:1261481"),
    ("Tiqranaşen", "karki"),
    ("Garadagh", "garadagh-district"),
    # the bare Delhi stays Delhi
    ("دهلی", "geonames:1273294"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round205_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Freight trains will run to Ras Al Khair.", "Ras Al Khair", "ras-al-khair"),
    ("The new line reaches Al Qurayyat near Jordan.", "Al Qurayyat", "qurayyat-sa"),
    ("The rail link starts at Beit She'an.", "Beit She'an", "beit-shean"),
    ("A cement plant opened in Garadagh.", "Garadagh", "garadagh-district"),
    # Persian
    ("هیئت ایرانی به دهلی نو سفر کرد.", "دهلی نو", "geonames:1261481"),
    # Azerbaijani, with a case ending
    ("Tiqranaşendə yeni yol çəkilir.", "Tiqranaşen", "karki"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round205_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare Delhi stays Delhi in Persian and Azerbaijani
    ("سفیر به دهلی رفت.", [("دهلی", "geonames:1273294")]),
    ("Dehlidə görüş keçirildi.", [("Dehli", "geonames:1273294")]),
    # Saudi Arabia's full Azerbaijani name stays the country's
    ("Səudiyyə Ərəbistanı bəyanat yaydı.", [("Səudiyyə Ərəbistanı", "sa")]),
    # Persian 'نو' (new) alone is no place
    ("این یک کتاب نو است.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round205_nothing_common_breaks(text, expected):
    assert _found(text) == expected
