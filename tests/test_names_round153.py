"""Round 153 (names153): names that held-out round 24 (sets 194-196) found missing, each as a
cited page writes it: the Development Road's English 'Road of Development' and 'Dry Canal' and
Turkish 'Kuru Kanal'; Al-Faw's English 'Fau', with the size word before the port's town read as
no part of a name ('the Grand Faw port', 'Büyük Fav Limanı'); Port Kavkaz's Turkish 'Kavkaz
Limanı' and German 'Hafen Kawkas'/'Hafen Kavkaz'; the Kurdistan Region's 'اقلیم کوردستان'; the
Arvand Rud's German 'Arvandrud' and Persian 'رودخانه اروند' (the bare 'اروند', a word and a
given name, stays out); the Persian Gulf's German 'Arabischer Golf'. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Fau", "geonames:99446"),
    ("Kavkaz Limanı", "port-kavkaz"),
    ("Hafen Kavkaz", "port-kavkaz"),
    ("Hafen Kawkas", "port-kavkaz"),
    ("اقلیم کوردستان", "kurdistan-region"),
    ("Arvandrud", "arvand-rud"),
    ("رودخانه اروند", "arvand-rud"),
    ("Arabischer Golf", "persian-gulf"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round153_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place (or corridor)
CASES = [
    # English: the Development Road's other names; the town of the Grand Faw port
    (
        "The Road of Development will link Basra to Turkey.",
        "Road of Development",
        "development-road",
    ),
    ("The Dry Canal project links the Gulf to Europe.", "Dry Canal", "development-road"),
    ("Iraq is building the Grand Faw port near Basra.", "Faw", "geonames:99446"),
    ("the Grand Faw port is under construction.", "Faw", "geonames:99446"),
    ("Iraq opened the Grand Fau Port.", "Fau", "geonames:99446"),
    # Turkish: the Dry Canal with a case ending; the Grand Fav port; Port Kavkaz in the locative
    ("Kuru Kanal'ın maliyeti 17 milyar dolar.", "Kuru Kanal", "development-road"),
    ("Irak, Büyük Fav Limanı'nı inşa ediyor.", "Fav", "geonames:99446"),
    ("Kavkaz Limanında gemiler bekliyor.", "Kavkaz Limanı", "port-kavkaz"),
    ("Ukrayna Kavkaz Limanı'na saldırdı.", "Kavkaz Limanı", "port-kavkaz"),
    # German: Port Kavkaz, the Arvand Rud, the gulf (the adjective in lower case, inflected)
    ("Der Hafen Kavkaz liegt an der Straße von Kertsch.", "Hafen Kavkaz", "port-kavkaz"),
    ("Im Hafen Kawkas sank eine Fähre.", "Hafen Kawkas", "port-kavkaz"),
    ("Der Arvandrud bildet die Grenze.", "Arvandrud", "arvand-rud"),
    ("Schiffe am arabischen Golf.", "arabischen Golf", "persian-gulf"),
    ("Tanker im Arabischen Golf.", "Arabischen Golf", "persian-gulf"),
    # Persian: the Kurdistan Region with و; the Arvand with the river word
    ("اربیل مرکز اقلیم کوردستان است.", "اقلیم کوردستان", "kurdistan-region"),
    ("لایروبی رودخانه اروند آغاز شد.", "رودخانه اروند", "arvand-rud"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round153_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    # the bare Persian 'اروند' (swift; a given name; the Arvand Free Zone) is no river
    ("کشتی در اروند غرق شد.", []),
    # round 310: the free zone is a place of its own now, and still no river
    ("منطقه آزاد اروند", [("منطقه آزاد اروند", "arvand-free-zone-ir")]),
    # a lower-case dry canal is no name
    ("They dug a dry canal for the farms.", []),
    # a grand hotel before no port word stays as it was
    ("The Grand Hotel in Baku.", [("Baku", "baku")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round153_nothing_common_breaks(text, expected):
    assert _found(text) == expected
