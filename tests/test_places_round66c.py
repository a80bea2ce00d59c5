"""Round 66c: places real articles named that the gazetteer lacked.

The border villages Kirants (Tavush) and Srashen (Syunik), the Altai village Maima and
Sassnitz, the Rügen town of the Mukran ferry port, are curated in ``data/places.yaml``.
Each name is one a cited page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "kirants": ("village", "AM", 41.05028, 45.10139),
    "srashen": ("village", "AM", 39.07944, 46.49889),
    "maima": ("village", "RU", 52.01667, 85.91667),
    "sassnitz": ("town", "DE", 54.51639, 13.64111),
}

#: each name a place is written by, and the place
NAMES = [
    ("Kirants", "kirants"),
    ("Կիրանց", "kirants"),
    ("Киранц", "kirants"),
    ("Srashen", "srashen"),
    ("Սրաշեն", "srashen"),
    ("Срашен", "srashen"),
    ("Maima", "maima"),
    ("Майма", "maima"),
    ("Maïma", "maima"),
    ("Sassnitz", "sassnitz"),
    ("Saßnitz", "sassnitz"),
    ("Засниц", "sassnitz"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES)


def test_jrashen_keeps_its_own_name():
    assert geocode("Jrashen").id == "geonames:616722"


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Farmers from Kirants drove their tractors onto the highway in protest.", "kirants"),
        ("В Киранце снова закрыли дорогу на Грузию.", "kirants"),
        ("A new water pipe reached Srashen before the winter.", "srashen"),
        ("Tourists on the Chuya highway stopped for lunch in Maima.", "maima"),
        ("The broad-gauge wagons left Sassnitz on the ferry to Klaipėda.", "sassnitz"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}
