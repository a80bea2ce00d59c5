"""Round 88 (places88): Dagestan, Chechnya, Ingushetia and North Ossetia.

The towns Khasavyurt, Kizlyar, Buynaksk and Semender (Dagestan), Magas and Nazran
(Ingushetia) and Beslan (North Ossetia) are curated in ``data/places.yaml``. Each name is
one a cited page writes. The sentences are the project's own.
"""

import pytest
from places import assert_geocodes_to

from geo.geocode import geocode
from geo.geoparse import geoparse

#: id, kind, country and the cited point of each place added
PLACES = {
    "khasavyurt": ("city", "RU", 43.25, 46.583),
    "kizlyar": ("town", "RU", 43.85028, 46.71694),
    "buynaksk": ("town", "RU", 42.817, 47.117),
    "semender": ("town", "RU", 42.9875, 47.40417),
    "magas": ("town", "RU", 43.16667, 44.81667),
    "nazran": ("city", "RU", 43.217, 44.767),
    "beslan": ("town", "RU", 43.2, 44.56667),
}

#: each name a place is written by, and the place
NAMES = [
    # English, Russian, German, Azerbaijani
    ("Khasavyurt", "khasavyurt"),
    ("Хасавюрт", "khasavyurt"),
    ("Chassawjurt", "khasavyurt"),
    ("Xasavyurt", "khasavyurt"),
    # English, Russian
    ("Kizlyar", "kizlyar"),
    ("Кизляр", "kizlyar"),
    # English, Russian, German
    ("Buynaksk", "buynaksk"),
    ("Буйнакск", "buynaksk"),
    ("Buinaksk", "buynaksk"),
    # English (and German), Russian
    ("Semender", "semender"),
    ("Семендер", "semender"),
    ("Magas", "magas"),
    ("Магас", "magas"),
    # English, Russian, German
    ("Nazran", "nazran"),
    ("Назрань", "nazran"),
    ("Nasran", "nazran"),
    # English (and German), Russian
    ("Beslan", "beslan"),
    ("Беслан", "beslan"),
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
        ("Kaspiysk", "geonames:551847"),
        ("Izberbash", "geonames:554894"),
        ("Magaramkent", "geonames:532307"),
        ("Nabran", "nabran"),
        ("Kizlyar Bay", "kizlyar-bay"),
    ],
)
def test_the_held_places_keep_their_names(name, ident):
    assert geocode(name).id == ident


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Trucks from Khasavyurt reached the Chechen border by noon.", "khasavyurt"),
        ("Грузовики из Хасавюрта шли к границе.", "khasavyurt"),
        ("Die Straße nach Chassawjurt wurde repariert.", "khasavyurt"),
        ("Xasavyurt şəhərində yeni bazar açıldı.", "khasavyurt"),
        ("The brandy of Kizlyar is sold across Russia.", "kizlyar"),
        ("Поезд прибыл в Кизляр вечером.", "kizlyar"),
        ("A new hospital opened in Buynaksk on Monday.", "buynaksk"),
        ("Der Bahnhof von Buinaksk ist alt.", "buynaksk"),
        ("Police searched houses in Semender, a suburb of Makhachkala.", "semender"),
        ("В посёлке Семендер провели рейд.", "semender"),
        ("The parliament of Ingushetia sits in Magas.", "magas"),
        ("Совещание прошло в Магасе.", "magas"),
        ("Protesters gathered in Nazran on Tuesday.", "nazran"),
        ("Митинг прошёл в Назрани.", "nazran"),
        ("Nasran ist die größte Stadt Inguschetiens.", "nazran"),
        ("Flights to Beslan were cancelled.", "beslan"),
        ("В Беслане почтили память погибших.", "beslan"),
    ],
)
def test_a_sentence_names_the_place(text, ident):
    assert ident in {m.place.id for m in geoparse(text) if m.place is not None}


@pytest.mark.parametrize(
    "text",
    ["Beslan Mudranov won the judo final.", "Беслан Мудранов выиграл финал."],
)
def test_the_man_s_name_is_no_place(text):
    assert "beslan" not in {m.place.id for m in geoparse(text) if m.place is not None}
