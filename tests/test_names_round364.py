"""Round 364 (names364): Iran's provinces in Russian as the press writes them, checked first:
'Лорестан' and 'Луристан' (lorestan-province), 'Чахар Махал и Бахтиари'
(chaharmahal-and-bakhtiari-province) and 'Кохкилуйе и Бойрахмад'
(kohgiluyeh-and-boyer-ahmad-province), so that the Russian list of four provinces reads all
four; and Turkmenistan's People's Council, 'Халк Маслахаты', a body's name
(data/organisation_words.txt). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Лорестан", "lorestan-province"),
    ("Луристан", "lorestan-province"),
    ("Чахар Махал и Бахтиари", "chaharmahal-and-bakhtiari-province"),
    ("Кохкилуйе и Бойрахмад", "kohgiluyeh-and-boyer-ahmad-province"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round364_geocode(name, pid):
    assert geocode(name).id == pid


LIST = "Риск наводнения высок в провинциях Лорестан, Чахар Махал и Бахтиари, Кохкилуйе и Бойрахмад и Хузестан."

#: a sentence, the mention's text and its place
CASES = [
    (LIST, "Лорестан", "lorestan-province"),
    (LIST, "Чахар Махал и Бахтиари", "chaharmahal-and-bakhtiari-province"),
    (LIST, "Кохкилуйе и Бойрахмад", "kohgiluyeh-and-boyer-ahmad-province"),
    (LIST, "Хузестан", "khuzestan-province"),
    ("Наводнения прошли в Лорестане вчера.", "Лорестан", "lorestan-province"),
    ("Дожди затопили дороги в Луристане.", "Луристан", "lorestan-province"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round364_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round364_halk_maslahaty_reads_no_place():
    text = "Бердымухамедов, председатель Халк Маслахаты Туркменистана, выступил вчера."
    assert not any(pid == "tm" for _, pid in _found(text))
    # the country alone stays the country
    assert ("Туркменистан", "tm") in _found("Президент Туркменистана выступил вчера.")
