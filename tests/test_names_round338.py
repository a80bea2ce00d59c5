"""Round 338 (names338): names real articles of round 131 (the Kura's upper course in Turkey,
the Caspian's falling level along Iran's coast) named: the Persian ports Bandar-e Anzali and
Bandar-e Gaz by their names written as one word (names.yaml), and Persian 'زیرآب' (under
water) as a reviewed common word (scripts/build_common_words.py), no longer the town Zirab.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("بندرانزلی", "geonames:141679"),
    ("بندرگز", "geonames:141673"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round338_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("کشتی‌ها در بندرانزلی پهلو گرفتند.", "بندرانزلی", "geonames:141679"),
    ("اسکله بندرگز خشک شد.", "بندرگز", "geonames:141673"),
    ("آب خلیج گرگان کم شد.", "خلیج گرگان", "gorgan-bay"),
    ("Kura Nehri Ardahan'dan geçer.", "Kura Nehri", "kura"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round338_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "نقاطی که پیش از این زیرآب بوده اکنون خشک است.",
        "بخشی از روستا زیرآب رفت.",
    ],
)
def test_round338_under_water_is_no_town(text):
    assert not any(m == "زیرآب" for m, _ in _found(text))
