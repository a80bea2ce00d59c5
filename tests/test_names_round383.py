"""Round 383 (names383): Persian 'آبخازیه' (and 'ابخازیه', the same after the project's
folding) for Abkhazia and English 'Serkhetabad' for Turkmenistan's Serhetabat. The rest of the
round's list had no page writing it, no cited point, or was judged out (data/README.md, round
383). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("آبخازیه", "abkhazia-ge"),
    ("Serkhetabad", "geonames:1219377"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round383_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("روسیه استقلال آبخازیه را به رسمیت شناخت.", "آبخازیه", "abkhazia-ge"),
    ("روسیه استقلال ابخازیه را به رسمیت شناخت.", "ابخازیه", "abkhazia-ge"),
    ("Trucks crossed from Serkhetabad to Torghundi.", "Serkhetabad", "geonames:1219377"),
    ("The Serkhetabad–Torghundi railway was repaired.", "Torghundi", "torghundi"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round383_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round383_mount_taftan_stays_unread():
    # Taftan was judged and not added: the bare Persian name is also the mountain
    assert _found("کوه تفتان آتشفشان است.") == []
