"""Round 239 (names239): the North Caucasus, Crimea, the Kerch Strait and the Sea of Azov
(held-out sets 352 and 354), each name as a cited page writes it: the new records the
Arabat Spit, the Taman Peninsula and the North Caucasian Federal District; Nizhnevartovsk,
Surkhakhi, Saky, Novofedorivka, Novoazovsk and Chonhar as world rows (BORDER_TOWNS); the
Crimean Bridge's Turkish 'Kerç Köprüsü', Chonhar's German and Azerbaijani names and Kherson
Oblast's Azerbaijani 'Xerson vilayəti'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Arabat Spit", "arabat-spit"),
    ("Arabat Arrow", "arabat-spit"),
    ("Arabatskaya Strelka", "arabat-spit"),
    ("Арабатская стрелка", "arabat-spit"),
    ("Арабатская коса", "arabat-spit"),
    ("Taman Peninsula", "taman-peninsula"),
    ("Таманский полуостров", "taman-peninsula"),
    ("Taman-Halbinsel", "taman-peninsula"),
    ("North Caucasian Federal District", "north-caucasian-federal-district"),
    ("North Caucasus Federal District", "north-caucasian-federal-district"),
    ("Северо-Кавказский федеральный округ", "north-caucasian-federal-district"),
    ("Föderationskreis Nordkaukasus", "north-caucasian-federal-district"),
    ("Nizhnevartovsk", "geonames:1497543"),
    ("Нижневартовск", "geonames:1497543"),
    ("Surkhakhi", "geonames:486110"),
    ("Сурхахи", "geonames:486110"),
    ("Saky", "geonames:694910"),
    ("Саки", "geonames:694910"),
    ("Novofedorivka", "geonames:7039154"),
    ("Новофёдоровка", "geonames:7039154"),
    ("Novoazovsk", "geonames:699675"),
    ("Новоазовск", "geonames:699675"),
    ("Chonhar", "geonames:7031339"),
    ("Чонгар", "geonames:7031339"),
    ("Tschonhar", "geonames:7031339"),
    ("Tschongar", "geonames:7031339"),
    ("Çonqar", "geonames:7031339"),
    ("Kerç Köprüsü", "crimean-bridge"),
    ("Xerson vilayəti", "kherson-oblast-ua"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round239_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Holidaymakers drove along the Arabat Spit.", "Arabat Spit", "arabat-spit"),
    ("The Taman Peninsula lies east of the strait.", "Taman Peninsula", "taman-peninsula"),
    (
        "Officials of the North Caucasian Federal District met on Monday.",
        "North Caucasian Federal District",
        "north-caucasian-federal-district",
    ),
    ("The flight landed in Nizhnevartovsk.", "Nizhnevartovsk", "geonames:1497543"),
    ("Smoke rose over Novofedorivka.", "Novofedorivka", "geonames:7039154"),
    ("Shelling was reported near Novoazovsk.", "Novoazovsk", "geonames:699675"),
    ("A checkpoint stands at Chonhar.", "Chonhar", "geonames:7031339"),
    # Russian, with case endings
    ("Туристы приехали на Арабатскую стрелку.", "Арабатскую стрелку", "arabat-spit"),
    ("На Таманском полуострове построили порт.", "Таманском полуострове", "taman-peninsula"),
    (
        "Совещание прошло в Северо-Кавказском федеральном округе.",
        "Северо-Кавказском федеральном округе",
        "north-caucasian-federal-district",
    ),
    ("Рейс прибыл в Нижневартовск.", "Нижневартовск", "geonames:1497543"),
    ("В Сурхахи прошли обыски.", "Сурхахи", "geonames:486110"),
    # German
    (
        "Der Föderationskreis Nordkaukasus hat sieben Subjekte.",
        "Föderationskreis Nordkaukasus",
        "north-caucasian-federal-district",
    ),
    ("Die Straße führt durch Tschonhar.", "Tschonhar", "geonames:7031339"),
    # Turkish, with case endings
    ("Kerç Köprüsü'nde trafik durdu.", "Kerç Köprüsü", "crimean-bridge"),
    # Azerbaijani, with case endings
    ("Çonqar kəndində partlayış eşidildi.", "Çonqar", "geonames:7031339"),
    ("Xerson vilayətində döyüşlər gedir.", "Xerson vilayəti", "kherson-oblast-ua"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round239_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare 'Saki' stays Azerbaijan's Shaki
    ("He was born in Saki, Azerbaijan.", [("Saki", "geonames:585170"), ("Azerbaijan", "az")]),
    # the North Caucasus stays the region
    ("Weather in the North Caucasus is warm.", [("North Caucasus", "north-caucasus")]),
    # dropped GeoNames aliases: the Red Army's helmet and the Mamison Pass
    ("He wore a Budenovka hat.", []),
    ("Sako rifles were sold.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round239_nothing_common_breaks(text, expected):
    assert _found(text) == expected
