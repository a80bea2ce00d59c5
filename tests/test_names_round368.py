"""Round 368 (names368): Herat's districts and the 2023 earthquake: Zindajan, the town and seat
of the district at the earthquake's epicentre, as a new record of data/places.yaml, with its
English, Persian, Russian, Turkish and German names. The other district seats were not done for
time. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Zindajan", "zindajan"),
    ("Zinda Jan", "zindajan"),
    ("Zindah Jan", "zindajan"),
    ("Zendeh Jan", "zindajan"),
    ("زنده جان", "zindajan"),
    ("Зенда Джан", "zindajan"),
    ("Zindecan", "zindajan"),
    ("Sindadschan", "zindajan"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round368_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Villages in Zindajan district were flattened.", "Zindajan", "zindajan"),
    ("The quake struck 33 km NNE of Zindah Jan.", "Zindah Jan", "zindajan"),
    ("Zendeh Jan District lies east of Ghurian.", "Zendeh Jan", "zindajan"),
    ("زلزله در ولسوالی زنده جان هرات", "زنده جان", "zindajan"),
    ("Особенно пострадали деревни в районе Зенда Джан.", "Зенда Джан", "zindajan"),
    ("Herat'ın Zindecan ilçesindeki köyler yıkıldı.", "Zindecan", "zindajan"),
    ("Besonders betroffen war der Bezirk Sindadschan.", "Sindadschan", "zindajan"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round368_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round368_zindecan_is_no_zanjan():
    # before, geocode's fallback gave the Turkish 'Zindecan' to Zanjan (geonames:111453)
    assert geocode("Zindecan").id == "zindajan"


def test_round368_persian_zendeh_alone_is_no_place():
    # 'زنده' (alive) alone is a common word: only the whole name reads the town
    assert not any(pid == "zindajan" for _, pid in _found("او هنوز زنده است."))
