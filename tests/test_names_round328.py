"""Round 328 (names328): names held-out round 124 (sets 534-536) found missing: the Qakh
village Sarybash and the Balakan village Katekh as new records of data/places.yaml. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Sarybash", "sarybash-qakh"),
    ("Сарыбаш", "sarybash-qakh"),
    ("Katekh", "katekh-balakan"),
    ("Katex", "katekh-balakan"),
    ("Катех", "katekh-balakan"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round328_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Дорога на Сарыбаш зимой закрыта снегом.", "Сарыбаш", "sarybash-qakh"),
    ("В Сарыбаше осталось мало жителей.", "Сарыбаш", "sarybash-qakh"),
    ("Shepherds drive their flocks up to Sarybash each June.", "Sarybash", "sarybash-qakh"),
    ("Katex kəndində yeni məktəb açıldı.", "Katex", "katekh-balakan"),
    ("Katexdə yağış yağır.", "Katex", "katekh-balakan"),
    ("Жители села Катех собрались у мечети.", "Катех", "katekh-balakan"),
    ("Из Катеха приехали гости.", "Катех", "katekh-balakan"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round328_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_the_turkish_surname_is_no_village():
    # 'Sarıbaş' is not an alias: the Turkish surname stays unread
    assert "sarybash-qakh" not in {t for _, t in _found("Ahmet Sarıbaş dün Ankara'ya döndü.")}
