"""Round 56: places real articles named that the gazetteer lacked.

Serhetabat, the Turkmen railway town facing Afghanistan, joins the world table from
GeoNames ``cities500`` (``scripts/crossing_towns.py``); Aqina and Imamnazar (the other
Turkmen-Afghan railway crossing), Hurand (the seat of Hurand County in East Azerbaijan)
and Köseköy (Kocaeli's railway junction) are curated in ``data/places.yaml``, each name
as a cited page writes it. The sentences are the project's own.
"""

import csv

import pytest
from places import assert_geocodes_to

from geo.geoparse import geoparse
from geo.settings import settings

#: id, kind, country and the cited point of each place added
PLACES = {
    "geonames:1219377": ("town", "TM", 35.27992, 62.34383),
    "aqina": ("town", "AF", 37.22861, 65.26306),
    "imamnazar": ("village", "TM", 37.24889, 65.26306),
    "hurand": ("town", "IR", 38.867, 47.367),
    "kosekoy": ("town", "TR", 40.74012, 30.00556),
}

#: each name a place is written by, and the place
NAMES = [
    ("Serhetabat", "geonames:1219377"),
    ("Kushka", "geonames:1219377"),
    ("Gushgy", "geonames:1219377"),
    ("Серхетабат", "geonames:1219377"),
    ("Aqina", "aqina"),
    ("اقينه", "aqina"),
    ("آقینه", "aqina"),
    ("Акина", "aqina"),
    ("Imamnazar", "imamnazar"),
    ("Ymamnazar", "imamnazar"),
    ("Ymam Nazar", "imamnazar"),
    ("Hurand", "hurand"),
    ("هوراند", "hurand"),
    ("هورات", "hurand"),
    ("Köseköy", "kosekoy"),
    ("Kosekoy", "kosekoy"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES)


def test_serhetabat_is_a_row_of_the_world_table():
    path = settings.data_dir / "geonames_world.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = {r["geonameid"]: r for r in csv.DictReader(f, delimiter="\t")}
    row = rows["1219377"]
    assert (row["name"], row["country"]) == ("Serhetabat", "TM")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Fuel wagons from Turkmenistan crossed at Serhetabat on their way to Herat.",
            ("Serhetabat", "geonames:1219377"),
        ),
        (
            "The line from Kerki ends at Aqina, a few kilometres past the border.",
            ("Aqina", "aqina"),
        ),
        (
            "Customs officers at Imamnazar cleared forty tank cars on Tuesday.",
            ("Imamnazar", "imamnazar"),
        ),
        (
            "Road works near Hurand will close the route to the Araz for a week.",
            ("Hurand", "hurand"),
        ),
        (
            "Container trains for Ankara are made up at Köseköy east of İzmit.",
            ("Köseköy", "kosekoy"),
        ),
    ],
)
def test_the_places_are_found_in_running_text(text, pair):
    assert pair in [(m.text, m.target) for m in geoparse(text)]
