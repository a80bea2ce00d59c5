"""Round 362 (names362): the Armenia-Azerbaijan border towns by their Azerbaijani and Turkish
historical names, checked first: Azerbaijani 'Qarakilsə' for Sisian and Turkish 'Basargeçer'
for Vardenis. 'Basarkeçər', 'Gorus' and, in a list of the Armenian towns, 'İstisu' (Jermuk)
read already; Turkish 'Karakilise' stays Ağrı's. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Qarakilsə", "geonames:174763"),
    ("Basargeçer", "geonames:616108"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round362_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Qarakilsə rayonunda yaşayırdılar.", "Qarakilsə", "geonames:174763"),
    (
        "Basarkeçər, Qarakilsə və Gorus rayonları boşaldıldı.",
        "Qarakilsə",
        "geonames:174763",
    ),
    (
        "Basarkeçər, Qarakilsə və Gorus rayonları boşaldıldı.",
        "Basarkeçər",
        "geonames:616108",
    ),
    ("Basarkeçər, Qarakilsə və Gorus rayonları boşaldıldı.", "Gorus", "geonames:174895"),
    ("Basargeçer ilçesinde seçim yapıldı.", "Basargeçer", "geonames:616108"),
    (
        "Basargeçer, İstisu ve Gorus illerindeki köyler boşaltıldı.",
        "Basargeçer",
        "geonames:616108",
    ),
    (
        "Basargeçer, İstisu ve Gorus illerindeki köyler boşaltıldı.",
        "İstisu",
        "geonames:174884",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round362_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round362_karakilise_stays_agri():
    # Turkish 'Karakilise' is Ağrı's old name: no name of Sisian
    assert geocode("Karakilise").id == "geonames:309647"
    assert not any(
        pid == "geonames:174763" for _, pid in _found("Karakilise, Ağrı ilinin eski adıdır.")
    )


def test_round362_boyuk_qarakilse_stays_vanadzor():
    # 'Böyük Qarakilsə' is Vanadzor's old name, not Sisian's
    found = _found("Böyük Qarakilsə rayonu 1930-cu ildə yaradılıb.")
    assert not any(pid == "geonames:174763" for _, pid in found)
