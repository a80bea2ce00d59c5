"""Round 191 (names191): names that held-out round 48 (northern Iraq and the Kurdistan
Region) found missing, each as a cited page writes it: the new record Sinjar, and the
Russian names of the Diyala and Nineveh governorates. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Sinjar", "sinjar"),
    ("Shingal", "sinjar"),
    ("Şingal", "sinjar"),
    ("سنجار", "sinjar"),
    ("Дияла", "diyala-governorate-iq"),
    ("провинция Дияла", "diyala-governorate-iq"),
    ("Найнава", "nineveh-governorate-iq"),
    ("провинция Найнава", "nineveh-governorate-iq"),
    ("Нинава", "nineveh-governorate-iq"),
    ("Ниневия", "nineveh-governorate-iq"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round191_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Families went back to Sinjar last spring.", "Sinjar", "sinjar"),
    ("Yazidis rebuilt their homes in Shingal.", "Shingal", "sinjar"),
    # Turkish, with a case ending
    ("Aileler Şingal'e döndü.", "Şingal", "sinjar"),
    # Persian
    ("خانواده‌ها به سنجار بازگشتند.", "سنجار", "sinjar"),
    # Russian, with case endings
    ("Взрыв произошел в провинции Дияла.", "Дияла", "diyala-governorate-iq"),
    ("Выборы в Дияле прошли спокойно.", "Диял", "diyala-governorate-iq"),
    ("Бои шли в провинции Найнава.", "Найнава", "nineveh-governorate-iq"),
    ("Беженцы вернулись в Ниневию.", "Ниневи", "nineveh-governorate-iq"),
    # already read before this round
    ("İraq Kürdüstanında seçkilər keçirildi.", "İraq Kürdüstanı", "kurdistan-region"),
    ("Die Autonome Region Kurdistan wählt.", "Autonome Region Kurdistan", "kurdistan-region"),
    ("Hacı Omeran'dan geçtiler.", "Hacı Omeran", "tamarchin-crossing"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round191_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare 'Хабур' is the river's name, not the crossing's
    ("Река Хабур разлилась.", []),
    # Russian 'башмак' (shoe) stays a word
    ("Он потерял башмак.", []),
    # the Kurdistan the two regions share stays as it was
    ("Он вернулся в Курдистан.", [("Курдистан", "kurdistan-region")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round191_nothing_common_breaks(text, expected):
    assert _found(text) == expected
