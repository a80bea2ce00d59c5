"""Round 182 (names182): pilgrimage sites and other names that held-out round 42 found missing,
each as a cited page writes it: the Imam Ali Shrine (Najaf), the Al-Abbas Shrine (Karbala), Shah
Cheragh (Shiraz; Persian 'شاه چراغ', German 'Schah Tscheragh'), the Kaaba (Persian 'کعبه'), the
Zvartnots Cathedral ruins, Kufa, Muzdalifah and Mount Arafat; Najaf's honorific 'An-Najaf
al-Ashraf' and German 'Shiras'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Imam Ali Shrine", "imam-ali-shrine"),
    ("Imam Ali Mosque", "imam-ali-shrine"),
    ("Al-Abbas Shrine", "al-abbas-shrine"),
    ("Al Abbas Mosque", "al-abbas-shrine"),
    ("Shah Cheragh", "shah-cheragh"),
    ("شاه چراغ", "shah-cheragh"),
    ("Schah Tscheragh", "shah-cheragh"),
    ("Kaaba", "kaaba"),
    ("کعبه", "kaaba"),
    ("Zvartnots Cathedral", "zvartnots-cathedral"),
    ("Kufa", "kufa"),
    ("Muzdalifah", "muzdalifah"),
    ("Mount Arafat", "mount-arafat"),
    ("Jabal Arafat", "mount-arafat"),
    ("An-Najaf al-Ashraf", "geonames:98860"),
    ("Al-Najaf Al-Ashraf", "geonames:98860"),
    ("Shiras", "geonames:115019"),
    # the bare name stays the airport
    ("Zvartnots", "zvartnots-airport"),
    ("Զվարթնոց", "zvartnots-airport"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round182_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Pilgrims prayed at the Imam Ali Shrine.", "Imam Ali Shrine", "imam-ali-shrine"),
    ("Crowds filled the Al-Abbas Shrine.", "Al-Abbas Shrine", "al-abbas-shrine"),
    ("Shah Cheragh was attacked.", "Shah Cheragh", "shah-cheragh"),
    ("Pilgrims circled the Kaaba.", "Kaaba", "kaaba"),
    ("Tourists saw the Zvartnots Cathedral.", "Zvartnots Cathedral", "zvartnots-cathedral"),
    ("The army entered Kufa.", "Kufa", "kufa"),
    ("Pilgrims spent the night at Muzdalifah.", "Muzdalifah", "muzdalifah"),
    ("Pilgrims climbed Mount Arafat.", "Mount Arafat", "mount-arafat"),
    ("Pilgrims reached An-Najaf al-Ashraf.", "An-Najaf al-Ashraf", "geonames:98860"),
    # German
    ("Wir besuchten den Schrein von Schah Tscheragh.", "Schah Tscheragh", "shah-cheragh"),
    ("Wir fuhren nach Shiras.", "Shiras", "geonames:115019"),
    # Persian
    ("زائران به شاه چراغ رفتند.", "شاه چراغ", "shah-cheragh"),
    ("حاجیان دور کعبه طواف کردند.", "کعبه", "kaaba"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round182_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Pilgrims went to Mecca.", [("Mecca", "geonames:104515")]),
    ("We landed at Zvartnots.", [("Zvartnots", "zvartnots-airport")]),
    ("Yasser Arafat spoke.", []),
    ("The convoy left Najaf.", [("Najaf", "geonames:98860")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round182_nothing_common_breaks(text, expected):
    assert _found(text) == expected
