"""Round 185 (names185): the Gulf oil ports (held-out round 44), each name as a cited page
writes it: Kharg Island's Turkish 'Hark Adası' and German 'Insel Kharg', Jask's Russian 'Джаск',
German 'Dschask' and Turkish 'Cask Limanı', the Gulf of Oman's 'Oman Sea', 'Oman-Meer' and
'Omanisches Meer', and the new records Goreh ('Goureh', 'Гуре', 'گوره') and Makran ('مکران').
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Hark Adası", "kharg-island"),
    ("Insel Kharg", "kharg-island"),
    ("Джаск", "geonames:130276"),
    ("Dschask", "geonames:130276"),
    ("Cask Limanı", "geonames:130276"),
    ("Oman Sea", "gulf-of-oman"),
    ("Oman-Meer", "gulf-of-oman"),
    ("Omanisches Meer", "gulf-of-oman"),
    ("Goreh", "goreh"),
    ("Goureh", "goreh"),
    ("Гуре", "goreh"),
    ("گوره", "goreh"),
    ("Makran", "makran"),
    ("مکران", "makran"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round185_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Tankers sailed in the Oman Sea.", "Oman Sea", "gulf-of-oman"),
    ("The Goureh-Jask pipeline opened.", "Goureh", "goreh"),
    ("The Goureh-Jask pipeline opened.", "Jask", "geonames:130276"),
    ("Crude left Goreh for the coast.", "Goreh", "goreh"),
    ("The Makran coast is dry.", "Makran", "makran"),
    # German, with case endings
    ("Die Tanker lagen vor der Insel Kharg.", "Kharg", "kharg-island"),
    ("Die Pipeline führt von Goreh nach Dschask.", "Dschask", "geonames:130276"),
    ("Die Sicherheit des Oman-Meeres.", "Oman-Meer", "gulf-of-oman"),
    ("Die Küste am Omanischen Meer.", "Omanischen Meer", "gulf-of-oman"),
    # Russian, with case endings
    ("Танкеры пришли в Джаск.", "Джаск", "geonames:130276"),
    ("Нефть отправлена из Гуре.", "Гуре", "goreh"),
    # Turkish, with case endings
    ("Tankerler Hark Adası'na yanaştı.", "Hark Adası", "kharg-island"),
    ("Cask Limanı'na tanker geldi.", "Cask Limanı", "geonames:130276"),
    # Persian
    ("خط لوله گوره به جاسک رسید.", "گوره", "goreh"),
    ("سواحل مکران زیباست.", "مکران", "makran"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round185_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Cask ale was served.", []),
    ("Al Gore spoke.", []),
    ("A gore of blood.", []),
    ("He visited Oman.", [("Oman", "om")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round185_nothing_common_breaks(text, expected):
    assert _found(text) == expected
