"""Round 203 (names203): Iran's Kermanshah border with Iraq and the Armenia-Turkey border
(held-out evaluation), each name as a cited page writes it: Sumar's Russian 'Сомар',
Mandali's Russian 'Мандали', and the Akhurian's Turkish 'Arpaçay nehri' and 'Arpaçay Irmağı'
(before, the river word read the Arpa). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Сомар", "sumar-kermanshah"),
    ("Мандали", "mandali"),
    ("Arpaçay nehri", "akhuryan-river"),
    ("Arpaçay Irmağı", "akhuryan-river"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round203_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian, with case endings
    ("Жители Сомара вернулись домой.", "Сомар", "sumar-kermanshah"),
    ("В Сомаре открылся рынок.", "Сомар", "sumar-kermanshah"),
    ("Колонна грузовиков вышла из Мандали.", "Мандали", "mandali"),
    ("Переход Сомар-Мандали снова работает.", "Мандали", "mandali"),
    # Turkish, with case endings: the Akhurian by Ani
    ("Ani, Arpaçay nehrinin batı kıyısındadır.", "Arpaçay nehri", "akhuryan-river"),
    ("Arpaçay Nehri sınırı çiziyor.", "Arpaçay Nehri", "akhuryan-river"),
    ("Arpaçay Irmağı'nın vadisi çok derin.", "Arpaçay Irmağı", "akhuryan-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round203_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Azerbaijani 'tərk' (leaving) stays a word: Tark of East Azerbaijan is not added
    ("O, ölkəni tərk etdi.", []),
    # the bare Persian 'خسروی' is a surname
    ("آقای خسروی به تهران رفت.", [("تهران", "tehran")]),
    # the bare Turkish 'Arpaçay' stays the district of Kars
    (
        "Kars'ın Arpaçay ilçesinde kar yağdı.",
        [("Kars", "kars-province-tr"), ("Arpaçay", "geonames:751864")],
    ),
    # the Azerbaijani 'Arpaçay çayı' stays the Arpa of Nakhchivan
    (
        "Arpaçay çayı Şərurdan axır.",
        [("Arpaçay çayı", "arpa-river"), ("Şərur", "geonames:146858")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round203_nothing_common_breaks(text, expected):
    assert _found(text) == expected
