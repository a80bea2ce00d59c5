"""Round 167 (names167): names that held-out round 35 (sets 227-229) found missing, each as a
cited page writes it: the Turkish towns Marmaris, Kuşadası, Fethiye, Kemer (Antalya), Pazarcık
and Nurdağı, Kaiserslautern, and Northern Cyprus (English, Turkish 'KKTC', 'Kuzey Kıbrıs Türk
Cumhuriyeti', 'Kuzey Kıbrıs', Russian 'Северный Кипр'). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Marmaris", "marmaris-tr"),
    ("Kuşadası", "kusadasi-tr"),
    ("Kusadasi", "kusadasi-tr"),
    ("Fethiye", "fethiye-tr"),
    ("Kemer", "kemer-antalya-tr"),
    ("Pazarcık", "pazarcik-tr"),
    ("Nurdağı", "nurdagi-tr"),
    ("Kaiserslautern", "kaiserslautern-de"),
    ("Northern Cyprus", "northern-cyprus"),
    ("Turkish Republic of Northern Cyprus", "northern-cyprus"),
    ("KKTC", "northern-cyprus"),
    ("Kuzey Kıbrıs Türk Cumhuriyeti", "northern-cyprus"),
    ("Kuzey Kıbrıs", "northern-cyprus"),
    ("Северный Кипр", "northern-cyprus"),
    # held already: Gaziantep's older name
    ("Antep", "geonames:314830"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round167_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Turkish, with case endings
    ("Marmaris'te orman yangını çıktı.", "Marmaris", "marmaris-tr"),
    ("Kuşadası'na kruvaziyer gemisi geldi.", "Kuşadası", "kusadasi-tr"),
    ("Fethiye'de tekne turu yapıldı.", "Fethiye", "fethiye-tr"),
    ("Kemer'de oteller doldu.", "Kemer", "kemer-antalya-tr"),
    ("Pazarcık'ta 7,7 büyüklüğünde deprem oldu.", "Pazarcık", "pazarcik-tr"),
    ("Nurdağı'nda konteyner kent kuruldu.", "Nurdağı", "nurdagi-tr"),
    ("Erdoğan KKTC'yi ziyaret etti.", "KKTC", "northern-cyprus"),
    (
        "Kuzey Kıbrıs Türk Cumhuriyeti'nin Cumhurbaşkanı konuştu.",
        "Kuzey Kıbrıs Türk Cumhuriyeti",
        "northern-cyprus",
    ),
    ("Kuzey Kıbrıs'ta seçim yapıldı.", "Kuzey Kıbrıs", "northern-cyprus"),
    ("Antep'te baklava yedik.", "Antep", "geonames:314830"),
    # German, English, Russian
    ("Kaiserslautern liegt in der Pfalz.", "Kaiserslautern", "kaiserslautern-de"),
    ("Northern Cyprus is recognised only by Turkey.", "Northern Cyprus", "northern-cyprus"),
    (
        "The Turkish Republic of Northern Cyprus declared independence in 1983.",
        "Turkish Republic of Northern Cyprus",
        "northern-cyprus",
    ),
    ("Северный Кипр признан только Турцией.", "Северный Кипр", "northern-cyprus"),
    ("В Северном Кипре прошли выборы.", "Северном Кипре", "northern-cyprus"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round167_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Kemerini taktı.", []),
    ("Bel kemeri koptu.", []),
    ("Köprünün kemeri çöktü.", []),
    ("Köyde pazarcıkta sebze aldı.", []),
    ("Cyprus joined the EU.", [("Cyprus", "cy"), ("EU", "european-union")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round167_nothing_common_breaks(text, expected):
    assert _found(text) == expected
