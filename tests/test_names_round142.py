"""Round 142 (names142): islands (kind ``island``) that held-out set 168 (Iran's Persian Gulf
islands) showed missing, as new data/places.yaml records: Abu Musa, the Greater and Lesser
Tunb, the Tunb Islands, the Nazeat Islands, Qeshm, Kish, Kharg, Hormuz Island (only with its
island word) and Lake Van's Akdamar, each name as a cited page writes it. The bare 'Qeshm'
and 'Kish' are the islands; their towns stay reachable with their own word. The Persian
'کیش' as a creed or the chess 'check' names no island. The sentences are the project's own."""

import pytest

from geo.gazetteer import gazetteer
from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Abu Musa", "abu-musa"),
    ("Abu Musa Island", "abu-musa"),
    ("ابوموسی", "abu-musa"),
    ("جزیره ابوموسی", "abu-musa"),
    ("Абу-Муса", "abu-musa"),
    ("Ebu Musa", "abu-musa"),
    ("Greater Tunb", "greater-tunb"),
    ("Big Tunb", "greater-tunb"),
    ("تنب بزرگ", "greater-tunb"),
    ("Большой Томб", "greater-tunb"),
    ("Büyük Tunb", "greater-tunb"),
    ("Große Tunb", "greater-tunb"),
    ("Lesser Tunb", "lesser-tunb"),
    ("تنب کوچک", "lesser-tunb"),
    ("Малый Томб", "lesser-tunb"),
    ("Küçük Tunb", "lesser-tunb"),
    ("Kleine Tunb", "lesser-tunb"),
    ("Tunb Islands", "tunb-islands"),
    ("Tunb-Inseln", "tunb-islands"),
    ("Nazeat Islands", "nazeat-islands"),
    ("Nazaat Adaları", "nazeat-islands"),
    ("Qeshm", "qeshm-island"),
    ("Qeshm Island", "qeshm-island"),
    ("قشم", "qeshm-island"),
    ("جزیره قشم", "qeshm-island"),
    ("Кешм", "qeshm-island"),
    ("Keşm Adası", "qeshm-island"),
    ("Qeschm", "qeshm-island"),
    ("Kish", "kish-island"),
    ("Kish Island", "kish-island"),
    ("کیش", "kish-island"),
    ("Киш", "kish-island"),
    ("Kiş adası", "kish-island"),
    ("Kisch", "kish-island"),
    ("Kharg", "kharg-island"),
    ("Kharg Island", "kharg-island"),
    ("خارگ", "kharg-island"),
    ("خارک", "kharg-island"),
    ("Харк", "kharg-island"),
    ("Kharg Adası", "kharg-island"),
    ("Hormuz Island", "hormuz-island"),
    ("جزیره هرمز", "hormuz-island"),
    ("Akdamar", "akdamar-island"),
    ("Akdamar Adası", "akdamar-island"),
    ("Աղթամար", "akdamar-island"),
    # the towns on the islands, with their own word
    ("Qeshm city", "qeshm"),
    ("شهر قشم", "qeshm"),  # (geocode reads the Persian town word before the name)
    ("Kish city", "geonames:126914"),
    ("Kish village", "kis-shaki"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round142_geocode(name, pid):
    assert geocode(name).id == pid


_ISLANDS = sorted(
    {p for _, p in GEOCODES if not p.startswith("geonames:")} - {"kis-shaki", "qeshm"}
)


@pytest.mark.parametrize("pid", _ISLANDS)
def test_round142_records_are_islands(pid):
    place = gazetteer()[pid]
    assert place.kind == "island"
    assert place.country in ("IR", "TR")


#: a sentence, the mention's text and its place
CASES = [
    ("Iran held drills on Abu Musa and the Greater Tunb.", "Abu Musa", "abu-musa"),
    ("Iran held drills on Abu Musa and the Greater Tunb.", "Greater Tunb", "greater-tunb"),
    ("نیروی دریایی در جزیره ابوموسی رزمایش برگزار کرد.", "جزیره ابوموسی", "abu-musa"),
    ("Ebu Musa ile Büyük Tunb ve Küçük Tunb adaları tartışmalı.", "Küçük Tunb", "lesser-tunb"),
    ("Nazaat Adaları bölgesinde tatbikat başladı.", "Nazaat Adaları", "nazeat-islands"),
    ("Иран провёл учения у острова Абу-Муса.", "Абу-Муса", "abu-musa"),
    ("Die Tunb-Inseln liegen im Persischen Golf.", "Tunb-Inseln", "tunb-islands"),
    ("کشتی در بنادر قشم پهلو گرفت.", "قشم", "qeshm-island"),
    ("Tourists flew to Qeshm Island for the geopark.", "Qeshm Island", "qeshm-island"),
    # the city word outside, as the gold writes it (stop 63: the town held as `qeshm`)
    ("در شهر قشم باران بارید.", "قشم", "qeshm"),
    ("فرماندار شهرستان قشم گفت.", "قشم", "qeshm"),
    ("مسافران به مقصد کیش پرواز کردند.", "کیش", "kish-island"),
    ("Туристы на острове Киш отдыхают.", "Киш", "kish-island"),
    ("Kiş Adası'na giden turistler arttı.", "Kiş Adası", "kish-island"),
    ("Die Insel Kisch ist eine Freihandelszone.", "Kisch", "kish-island"),
    ("Tankers loaded crude at Kharg Island.", "Kharg Island", "kharg-island"),
    ("США обсуждают захват острова Харк.", "Харк", "kharg-island"),
    ("Tankers crossed the strait near Hormuz Island.", "Hormuz Island", "hormuz-island"),
    ("به جزیره هرمز رفتیم.", "جزیره هرمز", "hormuz-island"),
    ("Turistler Akdamar Adası'na gitti.", "Akdamar Adası", "akdamar-island"),
    # (the island word is the name's, as "Akdamar Adası" and "جزیره هرمز" are: both markings
    # of held-out set 265, stop 67)
    ("Աղթամար կղզում պատարագ մատուցվեց։", "Աղթամար կղզում", "akdamar-island"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round142_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the Persian "کیش" as a creed, a personality cult and the chess "check"
        "کیش شخصیت رهبر را نقد کرد.",
        "او به کیش اسلام درآمد.",
        "شاه را کیش و مات کرد.",
        # a bare Hormuz is the strait, never the island
        "از تنگه هرمز عبور کرد.",
        "Tankers crossed the Strait of Hormuz.",
    ],
)
def test_round142_no_island(text):
    found = _found(text)
    assert all(pid not in ("kish-island", "hormuz-island") for _, pid in found), found


def test_round142_strait_stays():
    assert ("Strait of Hormuz", "strait-of-hormuz") in _found(
        "Tankers crossed the Strait of Hormuz."
    )
