"""Round 366 (names366): Shiraz's Quran Gate (quran-gate: 'Quran Gate', 'دروازه قرآن',
'Ворота Корана', 'Koran-Tor'), Turkish 'Türkmensahra' (turkmen-sahra) and German
'Karkeh-Staudamm' (karkheh-dam), checked first. The Russian 'Карха' / 'Карху', 'Dervaze-e Koran'
had no page read writing them; the Khuzestan and Sistan places of item 2 were not done for
time. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Quran Gate", "quran-gate"),
    ("دروازه قرآن", "quran-gate"),
    ("Ворота Корана", "quran-gate"),
    ("Koran-Tor", "quran-gate"),
    ("Türkmensahra", "turkmen-sahra"),
    ("Karkeh-Staudamm", "karkheh-dam"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round366_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("The Quran Gate of Shiraz was lit up.", "Quran Gate", "quran-gate"),
    ("در کنار دروازه قرآن شیراز جمع شدند.", "دروازه قرآن", "quran-gate"),
    ("Туристы прошли через Ворота Корана в Ширазе.", "Ворота Корана", "quran-gate"),
    ("Die Reisenden sahen das Koran-Tor in Schiras.", "Koran-Tor", "quran-gate"),
    ("Sel Türkmensahra'da evleri yıktı.", "Türkmensahra", "turkmen-sahra"),
    ("Türkmensahra'daki köyler sular altında.", "Türkmensahra", "turkmen-sahra"),
    ("Der Karkeh-Staudamm ist voll.", "Karkeh-Staudamm", "karkheh-dam"),
    (
        "Die Schleusen des Karkeh-Staudamms wurden geöffnet.",
        "Karkeh-Staudamm",
        "karkheh-dam",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round366_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Er las jeden Abend im Koran.",
        "او هر شب قرآن می‌خواند.",
        "Он читал главы Корана.",
        "He read the Koran at night.",
    ],
)
def test_round366_the_book_is_no_gate(text):
    assert not any(pid == "quran-gate" for _, pid in _found(text))


def test_round366_bare_karkeh_stays_the_river():
    assert ("Karkeh", "karkheh-river") in _found("Der Fluss Karkeh führt Hochwasser.")
    assert not any(pid == "karkheh-dam" for _, pid in _found("Der Fluss Karkeh führt Hochwasser."))
