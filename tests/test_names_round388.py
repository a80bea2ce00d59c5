"""Round 388 (names388): Kalbajar's road villages, Syunik's Vorotan village and Zagatala's
river, checked first. Istisu (geonames:147969) reads already in Azerbaijani, Russian and
English; Toğanalı and the Goris village Vorotan are not added (no page read gives their
points), so the bare Russian 'Воротан' stays the river; the Talachay (talachay: Tala çayı,
Talachai) is a world-layer line from Zaqatala to Aşağı Tala, the bare 'Tala' left to
Getahovit (geonames:616189) as before. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it names today
GEOCODES = [
    ("İstisu", "geonames:147969"),
    ("Istisu", "geonames:147969"),
    ("Истису", "geonames:147969"),
    ("Воротан", "vorotan-river"),
    ("Talachay", "talachay"),
    ("Tala çayı", "talachay"),
    ("Talachai", "talachay"),
    ("Tala", "geonames:616189"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round388_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Kəlbəcərdən İstisuya yol çəkilir.", "İstisu", "geonames:147969"),
    ("Prezident İstisu kəndində oldu.", "İstisu", "geonames:147969"),
    ("Дорога из Кельбаджара в Истису открыта.", "Истису", "geonames:147969"),
    ("The road runs from Kalbajar to Istisu.", "Istisu", "geonames:147969"),
    ("Река Воротан вышла из берегов.", "Воротан", "vorotan-river"),
    ("Vorotan çayı daşdı.", "Vorotan çayı", "vorotan-river"),
    ("Zaqatala rayonunda Tala çayı daşıb.", "Tala çayı", "talachay"),
    ("Tala çayında sel keçib.", "Tala çayı", "talachay"),
    ("Zaqatala lies on the Talachay river.", "Talachay", "talachay"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round388_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round388_kalbajar_on_the_road():
    assert ("Kalbajar", "kalbajar") in _found("The Toghanaly-Kalbajar-Istisu highway opened.")


#: the bare village name and the villages named Tala are not the river
NEGATIVE = [
    ("Yuxarı Tala kəndində toy oldu.", "talachay"),
    ("Getahovit, formerly Tala, is in Tavush.", "talachay"),
]


@pytest.mark.parametrize(("text", "pid"), NEGATIVE)
def test_round388_not_found(text, pid):
    assert all(target != pid for _, target in _found(text))


def test_round388_zaqatala_stays_the_town():
    assert ("Zaqatala", "geonames:584596") in _found("Zaqatala lies on the Talachay river.")
