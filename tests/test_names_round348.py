"""Round 348 (names348): names real articles on the North Caucasus and on Iran's Baluchistan
wrote, checked first: Turkish 'Nalçik' for Nalchik, German 'Sarawan' for Saravan (Iran) and
'Assalouyeh' for Asaluyeh. The rest of the brief had no page writing it or was not done for
time. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Nalçik", "nalchik"),
    ("Sarawan", "geonames:1159713"),
    ("Assalouyeh", "asaluyeh"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round348_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Heyet dün Nalçik'te toplandı.", "Nalçik", "nalchik"),
    ("Bei einem Anschlag in der Stadt Sarawan starb ein Mensch.", "Sarawan", "geonames:1159713"),
    ("Two new plants opened in Assalouyeh this week.", "Assalouyeh", "asaluyeh"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round348_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round348_nalca_is_no_place():
    assert not any(pid == "nalchik" for _, pid in _found("Ayakkabının nalçası düştü."))
