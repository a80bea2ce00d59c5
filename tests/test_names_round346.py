"""Round 346 (names346): the Kazakhstan-Turkmenistan-Iran railway's towns, checked first:
English 'Gorgen' for Gorgan, Persian 'اوزن' for Uzen (Zhanaozen), Persian 'ایستگاه اترک' for
Etrek (geocoding only: the station word stays outside the mention), the Balkan province by
'Балканский велаят', 'استان بلخان' and 'ولایت بلخان', and Persian 'شهرستان ترکمن' for
Bandar-e Torkaman. 'Sarahs' and 'Saragt' read the Turkmen town already; 'Gurgen' (a given
name), 'برکت' (a common word) and 'استان بالکان' (no page) are left out. The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Gorgen", "geonames:132892"),
    ("اوزن", "geonames:607610"),
    ("ایستگاه اترک", "etrek"),
    ("Балканский велаят", "balkan-region-tm"),
    ("استان بلخان", "balkan-region-tm"),
    ("ولایت بلخان", "balkan-region-tm"),
    ("شهرستان ترکمن", "geonames:141653"),
    ("Sarahs", "geonames:1218456"),
    ("Saragt", "geonames:1218456"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round346_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("The trains run from Bereket to Gorgen every week.", "Gorgen", "geonames:132892"),
    ("قطار از اوزن در قزاقستان حرکت کرد.", "اوزن", "geonames:607610"),
    ("Дорога проходит через Балканский велаят.", "Балканский велаят", "balkan-region-tm"),
    ("Станция находится в Балканском велаяте.", "Балканском велаяте", "balkan-region-tm"),
    ("این خط از استان بلخان می‌گذرد.", "استان بلخان", "balkan-region-tm"),
    ("بندر ترکمن مرکز شهرستان ترکمن است.", "شهرستان ترکمن", "geonames:141653"),
    ("بندر ترکمن مرکز شهرستان ترکمن است.", "بندر ترکمن", "geonames:141653"),
    (
        "Cargo goes from Sarahs (Turkmenistan) to Sarakhs (Iran).",
        "Sarahs",
        "geonames:1218456",
    ),
    (
        "Cargo goes from Sarahs (Turkmenistan) to Sarakhs (Iran).",
        "Sarakhs",
        "geonames:1159716",
    ),
    ("رود اترک مرز دو کشور است.", "رود اترک", "atrek-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round346_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round346_qezel_owzan_stays_the_river():
    found = _found("رود قزل اوزن در زنجان جاری است.")
    assert ("رود قزل اوزن", "qezel-owzan") in found
    assert not any(pid == "geonames:607610" for _, pid in found)


def test_round346_balkans_stay_the_balkans():
    assert ("بالکان", "balkans") in _found("در بالکان جنگ شد.")


def test_round346_left_out_names_read_nothing_new():
    assert _found("برکت این سفر برای همه بود.") == []
    assert not any(pid == "geonames:132892" for _, pid in _found("Gurgen Margaryan spoke."))
