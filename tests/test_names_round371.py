"""Round 371 (names371): names of Iraqi Kurdistan and Iran's Kurdish cities that real articles
wrote, checked first: English 'Koya' for Koy Sanjaq (geonames:94220); the Persian 'کومله' (the
Komala party) no longer reads the Gilan town Kumeleh (geonames:126267), a reviewed Persian stop
name of scripts/geonames_stopwords.py. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Koya", "geonames:94220"),
    ("Koy Sanjaq", "geonames:94220"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round371_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("The Peshmerga entered Koya on Monday.", "Koya", "geonames:94220"),
    ("Iranian missiles struck Koya, east of Erbil.", "Koya", "geonames:94220"),
    ("حمله به کویه در اقلیم کردستان", "کویه", "geonames:94220"),
    ("Kumeleh is a town in Gilan.", "Kumeleh", "geonames:126267"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round371_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "احزاب دمکرات کردستان و کومله در اربیل",
        "حزب کومله کردستان ایران بیانیه داد.",
    ],
)
def test_round371_komala_is_no_town(text):
    assert not any(pid == "geonames:126267" for _, pid in _found(text))


def test_round371_lower_case_koya_is_no_town():
    # Turkish 'koya' (to the cove) in running text stays unread
    assert not any(pid == "geonames:94220" for _, pid in _found("Tekne koya demir attı."))


def test_round371_koye_stays_a_stop_name():
    # 'Koye' is the reviewed stop name of Turkish 'köye' (to the village), kept
    assert not any(pid == "geonames:94220" for _, pid in _found("Köye giden yol kapandı."))
