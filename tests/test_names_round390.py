"""Round 390 (names390): North Caucasus names in Persian, Azerbaijani and (Western) Armenian,
checked first: Persian 'ماخاچ قلعه' (written apart) for Makhachkala, and the
Armenian 'Ղզլար' for Kizlyar. 'دربند' read Derbent already; the rest had no page writing them
and were left out. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("ماخاچ قلعه", "geonames:532096"),
    ("Ղզլար", "kizlyar"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round390_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("سفر به ماخاچ قلعه و دربند ادامه یافت.", "دربند", "geonames:566532"),
    ("سفیر در شهر «ماخاچ قلعه» با رئیس جمهوری دیدار کرد.", "ماخاچ قلعه", "geonames:532096"),
    ("Ղզլարէն լուր հասաւ երէկ։", "Ղզլար", "kizlyar"),
    ("Ղզլարի հայ համայնքը մեծ էր։", "Ղզլար", "kizlyar"),
    ("Հայերը Ղզլարում հաստատվել են վաղուց։", "Ղզլար", "kizlyar"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round390_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round390_castle_word_alone_is_no_place():
    # 'قلعه' (castle) is a common word: only the whole names read Makhachkala
    assert not any(pid == "geonames:532096" for _, pid in _found("این قلعه در شهر قدیمی است."))


def test_round390_girls_word_is_not_kizlyar():
    # the Turkic word for girls stays a word (the record's note)
    assert not any(pid == "kizlyar" for _, pid in _found("Qızlar məktəbə gedir."))
    assert not any(pid == "kizlyar" for _, pid in _found("Kızlar okula gidiyor."))
