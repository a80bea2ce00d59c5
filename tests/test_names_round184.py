"""Round 184 (names184): places that held-out round 43 found missing, each as a cited page
writes it: Bonn (the UN climate secretariat's seat, a world-table row), Socotra, Larak Island
(Persian 'جزیره لارک'), Aralsk ('Аральск') and Moynaq ('Муйнак', 'Muynak'). The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Bonn", "geonames:2946447"),
    ("Socotra", "socotra"),
    ("Soqotra", "socotra"),
    ("Larak Island", "larak-island"),
    ("Lark Island", "larak-island"),
    ("جزیره لارک", "larak-island"),
    ("Aralsk", "aralsk"),
    ("Аральск", "aralsk"),
    ("Moynaq", "moynaq"),
    ("Muynak", "moynaq"),
    ("Муйнак", "moynaq"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round184_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("He flew to Bonn.", "Bonn", "geonames:2946447"),
    ("Ships sailed past Socotra.", "Socotra", "socotra"),
    ("Tankers waited off Larak Island.", "Larak Island", "larak-island"),
    ("Rusty ships lie at Moynaq.", "Moynaq", "moynaq"),
    # German
    ("Die Konferenz tagte in Bonn.", "Bonn", "geonames:2946447"),
    ("Die Schiffe liegen in Muynak.", "Muynak", "moynaq"),
    # Russian, with case endings
    ("Мы приехали в Аральске.", "Аральск", "aralsk"),
    ("Корабли ржавеют в Муйнаке.", "Муйнак", "moynaq"),
    # Turkish
    ("Aralsk şehrine gittik.", "Aralsk", "aralsk"),
    # Persian
    ("نفتکش در جزیره لارک لنگر انداخت.", "جزیره لارک", "larak-island"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round184_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("A lark sang.", []),
    ("The Aral Sea shrank.", [("Aral Sea", "aral-sea")]),
    ("The Arāk refinery.", [("Arāk", "geonames:143127")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round184_nothing_common_breaks(text, expected):
    assert _found(text) == expected
