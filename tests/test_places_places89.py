"""Round 89 (places89): the North Caucasus republics' capitals.

Nalchik (Kabardino-Balkaria), Cherkessk (Karachay-Cherkessia), Maykop (Adygea), Elista
(Kalmykia) and Pyatigorsk (Stavropol Krai) are curated in ``data/places.yaml``. Each name
is one a cited page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "nalchik": ("city", "RU", 43.48333, 43.61667),
    "cherkessk": ("city", "RU", 44.22167, 42.04861),
    "maykop": ("city", "RU", 44.6, 40.083),
    "elista": ("city", "RU", 46.317, 44.267),
    "pyatigorsk": ("city", "RU", 44.05, 43.067),
}

#: each name a place is written by, and the place
NAMES = [
    # English, Russian, German
    ("Nalchik", "nalchik"),
    ("Нальчик", "nalchik"),
    ("Naltschik", "nalchik"),
    ("Cherkessk", "cherkessk"),
    ("Черкесск", "cherkessk"),
    ("Tscherkessk", "cherkessk"),
    ("Maykop", "maykop"),
    ("Майкоп", "maykop"),
    ("Maikop", "maykop"),
    # English (and German), Russian
    ("Elista", "elista"),
    ("Элиста", "elista"),
    # English, Russian, German
    ("Pyatigorsk", "pyatigorsk"),
    ("Пятигорск", "pyatigorsk"),
    ("Pjatigorsk", "pyatigorsk"),
]


@pytest.mark.parametrize(("name", "ident"), NAMES)
def test_each_name_geocodes_to_its_place(name, ident):
    assert_geocodes_to(name, ident, PLACES, km=3.0)


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Makhachkala", "geonames:532096"),
        ("Derbent", "geonames:566532"),
        ("Grozny", "geonames:558418"),
        ("Vladikavkaz", "geonames:473249"),
        ("Kislovodsk", "geonames:548114"),
        ("Nashik", "geonames:1261731"),
        ("Cherkasy", "geonames:710791"),
        ("Magas", "magas"),
    ],
)
def test_the_held_places_keep_their_names(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("The delegation drove from Nalchik towards Mount Elbrus.", "nalchik"),
        ("Делегация прибыла в Нальчик утром.", "nalchik"),
        ("Die Straße nach Naltschik war gesperrt.", "nalchik"),
        ("A new bridge over the Kuban opened in Cherkessk.", "cherkessk"),
        ("Митинг прошёл в Черкесске.", "cherkessk"),
        ("Der Zug nach Tscherkessk fiel aus.", "cherkessk"),
        ("Gas from Maykop feeds the coast.", "maykop"),
        ("Поезд из Майкопа опоздал.", "maykop"),
        ("In Maikop wurde eine Moschee gebaut.", "maykop"),
        ("A chess festival was held in Elista.", "elista"),
        ("Совещание прошло в Элисте.", "elista"),
        ("Die Olympiade fand in Elista statt.", "elista"),
        ("The envoy's office is in Pyatigorsk.", "pyatigorsk"),
        ("Он приехал в Пятигорск лечиться.", "pyatigorsk"),
        ("Das Kurbad von Pjatigorsk ist alt.", "pyatigorsk"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}
