"""Round 359 (names359): names of South Ossetia, the 2008 war and the occupation line, checked
first: Azerbaijani 'Qori' for Gori (with its case forms), Turkish 'Roki tüneli' for the Roki
Tunnel (with 'Roki tünelinden'), and a new village record, Avnevi (Kareli Municipality). The
rest had no page read writing them or were not done for time. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Qori", "geonames:614455"),
    ("Roki tüneli", "roki-tunnel"),
    ("Avnevi", "avnevi"),
    ("Авневи", "avnevi"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round359_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Qoridə görüş keçirildi.", "Qori", "geonames:614455"),
    ("Nümayəndə heyəti Qoriyə gəldi.", "Qori", "geonames:614455"),
    ("Gürcüstanın Qori rayonunda yaşayırlar.", "Qori", "geonames:614455"),
    ("Binlerce asker Roki tünelinden geçti.", "Roki tüneli", "roki-tunnel"),
    ("Konvoy Roki tüneli üzerinden ilerledi.", "Roki tüneli", "roki-tunnel"),
    ("The Georgian village of Avnevi was burnt in 2008.", "Avnevi", "avnevi"),
    ("Село Авневи было сожжено в 2008 году.", "Авневи", "avnevi"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round359_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round359_bare_tunnel_word_names_nothing():
    # the Turkish 'tüneli' alone (any tunnel) is no name of the Roki Tunnel
    assert not any(pid == "roki-tunnel" for _, pid in _found("Yeni tüneli açtılar."))


def test_round359_gori_other_spellings_stay():
    # the held spellings still read the town
    assert ("Gori", "geonames:614455") in _found("Russian troops entered Gori in August 2008.")
    assert ("Գորի", "geonames:614455") in _found("Զորքերը մտան Գորի։")
