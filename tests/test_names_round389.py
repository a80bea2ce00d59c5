"""Round 389 (names389): Yenibosna, a neighbourhood of Istanbul's Bahçelievler, the one name of
the round's four items done in the time (Almaty Region, Zhetygen, Tuşba and Tabanlı were not
done: see data/README.md, "Round 389"). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Yenibosna", "yenibosna"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round389_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Yangın Yenibosna'da çıktı.", "Yenibosna", "yenibosna"),
    ("Yenibosna'daki fabrikada patlama oldu.", "Yenibosna", "yenibosna"),
    ("The fire broke out in Yenibosna, Istanbul.", "Yenibosna", "yenibosna"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round389_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round389_bare_almaty_stays_the_city():
    # no Almaty Region record was written this round: the bare name is the city's
    assert geocode("Almaty").id == "geonames:1526384"
    assert ("Almaty", "geonames:1526384") in _found("He lives in Almaty.")


def test_round389_bosna_stays_bosnia():
    assert not any(pid == "yenibosna" for _, pid in _found("Bosna'dan gelen heyet Saraybosna'da."))
