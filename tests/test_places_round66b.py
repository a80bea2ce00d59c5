"""Round 66b: villages of Nakhchivan that real articles named and the gazetteer lacked.

Aza (Ordubad), Nəhəcir (Babek), Qal and Şurud (Julfa) are curated in ``data/places.yaml``,
each at the point a cited page gives. Each name is one a cited page writes. The sentences
are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "aza-ordubad": ("village", "AZ", 38.93833, 45.82833),
    "nahajir": ("village", "AZ", 39.25528, 45.61278),
    "gal-julfa": ("village", "AZ", 39.1225, 45.74667),
    "shurud": ("village", "AZ", 39.15139, 45.795),
}

#: each name a place is written by, and the place
NAMES = [
    ("Aza", "aza-ordubad"),
    ("Yuxarı Aza", "aza-ordubad"),
    ("Yukhary Aza", "aza-ordubad"),
    ("Jukhary Aza", "aza-ordubad"),
    ("Yukary-Aza", "aza-ordubad"),
    ("Nahajir", "nahajir"),
    ("Nəhəcir", "nahajir"),
    ("Nagadzhir", "nahajir"),
    ("Нахаджир", "nahajir"),
    ("Нагаджир", "nahajir"),
    ("Gal", "gal-julfa"),
    ("Qal", "gal-julfa"),
    ("Gyal", "gal-julfa"),
    ("Shurud", "shurud"),
    ("Şurud", "shurud"),
    ("Şurut", "shurud"),
    ("Shurut", "shurud"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES)


def test_irans_shirud_keeps_its_own_name():
    assert geocode("Shīrūd").id == "geonames:114242"


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Farmers in Aza sold their apricots at the Ordubad market.", "aza-ordubad"),
        ("Bir həkim Nəhəcir kəndində yeni məntəqə açdı.", "nahajir"),
        ("Новую школу в селе Нахаджир открыли осенью.", "nahajir"),
        ("A mountain road climbs from Julfa to Şurud.", "shurud"),
        ("Shepherds from Gal drove their sheep up the slopes of Ilandagh.", "gal-julfa"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}
