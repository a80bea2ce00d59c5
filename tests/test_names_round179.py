"""Round 179 (names179): other names that held-out round 41 found missing, each as a cited
page writes it: Russian 'Чаман' (Chaman), German 'Tschechische Republik' (the Czech Republic,
declined 'Tschechischen Republik'), Eastern Armenian 'Քեսաբ' (Kessab), Turkish
'Hindistan-Orta Doğu-Avrupa Ekonomik Koridoru' (IMEC) and Azerbaijani '“Lapis Lazuli”
marşrutu' (the Lapis Lazuli corridor). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Чаман", "chaman-pakistan"),
    ("Tschechische Republik", "cz"),
    ("Քեսաբ", "kessab"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round179_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian
    ("Талибы обстреляли Чаман вечером.", "Чаман", "chaman-pakistan"),
    # German, with the declined form
    ("Die Tschechische Republik ist ein Binnenstaat.", "Tschechische Republik", "cz"),
    ("Das Gas der Tschechischen Republik fließt.", "Tschechischen Republik", "cz"),
    # Eastern Armenian, with case endings
    ("Քեսաբը գեղեցիկ է։", "Քեսաբ", "kessab"),
    ("Մարդիկ Քեսաբից հեռացան։", "Քեսաբ", "kessab"),
    # Turkish, with a case ending
    (
        "Hindistan-Orta Doğu-Avrupa Ekonomik Koridoru'nun kurulması konuşuldu.",
        "Hindistan-Orta Doğu-Avrupa Ekonomik Koridoru",
        "imec",
    ),
    # Azerbaijani, quoted name before the route word, with a case ending
    (
        "Nazir “Lapis Lazuli” marşrutunun canlandırılmasını müzakirə edib.",
        "“Lapis Lazuli” marşrutu",
        "lapis-lazuli-corridor",
    ),
    ('"Lapis Lazuli" marşrutu açıldı.', '"Lapis Lazuli" marşrutu', "lapis-lazuli-corridor"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round179_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Lapis lazuli daşı göydür.", []),
    ("The Czech Republic joined.", [("Czech Republic", "cz")]),
    ("Քեսապը գեղեցիկ է։", [("Քեսապ", "kessab")]),
    ("Ceble'de çatışma çıktı.", [("Ceble", "geonames:169304")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round179_nothing_common_breaks(text, expected):
    assert _found(text) == expected
