"""Round 209 (names209): ports and border crossings that a held-out evaluation found missing,
each as a cited page writes it: the new records the Parviz Khan and Siranband crossings
(Iran-Iraq) and Bandar Abbas' Shahid Bahonar and Shahid Haghani ports, and Hong Kong's
Armenian name for the territory. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Parviz Khan", "parviz-khan-crossing"),
    ("Parviz-Khan", "parviz-khan-crossing"),
    ("Parvizkhan", "parviz-khan-crossing"),
    ("Parwezkhan", "parviz-khan-crossing"),
    ("Pervezhan", "parviz-khan-crossing"),
    ("پرویزخان", "parviz-khan-crossing"),
    ("مرز پرویزخان", "parviz-khan-crossing"),
    ("پایانه مرزی پرویزخان", "parviz-khan-crossing"),
    ("Siranband", "siranband-crossing"),
    ("Sayran Ban", "siranband-crossing"),
    ("سیران بند", "siranband-crossing"),
    ("سیرانبند", "siranband-crossing"),
    ("مرز سیران بند", "siranband-crossing"),
    ("Seyranbend", "siranband-crossing"),
    ("Shahid Bahonar Port", "shahid-bahonar-port"),
    ("Bahonar Port", "shahid-bahonar-port"),
    ("بندر شهید باهنر", "shahid-bahonar-port"),
    ("Shahid Haghani Port", "shahid-haghani-port"),
    ("بندر شهید حقانی", "shahid-haghani-port"),
    ("Հոնկոնգ", "hk"),
    ("Hong Kong", "hk"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round209_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Lorries queued at Parviz Khan on Monday.", "Parviz Khan", "parviz-khan-crossing"),
    ("The Parviz-Khan gate reopened.", "Parviz-Khan", "parviz-khan-crossing"),
    ("Traders crossed at Sayran Ban.", "Sayran Ban", "siranband-crossing"),
    (
        "A tanker berthed at Shahid Bahonar Port.",
        "Shahid Bahonar Port",
        "shahid-bahonar-port",
    ),
    (
        "The ferry for Qeshm left Shahid Haghani Port.",
        "Shahid Haghani Port",
        "shahid-haghani-port",
    ),
    # Persian
    ("کامیون‌ها از مرز پرویزخان گذشتند.", "پرویزخان", "parviz-khan-crossing"),
    ("بازارچه سیرانبند دوباره باز شد.", "سیرانبند", "siranband-crossing"),
    ("مسافران از مرز سیران بند رفتند.", "سیران بند", "siranband-crossing"),
    ("کشتی در بندر شهید باهنر بارگیری شد.", "بندر شهید باهنر", "shahid-bahonar-port"),
    ("قایق از بندر شهید حقانی حرکت کرد.", "بندر شهید حقانی", "shahid-haghani-port"),
    # Turkish, with case endings
    ("Tırlar Pervezhan'dan geçti.", "Pervezhan", "parviz-khan-crossing"),
    ("Seyranbend'de kuyruk oluştu.", "Seyranbend", "siranband-crossing"),
    # Armenian, with the article and the genitive
    ("Հոնկոնգը մեծ նավահանգիստ ունի։", "Հոնկոնգ", "hk"),
    ("Հոնկոնգի ինքնավարությունը քննարկվեց։", "Հոնկոնգ", "hk"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round209_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # a person's name: the bare forms of the ports' and the crossing's names stay out
    ("Parvez Khan scored a century.", []),
    ("He studied at Shahid Bahonar University.", []),
    ("خیابان شهید باهنر شلوغ بود.", []),
    ("آقای پرویز خان آمد.", []),
    # Turkish 'seyran' (a stroll) and Persian 'سیران' (an outing) stay words
    ("Boğazda seyran ettik.", []),
    ("آنها به سیران رفتند.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round209_nothing_common_breaks(text, expected):
    assert _found(text) == expected
