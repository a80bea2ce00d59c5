"""Round 252 (names252): names that held-out sets 372-374 (Armenia's Tavush and the border
delimitation; Afghanistan's west and Iran; Abkhazia and South Ossetia) found missing, each as a
cited page or GeoNames writes it: Akhalgori, Java (as Dzhava: the bare English 'Java' is the
island's), Sachkhere, Kareli and Tkvarcheli as world rows; the new records Ergneti and Variani;
Russian 'Ахалгори', 'Ленингор', 'Ткварчели', 'Дзау'; English 'Baganys Ayrim' and 'Gizil
Hajili'; 'Municipality' a kind word, so that 'the Mtskheta Municipality' reads Mtskheta. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Akhalgori", "geonames:615914"),
    ("Ахалгори", "geonames:615914"),
    ("Ахалгор", "geonames:615914"),
    ("Ленингор", "geonames:615914"),
    ("Leningori", "geonames:615914"),
    ("Dzhava", "geonames:614217"),
    ("Джава", "geonames:614217"),
    ("Дзау", "geonames:614217"),
    ("Dzau", "geonames:614217"),
    ("Sachkhere", "geonames:612256"),
    ("Сачхере", "geonames:612256"),
    ("Kareli", "geonames:7669163"),
    ("Tkvarcheli", "geonames:611583"),
    ("Ткварчели", "geonames:611583"),
    ("Ткуарчал", "geonames:611583"),
    ("Ergneti", "ergneti"),
    ("Эргнети", "ergneti"),
    ("Variani", "variani"),
    ("Baganys Ayrim", "baghanis-ayrim"),
    ("Gizil Hajili", "gizilhajili-gazakh"),
    # Russian 'Карели' stays Karelia's
    ("Карели", "republic-of-karelia-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round252_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The convoy stopped outside Akhalgori.", "Akhalgori", "geonames:615914"),
    ("Monitors met again in Ergneti this week.", "Ergneti", "ergneti"),
    ("Farmers near Variani lost their orchards.", "Variani", "variani"),
    ("The road runs from Sachkhere to Kareli.", "Sachkhere", "geonames:612256"),
    ("The road runs from Sachkhere to Kareli.", "Kareli", "geonames:7669163"),
    ("The coal mines of Tkvarcheli closed.", "Tkvarcheli", "geonames:611583"),
    ("Guards raised the flag over Gizil Hajili.", "Gizil Hajili", "gizilhajili-gazakh"),
    ("Baganys Ayrim was handed back.", "Baganys Ayrim", "baghanis-ayrim"),
    ("The school in the Mtskheta Municipality reopened.", "Mtskheta", "geonames:612890"),
    # Russian, with case endings
    ("Колонна вошла в Ахалгори утром.", "Ахалгори", "geonames:615914"),
    ("Жители Ленингора ждут открытия дороги.", "Ленингор", "geonames:615914"),
    ("Новую школу построили в Джаве.", "Джав", "geonames:614217"),
    ("В Дзау прошёл митинг.", "Дзау", "geonames:614217"),
    ("Шахтёры Ткварчели требуют зарплату.", "Ткварчели", "geonames:611583"),
    ("Переговоры прошли в Эргнети.", "Эргнети", "ergneti"),
    # Turkish, with case endings
    ("Sachkhere'de yeni bir fabrika açıldı.", "Sachkhere", "geonames:612256"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round252_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare English 'Java' is no longer the South Ossetian village's (the island, a language)
    ("He writes Java code every day.", []),
    # Karelia keeps its Russian name
    ("Лес в Карелии горел.", [("Карели", "republic-of-karelia-ru")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round252_nothing_common_breaks(text, expected):
    assert _found(text) == expected
