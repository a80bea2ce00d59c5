"""Round 86 (places86): Georgia's roads and crossings.

The towns Surami, Gudauri, Senaki, Khobi and Leselidze, the village Kobi, the Rikoti tunnel
(APPROXIMATE, at its pass's point; the pass's names are left to the pass), the Turkish gate village Aktaş (APPROXIMATE, at the lake on
whose shore the gate lies) and the Rize town Fındıklı are curated in ``data/places.yaml``. Each
name is one a cited page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "surami": ("town", "GE", 42.01944, 43.5625),
    "gudauri": ("town", "GE", 42.47583, 44.47861),
    "kobi-kazbegi": ("village", "GE", 42.55944, 44.51194),
    "rikoti-tunnel": ("building", "GE", 42.0525, 43.49194),
    "senaki": ("town", "GE", 42.26889, 42.07917),
    "khobi": ("town", "GE", 42.3179, 41.9046),
    "leselidze": ("town", "GE", 43.383, 40.017),
    "aktas-cildir": ("village", "TR", 41.215, 43.22111),
    "findikli-rize": ("town", "TR", 41.13333, 41.01667),
}

#: each name a place is written by, and the place
NAMES = [
    # English, Russian
    ("Surami", "surami"),
    ("Сурами", "surami"),
    ("Gudauri", "gudauri"),
    ("Гудаури", "gudauri"),
    ("Kobi", "kobi-kazbegi"),
    ("Коби", "kobi-kazbegi"),
    # English
    ("Rikoti Tunnel", "rikoti-tunnel"),
    ("Rikoti tunnel", "rikoti-tunnel"),
    ("Senaki", "senaki"),
    # English, German
    ("Khobi", "khobi"),
    ("Chobi", "khobi"),
    # English, Russian
    ("Leselidze", "leselidze"),
    ("Леселидзе", "leselidze"),
    ("Gyachrypsh", "leselidze"),
    # Turkish
    ("Aktaş", "aktas-cildir"),
    # Turkish, English, Russian
    ("Fındıklı", "findikli-rize"),
    ("Findikli", "findikli-rize"),
    ("Фындыклы", "findikli-rize"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES, km=3.0)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Tbilisi", "geonames:611717"),
        ("Batumi", "geonames:615532"),
        ("Akhalkalaki", "geonames:615893"),
        ("Kartsakhi", "kartsakhi"),
        ("Ağdaş", "geonames:587378"),
        ("Çıldır", "geonames:749109"),
    ],
)
def test_the_held_places_keep_their_names(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Tourists walked the old streets of Surami.", "surami"),
        ("В Сурами открылся новый санаторий.", "surami"),
        ("Skiers drove up to Gudauri on Saturday.", "gudauri"),
        ("Участок Гудаури-Коби закрыт из-за лавин.", "kobi-kazbegi"),
        ("Snow closed the road near Kobi.", "kobi-kazbegi"),
        ("Traffic through the Rikoti tunnel was halted after a landslide.", "rikoti-tunnel"),
        ("The train stopped at Senaki before Zugdidi.", "senaki"),
        ("The road from Khobi to Poti was flooded.", "khobi"),
        ("The beach at Leselidze was empty.", "leselidze"),
        ("Aktaş köyünde yeni bir okul açıldı.", "aktas-cildir"),
        ("Fındıklı sahilinde yeni bir liman yapılacak.", "findikli-rize"),
        ("Жители Фындыклы выращивают чай.", "findikli-rize"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}
