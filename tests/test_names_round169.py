"""Round 169 (names169): names that held-out round 36 (sets 230-232) found missing, each as a
cited page writes it: the Turkish 'Çaharmahal ve Bahtiyari' and 'Kohgiluye ve Buyer Ahmed' for
Iran's provinces. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Çaharmahal ve Bahtiyari", "chaharmahal-and-bakhtiari-province"),
    ("Kohgiluye ve Buyer Ahmed", "kohgiluyeh-and-boyer-ahmad-province"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round169_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Turkish, with case endings and bare in a list after "iller:"
    (
        "Çaharmahal ve Bahtiyari'de kar yağdı.",
        "Çaharmahal ve Bahtiyari",
        "chaharmahal-and-bakhtiari-province",
    ),
    (
        "Kohgiluye ve Buyer Ahmed'de deprem oldu.",
        "Kohgiluye ve Buyer Ahmed",
        "kohgiluyeh-and-boyer-ahmad-province",
    ),
    (
        "Uyarı verilen iller: Kohgiluye ve Buyer Ahmed, Çaharmahal ve Bahtiyari.",
        "Çaharmahal ve Bahtiyari",
        "chaharmahal-and-bakhtiari-province",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round169_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change ("Kum" is sand, "Merkezi"
#: central: neither is added)
UNCHANGED = [
    ("Kum fırtınası çıktı.", []),
    ("Merkezi bankası faizi artırdı.", []),
    ("Ali ve Ahmed geldi.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round169_nothing_common_breaks(text, expected):
    assert _found(text) == expected
