"""Round 246 (names246): the Balkans, names that held-out set 361 found missing, each as a
cited page or GeoNames writes it: Durrës, Shkodër, Vlorë, Elbasan, Lezhë, Shijak, Thumanë,
Banja Luka, Mostar, Zenica, Prizren, Pejë, Mitrovicë, Zvečan, Zubin Potok, Tetovo, Bitola,
Ohrid and Nikšić as world rows; Russian 'Боснии и Герцеговины', 'Боснии и Герцеговине' and
'Македония'; the Balkans as a macro-region of the world layer. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Durrës", "geonames:3185728"),
    ("Durres", "geonames:3185728"),
    ("Durazzo", "geonames:3185728"),
    ("Дуррес", "geonames:3185728"),
    ("Shkodër", "geonames:3184081"),
    ("Shkodra", "geonames:3184081"),
    ("Vlorë", "geonames:3183719"),
    ("Vlora", "geonames:3183719"),
    ("Elbasan", "geonames:783263"),
    ("Lezhë", "geonames:3184935"),
    ("Lezhe", "geonames:3184935"),
    ("Shijak", "geonames:3184099"),
    ("Thumane", "geonames:3183881"),
    ("Banja Luka", "geonames:3204541"),
    ("Mostar", "geonames:3194828"),
    ("Мостар", "geonames:3194828"),
    ("Zenica", "geonames:3186573"),
    ("Prizren", "geonames:786712"),
    ("Peja", "geonames:787157"),
    ("Mitrovica", "geonames:789225"),
    ("Mitrovicë", "geonames:789225"),
    ("Митровица", "geonames:789225"),
    ("Zvečan", "geonames:783770"),
    ("Zubin Potok", "geonames:783802"),
    ("Tetovo", "geonames:785082"),
    ("Bitola", "geonames:792578"),
    ("Ohrid", "geonames:787487"),
    ("Nikšić", "geonames:3194494"),
    ("Боснии и Герцеговины", "ba"),
    ("Македония", "mk"),
    ("Balkans", "balkans"),
    ("Balkanhalbinsel", "balkans"),
    ("Балканы", "balkans"),
    ("Balkanlar", "balkans"),
    ("بالکان", "balkans"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round246_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Ferries left Durrës at dawn.", "Durrës", "geonames:3185728"),
    ("Police patrolled the bridge in Mitrovica.", "Mitrovica", "geonames:789225"),
    ("Talks on the Balkans resumed.", "Balkans", "balkans"),
    ("The mayor of Zubin Potok resigned.", "Zubin Potok", "geonames:783802"),
    # German
    ("Die Brücke von Mostar ist alt.", "Mostar", "geonames:3194828"),
    ("Die Balkanhalbinsel ist gebirgig.", "Balkanhalbinsel", "balkans"),
    # Russian, with case endings
    ("Делегация Боснии и Герцеговины прибыла.", "Боснии и Герцеговины", "ba"),
    ("Паром пришёл в Дуррес.", "Дуррес", "geonames:3185728"),
    ("Обстановка на Балканах ухудшилась.", "Балкан", "balkans"),
    # Turkish, with case endings
    ("Balkanlar'da seçimler yapıldı.", "Balkanlar", "balkans"),
    ("Prizren'de festival başladı.", "Prizren", "geonames:786712"),
    # Persian
    ("سفر به بالکان لغو شد.", "بالکان", "balkans"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round246_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Turkish deresi ("its stream"), leş (carcass); Russian леска (fishing line), туман (fog)
    ("Ayamama deresi taştı.", []),
    ("Yolda bir leş vardı.", []),
    ("Леска порвалась.", []),
    ("Утром был туман.", []),
    # Turkish manastır (monastery); the French lac (lake), which Laç folds to, is no row
    ("Eski manastır restore edildi.", []),
    ("Le lac est froid.", []),
    # Turkmenistan's Balkan Region keeps its own name
    (
        "Türkmenistanın Balkan vilayətində",
        [("Türkmenistan", "tm"), ("Balkan vilayəti", "balkan-region-tm")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round246_nothing_common_breaks(text, expected):
    assert _found(text) == expected
