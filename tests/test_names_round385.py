"""Round 385 (names385): Turkish 'Serpol Zehap' for Sarpol-e Zahab (geonames:120931) and
'Selas Babacani' for Salas-e Babajani County, as Hürriyet wrote them after the 2017
earthquake, and the Kurmukchay of Qakh (kurmukchay, a world-layer river: Kürmükçay, Kürmük
çayı, Kurmuxçay, Курмухчай). Kasr-ı Şirin and Kasr-i Şirin read already; the Armenian and
Persian names had no page writing them; the bare Russian 'Илич' (the surname Ilić) is left
out. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Serpol Zehap", "geonames:120931"),
    ("Selas Babacani", "salas-e-babajani-county"),
    ("Kürmükçay", "kurmukchay"),
    ("Kürmük çayı", "kurmukchay"),
    ("Kurmuxçay", "kurmukchay"),
    ("Курмухчай", "kurmukchay"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round385_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Serpol Zehap'ta 236 kişi öldü.", "Serpol Zehap", "geonames:120931"),
    (
        "Kirmanşah iline bağlı Serpol Zehap ilçesinde hasar var.",
        "Serpol Zehap",
        "geonames:120931",
    ),
    ("Selas Babacani'de 15 kişi öldü.", "Selas Babacani", "salas-e-babajani-county"),
    (
        "Selas Babacani ilçesinde hasar var.",
        "Selas Babacani ilçesi",
        "salas-e-babajani-county",
    ),
    ("Kasr-ı Şirin'de sınır kapısı açıldı.", "Kasr-ı Şirin", "qasr-e-shirin"),
    ("Kasr-i Şirin kasabasına gittik.", "Kasr-i Şirin", "qasr-e-shirin"),
    ("Kürmükçay daşdı.", "Kürmükçay", "kurmukchay"),
    ("Река Курмухчай вышла из берегов.", "Курмухчай", "kurmukchay"),
    ("Qax şəhəri Kurmuxçayın sahilindədir.", "Kurmuxçay", "kurmukchay"),
    ("İlisu kəndi Kürmük çayının sahilindədir.", "Kürmük çayı", "kurmukchay"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round385_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: the bare village name is not the river; the surname Илич reads no place
NEGATIVE = [
    ("Kürmük kəndində toy oldu.", "kurmukchay"),
    ("Сербский защитник Илич забил гол.", "geonames:311547"),
]


@pytest.mark.parametrize(("text", "pid"), NEGATIVE)
def test_round385_not_found(text, pid):
    assert all(target != pid for _, target in _found(text))


def test_round385_qax_stays_the_town():
    assert ("Qax", "geonames:585227") in _found("Qax şəhəri Kurmuxçayın sahilindədir.")
