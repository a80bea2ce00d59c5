"""Round 306 (names306): names held-out round 115 (sets 507-509) found missing, cited by a page
that writes them or, where no other page read did, by the held-out article: Koy Sanjaq's names
(geonames:94220), Kobani's Russian name, Kara-Bogaz-Gol's Russian Turkmen name, Krasnovodsk in
Persian, the glued Alibayramli, the Mingachevir plant in Armenian, and the town Garabogaz, a new
record of data/places.yaml. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Koy Sanjaq", "geonames:94220"),
    ("Köysancak", "geonames:94220"),
    ("کوی سنجق", "geonames:94220"),
    ("کویه", "geonames:94220"),
    ("Кёй-Санджак", "geonames:94220"),
    ("Кобани", "kobani"),
    ("Гарабогазгол", "kara-bogaz-gol"),
    ("کراسنوودسک", "geonames:601594"),
    ("Alibayramli", "geonames:148565"),
    ("Մինգեչաուրի ՀԷԿ", "mingachevir-reservoir"),
    ("Garabogaz", "garabogaz-tm"),
    ("Гарабогаз", "garabogaz-tm"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round306_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("The town of Koy Sanjaq lies east of Erbil.", "Koy Sanjaq", "geonames:94220"),
    ("Roket Köysancak'ta patladı.", "Köysancak", "geonames:94220"),
    ("این حمله در شهر کویه رخ داد.", "کویه", "geonames:94220"),
    ("بیمارستان کوی سنجق پر شد.", "کوی سنجق", "geonames:94220"),
    ("Удар пришёлся по Кёй-Санджаку.", "Кёй-Санджаку", "geonames:94220"),
    ("Бои шли в Кобани.", "Кобани", "kobani"),
    ("Мост через залив Гарабогазгол построят.", "Гарабогазгол", "kara-bogaz-gol"),
    ("بندر کراسنوودسک بزرگ است.", "کراسنوودسک", "geonames:601594"),
    ("The river gauge at Alibayramli rose again.", "Alibayramli", "geonames:148565"),
    ("Polymers from Garabogaz ship from the port.", "Garabogaz", "garabogaz-tm"),
    ("Дорога до Гарабогаза длинная.", "Гарабогаз", "garabogaz-tm"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round306_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round306_armenian_plant():
    assert "mingachevir-reservoir" in [t for _, t in _found("Վթարը Մինգեչաուրի ՀԷԿ-ում էր։")]


@pytest.mark.parametrize("text", ["Kişi köye döndü.", "Köye gittik."])
def test_round306_turkish_village_word(text):
    assert _found(text) == []
