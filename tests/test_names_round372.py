"""Round 372 (names372): Iraq's governorates by their Turkish names and Iran's two-part
provinces in Azerbaijani and German, checked first: Turkish 'Zikar' and Russian 'Ди Кар' for
Dhi Qar were added; the rest had no page found writing them in the round's time. The sentences
are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Zikar", "dhi-qar-governorate-iq"),
    ("Ди Кар", "dhi-qar-governorate-iq"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round372_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Zikar'da gösteri düzenlendi.", "Zikar", "dhi-qar-governorate-iq"),
    ("Zikar valisi istifa etti.", "Zikar", "dhi-qar-governorate-iq"),
    ("В провинции Ди Кар прошли протесты.", "Ди Кар", "dhi-qar-governorate-iq"),
    (
        "Xuzistan və Çaharmahal və Bəxtiyari əyalətlərində yağış.",
        "Çaharmahal və Bəxtiyari",
        "chaharmahal-and-bakhtiari-province",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round372_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round372_zikir_is_no_place():
    # Turkish 'zikir' (the remembrance of God) is another word and reads nothing
    assert not any(
        pid == "dhi-qar-governorate-iq" for _, pid in _found("Allah'ı zikir ederek dua etti.")
    )


def test_round372_musenna_stays_unread():
    # 'Müsenna' (the Arabic dual in Turkish grammar, and a given name) is no alias
    assert _found("Müsenna konusunu derste işledik.") == []
