"""Round 340 (names340): names of the Upper Lars crossing that real articles of round 132
wrote, checked first: Turkish 'Kazbegi Sınır Kapısı' for the crossing (the bare 'Kazbegi'
stays the town), German 'Stepanzminda' for Stepantsminda, and the Darial gorge as a region by
its point (Russian 'Дарьяльское ущелье', Turkish 'Dariali Vadisi'). The rest had no page
writing them or were judged out. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Kazbegi Sınır Kapısı", "upper-lars"),
    ("Stepanzminda", "geonames:614087"),
    ("Дарьяльское ущелье", "darial-gorge"),
    ("Dariali Vadisi", "darial-gorge"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round340_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Tırlar Kazbegi Sınır Kapısı'nda bekliyor.", "Kazbegi Sınır Kapısı", "upper-lars"),
    ("Die Lastwagen stehen bei Stepanzminda.", "Stepanzminda", "geonames:614087"),
    ("Оползень сошёл в Дарьяльском ущелье.", "Дарьяльском ущелье", "darial-gorge"),
    ("Yol Dariali Vadisi'nden geçiyor.", "Dariali Vadisi", "darial-gorge"),
    ("Am Grenzübergang Werchni Lars stauen sich Lastwagen.", "Werchni Lars", "upper-lars"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round340_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round340_kazbegi_alone_stays_the_town():
    assert ("Kazbegi", "geonames:614087") in _found("Tırlar Kazbegi'de bekliyor.")
    assert not any(pid == "upper-lars" for _, pid in _found("Kazbegi'de kar yağıyor."))


def test_round340_bare_dariali_names_no_gorge():
    assert not any(pid == "darial-gorge" for _, pid in _found("Tırlar Dariali'de bekliyor."))
