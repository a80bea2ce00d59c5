"""Round 392 (names392): Kazakhstan's Almaty Region written to the region layer with its seat
the city of Almaty (so the bare name stays the city), Kunduz Province's seat (the town of
Kunduz) found by the rebuild, and Turkish 'Moskova bölgesi' for Moscow Oblast. The bare
Turkish 'Moskova' stays the city (a negative case) and 'İvanovo' was left out (no page read).
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Almaty Region", "almaty-region-kz"),
    ("Region Almaty", "almaty-region-kz"),
    ("Алматинская область", "almaty-region-kz"),
    ("Almaty", "geonames:1526384"),
    ("Almatı", "geonames:1526384"),
    ("Алматы", "geonames:1526384"),
    ("Kunduz", "kunduz"),
    ("Kunduz Province", "kunduz-province-af"),
    ("Moskova bölgesi", "moscow-oblast-ru"),
    ("Moskova", "geonames:524901"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round392_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Almaty Region borders China.", "Almaty Region", "almaty-region-kz"),
    ("Это случилось в Алматинской области.", "Алматинской области", "almaty-region-kz"),
    ("Almatı və Manqistau vilayətlərində yağış yağdı.", "Almatı", "almaty-region-kz"),
    ("He lives in Almaty.", "Almaty", "geonames:1526384"),
    ("Almatı'da toplantı yapıldı.", "Almatı", "geonames:1526384"),
    ("Встреча прошла в Алматы.", "Алматы", "geonames:1526384"),
    ("He went to Kunduz.", "Kunduz", "kunduz"),
    ("The road links Kunduz and Kabul.", "Kunduz", "kunduz"),
    ("The road links Kunduz and Kabul.", "Kabul", "geonames:1138958"),
    ("Fighting in Kunduz province.", "Kunduz province", "kunduz-province-af"),
    ("Saldırı Moskova bölgesinde oldu.", "Moskova bölgesi", "moscow-oblast-ru"),
    ("Heyet Moskova'da toplandı.", "Moskova", "geonames:524901"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round392_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: negatives: a name that must not read the new place
NEGATIVES = [
    ("He lives in Almaty.", "almaty-region-kz"),
    ("Встреча прошла в Алматы.", "almaty-region-kz"),
    ("He went to Kunduz.", "kunduz-province-af"),
    ("Moskova açıklama yaptı.", "moscow-oblast-ru"),
]


@pytest.mark.parametrize(("text", "pid"), NEGATIVES)
def test_round392_not_found(text, pid):
    assert pid not in [t for _, t in _found(text)]
