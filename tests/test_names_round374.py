"""Round 374 (names374): East Azerbaijan's quake towns and Baku's Bibiheybat, checked first:
Russian 'Варазкан' and 'Варзакан' for Varzaqan (the 2012 earthquakes' press), the Baku
settlement Bibiheybat (a new record, `scope: context`) and Russian 'Мингечаур' for Mingachevir.
The rest had no page writing them or were not done for time. The sentences are the project's
own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Варазкан", "varzaqan"),
    ("Варзакан", "varzaqan"),
    ("Bibiheybət", "bibiheybat"),
    ("Bibiheybat", "bibiheybat"),
    ("Bibi-Heybat", "bibiheybat"),
    ("Биби-Эйбат", "bibiheybat"),
    ("Мингечаур", "mingachevir-city-az"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round374_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Новый толчок отмечен в городе Варазкан.", "Варазкан", "varzaqan"),
    ("Толчок сотряс Варзакан и соседние сёла.", "Варзакан", "varzaqan"),
    ("Bibiheybət qəsəbəsində yeni park açılıb.", "Bibiheybət", "bibiheybat"),
    ("Автобус ходит в посёлок Биби-Эйбат каждый час.", "Биби-Эйбат", "bibiheybat"),
    ("Ракета упала в Мингечауре ночью.", "Мингечаур", "mingachevir-city-az"),
    ("Обстрел Мингечаура продолжился утром.", "Мингечаур", "mingachevir-city-az"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round374_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round374_bare_bibi_is_no_place():
    assert not any(pid == "bibiheybat" for _, pid in _found("Bibi bu gün evə gəlib."))
    assert not any(pid == "bibiheybat" for _, pid in _found("Bibi Fatima wrote a letter."))
