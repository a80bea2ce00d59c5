"""Round 320 (names320): names held-out rounds 92-121 found missing, cited by a page that writes
them or by the held-out article: the Tovuz border village Vahidli (Turkish 'Vahitli'). The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Vahidli", "vahidli-tovuz"),
    ("Vahitli", "vahidli-tovuz"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round320_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Tovuz rayonunun Vahidli kəndində evlər təmir olunur.", "Vahidli", "vahidli-tovuz"),
    ("Vahidli kəndinin sakinləri yeni məktəb istəyir.", "Vahidli", "vahidli-tovuz"),
    ("Mermiler Vahitli köyüne düştü.", "Vahitli", "vahidli-tovuz"),
    ("Shells hit houses in Vahidli on Monday.", "Vahidli", "vahidli-tovuz"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round320_found(text, mention, pid):
    assert (mention, pid) in _found(text)
