"""Round 378 (names378): Mangystau, Turkmenistan and Kazakhstan leftovers, checked first:
Azerbaijani 'Janaojen' for Zhanaozen, the Mangyshlak Peninsula (a new region record) and
Darvaza/Derweze with its gas crater (a new village record). Shetpe read already; Khangiran and
Karateren had no page giving a point. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Janaojen", "geonames:607610"),
    ("Janaozen", "geonames:607610"),
    ("Shetpe", "geonames:608324"),
    ("Шетпе", "geonames:608324"),
    ("Mangyshlak Peninsula", "mangyshlak-peninsula"),
    ("полуостров Мангышлак", "mangyshlak-peninsula"),
    ("Darvaza", "darvaza"),
    ("Derweze", "darvaza"),
    ("Derveze", "darvaza"),
    ("Дарваза", "darvaza"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round378_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Janaojen şəhərində toqquşmalar olub.", "Janaojen", "geonames:607610"),
    ("Shetpe kəndində də bir nəfər ölüb.", "Shetpe", "geonames:608324"),
    (
        "Oil is produced on the Mangyshlak Peninsula.",
        "Mangyshlak Peninsula",
        "mangyshlak-peninsula",
    ),
    (
        "Нефть добывают на полуострове Мангышлак.",
        "полуострове Мангышлак",
        "mangyshlak-peninsula",
    ),
    ("The Darvaza gas crater has burned since 1971.", "Darvaza", "darvaza"),
    ("Derweze lies in the Karakum.", "Derweze", "darvaza"),
    ("Кратер Дарваза горит с 1971 года.", "Дарваза", "darvaza"),
    ("Derveze gaz kraterindeki ateş yanıyor.", "Derveze", "darvaza"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round378_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round378_bare_mangyshlak_is_no_peninsula():
    assert not any(
        pid == "mangyshlak-peninsula" for _, pid in _found("Mangyshlak was the old name.")
    )


def test_round378_gate_words_stay_unread():
    # the Azerbaijani common word 'darvaza' (gate) in lower case, and the English phrase
    assert not any(pid == "darvaza" for _, pid in _found("Həyətin darvazası açıq idi."))
    assert not any(
        pid == "darvaza" for _, pid in _found("The Gates of Hell is a sculpture by Rodin.")
    )
