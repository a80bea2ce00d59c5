"""Round 381 (names381): Dagestan's towns north of the regional table's box (Kizilyurt,
Dagestanskiye Ogni, Babayurt), Siirt's district seat Kurtalan, and the Armenian word
'Հաղթանակ' (victory), no longer read as the Tavush village Haghtanak (geonames:616993).
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Kizilyurt", "kizilyurt"),
    ("Кизилюрт", "kizilyurt"),
    ("Dagestanskiye Ogni", "dagestanskiye-ogni"),
    ("Dagestanskie Ogni", "dagestanskiye-ogni"),
    ("Дагестанские Огни", "dagestanskiye-ogni"),
    ("Бабаюрт", "babayurt"),
    ("Babayurt", "babayurt"),
    ("Kurtalan", "kurtalan"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round381_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Взрыв произошёл в Кизилюрте вечером.", "Кизилюрт", "kizilyurt"),
    ("The blast hit Kizilyurt on Monday.", "Kizilyurt", "kizilyurt"),
    ("Трасса проходит через Бабаюрт.", "Бабаюрт", "babayurt"),
    ("Жители города Дагестанские Огни вышли на улицы.", "Дагестанские Огни", "dagestanskiye-ogni"),
    ("Tren Kurtalan'a ulaştı.", "Kurtalan", "kurtalan"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round381_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: sentences whose word is no place
NEGATIVE = [
    ("Հայրենական մեծ պատերազմում Հաղթանակի 75-րդ տարեդարձը նշվեց։", "geonames:616993"),
    ("Հաղթանակը մերն է։", "geonames:616993"),
]


@pytest.mark.parametrize(("text", "pid"), NEGATIVE)
def test_round381_not_found(text, pid):
    assert all(target != pid for _, target in _found(text))
