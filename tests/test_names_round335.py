"""Round 335 (names335): names of the Turkey-Armenia border's reopening that real articles of
round 130 wrote, checked first: Russian 'Иреван' for Yerevan (the Azerbaijani press's
spelling) and Azerbaijani 'Rusiya İmperiyası' / 'Rusiya imperiyası' for the Russian Empire.
The German 'Alidschan' and 'Margara' read already; the rest had no page writing them or were
judged out. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Иреван", "geonames:616052"),
    ("Rusiya İmperiyası", "russian-empire"),
    ("Rusiya imperiyası", "russian-empire"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round335_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Делегация прибыла в Иреван утром.", "Иреван", "geonames:616052"),
    ("Переговоры прошли в Иреване вчера.", "Иреван", "geonames:616052"),
    ("İrəvanda görüş keçirildi.", "İrəvan", "geonames:616052"),
    (
        "Qars 1878-ci ildə Rusiya imperiyasına keçdi.",
        "Rusiya imperiyası",
        "russian-empire",
    ),
    (
        "Bu torpaqlar Rusiya İmperiyasının tərkibində idi.",
        "Rusiya İmperiyası",
        "russian-empire",
    ),
    (
        "Die Arbeiten am Grenzübergang Margara–Alidschan sind fast fertig.",
        "Margara",
        "geonames:613075",
    ),
    (
        "Die Arbeiten am Grenzübergang Margara–Alidschan sind fast fertig.",
        "Alidschan",
        "alican",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round335_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round335_rusiya_alone_stays_the_country():
    assert ("Rusiya", "ru") in _found("Rusiya bu gün Ermənistanla danışır.")
    assert not any(pid == "russian-empire" for _, pid in _found("Rusiya bu gün danışır."))
