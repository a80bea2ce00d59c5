"""Round 66a: villages of the Jabrayil district real articles named.

Karkhulu, Shukurbayli (the Jabrayil village, not Fuzuli's), Charakan and Dajal, four of the
nine villages retaken on 4 October 2020, are curated in ``data/places.yaml`` with sourced
points; Kolatag gains the spelling Kolatagh. The bare names of Şükürbəyli stay the
Horadiz-Aghband railway's station drawn at the village; a village word makes them the
village. Each name is one a cited page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "karkhulu": ("village", "AZ", 39.34444, 47.19500),
    "shukurbayli-jabrayil": ("village", "AZ", 39.31694, 47.14306),
    "charakan": ("village", "AZ", 39.41139, 47.06500),
    "dajal": ("village", "AZ", 39.34611, 47.14917),
    "kolatag": ("village", "AZ", 40.00306, 46.60000),
}

#: each name a place is written by, and the place
NAMES = [
    ("Karkhulu", "karkhulu"),
    ("Karxulu", "karkhulu"),
    ("Кархулу", "karkhulu"),
    ("Charakan", "charakan"),
    ("Çərəkən", "charakan"),
    ("Chereken", "charakan"),
    ("Черекен", "charakan"),
    ("Dajal", "dajal"),
    ("Dəjəl", "dajal"),
    ("Kolatagh", "kolatag"),
]

#: the village's names, which the station keeps when no village word is given
SHUKURBAYLI = ["Shukurbayli", "Şükürbəyli", "Shukurbeyli", "Шукюрбейли"]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES)


@pytest.mark.parametrize("name", SHUKURBAYLI)
def test_shukurbayli_asked_as_a_village_is_the_village(name):
    place = geocode(name, kind="village")
    kind, country, lat, lon = PLACES["shukurbayli-jabrayil"]
    assert (place.id, place.kind, place.country) == ("shukurbayli-jabrayil", kind, country)
    assert abs(place.lat - lat) < 0.01 and abs(place.lon - lon) < 0.01


@pytest.mark.parametrize("name", SHUKURBAYLI)
def test_shukurbayli_bare_stays_the_station(name):
    place = geocode(name)
    assert place.id == "mahmudlu-station"
    assert "shukurbayli-jabrayil" in place.alternatives


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Deminers walked the fields of Karkhulu before the builders came.", "karkhulu"),
        ("Cəbrayılın Çərəkən kəndində yeni evlər tikilir.", "charakan"),
        ("A new school will open in Dajal next autumn.", "dajal"),
        ("Köçkünlər Şükürbəyli kəndinə qayıtmağa hazırlaşır.", "shukurbayli-jabrayil"),
        (
            "The road from Jabrayil to Shukurbayli village was paved this summer.",
            "shukurbayli-jabrayil",
        ),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


def test_a_list_of_stations_keeps_the_station():
    text = "Trains will call at Horadiz, Shukurbayli and Soltanli stations next year."
    ids = {m.place.id for m in geoparse(text) if m.place is not None}
    assert "mahmudlu-station" in ids and "shukurbayli-jabrayil" not in ids
