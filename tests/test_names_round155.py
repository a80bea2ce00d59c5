"""Round 155 (names155): names and places that held-out round 27 (sets 203-205) found missing,
each as a cited page writes it: English 'Urumieh' (Urmia), German 'Ersten/Zweiten/Dritten
Agali' and 'Neues Agali' (Aghali's old and new villages, as AZERTAC's German service writes
them), and the new places Malıbəyli (Shusha district; English and Turkish 'Malibeyli') and the
Askeran fortress ('Əsgəran qalası'; the bare 'Əsgəran' stays the settlement). The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Urumieh", "geonames:121801"),
    ("Ersten Agali", "aghali"),
    ("Zweiten Agali", "aghali"),
    ("Dritten Agali", "aghali"),
    ("Neues Agali", "aghali"),
    ("Malıbəyli", "malibeyli"),
    ("Malibeyli", "malibeyli"),
    ("Əsgəran qalası", "askeran-fortress"),
    # the settlement keeps its bare name
    ("Əsgəran", "geonames:148450"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round155_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English: Urmia as Urumieh
    ("Trucks went to Urumieh yesterday.", "Urumieh", "geonames:121801"),
    # German: the numbered villages in the dative, the new village in the nominative
    ("Im Ersten Agali lebten 40 Familien.", "Ersten Agali", "aghali"),
    ("Im Zweiten Agali und im Dritten Agali lebten mehr.", "Zweiten Agali", "aghali"),
    ("Im Zweiten Agali und im Dritten Agali lebten mehr.", "Dritten Agali", "aghali"),
    ("Die Familien ziehen in das Dorf Neues Agali.", "Neues Agali", "aghali"),
    # Azerbaijani, English, Turkish: Malıbəyli
    ("Malıbəyli kəndinə hücum edildi.", "Malıbəyli", "malibeyli"),
    ("The villages of Malibeyli and Gushchular were attacked.", "Malibeyli", "malibeyli"),
    ("Malibeyli ve Kuşçular köylerinde katliam.", "Malibeyli", "malibeyli"),
    # Azerbaijani: the fortress
    ("Əsgəran qalası Qarqarçayın sahilində yerləşir.", "Əsgəran qalası", "askeran-fortress"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round155_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    # the settlement of Askeran stays itself
    ("Əsgəran qəsəbəsində yeni məktəb açıldı.", [("Əsgəran", "geonames:148450")]),
    # a German ordinal before another word is no place
    ("Er war der Erste in Agali.", [("Agali", "aghali")]),
    ("Das erste Haus ist neu.", []),
    ("Neues Leben beginnt im Dorf.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round155_nothing_common_breaks(text, expected):
    assert _found(text) == expected
