"""Round 57b: villages of the Great Return that real articles named and the gazetteer lacked.

Tazabina (Khojaly), Hasanriz and Kolatag (Aghdara) at their Wikipedia points, and Khidirli
(Aghdam), APPROXIMATE, derived 3 km north-west of GeoNames' Aghdam point, are curated in
``data/places.yaml``. Each name is one a cited page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.gazetteer import haversine_km
from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited (or derived) point of each village added
PLACES = {
    "khidirli-aghdam": ("village", "AZ", 40.01004, 46.90249),
    "tazabina": ("village", "AZ", 39.92750, 46.77806),
    "hasanriz": ("village", "AZ", 40.16778, 46.51778),
    "kolatag": ("village", "AZ", 40.00306, 46.60000),
}

#: each name a village is written by, and the village
NAMES = [
    ("Khidirli", "khidirli-aghdam"),
    ("Xıdırlı", "khidirli-aghdam"),
    ("Хыдырлы", "khidirli-aghdam"),
    ("Tazabina", "tazabina"),
    ("Təzəbinə", "tazabina"),
    ("Tazabine", "tazabina"),
    ("Hasanriz", "hasanriz"),
    ("Həsənriz", "hasanriz"),
    ("Haterk", "hasanriz"),
    ("Հաթերք", "hasanriz"),
    ("Гасанриз", "hasanriz"),
    ("Kolatag", "kolatag"),
    ("Kolatağ", "kolatag"),
    ("Kolatak", "kolatag"),
    ("Քոլատակ", "kolatag"),
    ("Колатаг", "kolatag"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_village(name, ident):
    assert_geocodes_to(name, ident, PLACES)


def test_khidirli_lies_three_km_north_west_of_aghdam():
    village, town = geocode("Khidirli"), geocode("Aghdam")
    assert 2.5 < haversine_km(village.lat, village.lon, town.lat, town.lon) < 3.5
    assert village.lat > town.lat and village.lon < town.lon


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Forty families moved into new houses in Khidirli last week.", "khidirli-aghdam"),
        ("Bu həftə Xıdırlı kəndinə daha otuz ailə köçdü.", "khidirli-aghdam"),
        ("The school in Tazabina opened its doors in autumn.", "tazabina"),
        ("Həsənriz kəndinə gedən yol yenidən asfaltlanıb.", "hasanriz"),
        ("Buses carried the returning families up the valley to Kolatag.", "kolatag"),
    ],
)
def test_a_sentence_names_the_village(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}
