"""Round 334 (names334): names of the North-South corridor's southern end that held-out round
129 wrote (Chabahar, Bandar Abbas, the corridor), checked first: German 'Sistan und
Belutschestan' for Sistan and Baluchestan province. The rest had no page writing them or were
judged out ('Hasch', the German word for hashish, stays no place). The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Sistan und Belutschestan", "sistan-and-baluchestan-province"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round334_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "In Sistan und Belutschestan regnet es selten.",
        "Sistan und Belutschestan",
        "sistan-and-baluchestan-province",
    ),
    (
        "Die Bahn von Tschabahar führt durch Sistan und Belutschestan nach Zahedan.",
        "Sistan und Belutschestan",
        "sistan-and-baluchestan-province",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round334_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round334_sistan_alone_stays_the_region():
    assert ("Sistan", "sistan-region") in _found("Der Sand von Sistan weht über die Felder.")


def test_round334_hasch_is_no_place():
    assert _found("Die Polizei fand Hasch im Auto.") == []
    assert not any(pid == "geonames:1160571" for _, pid in _found("Er rauchte Hasch."))
