"""Round 304 (names304): names that held-out sets 504-506 (round 114) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: the Panj river
(a world-layer line, read with its river word), the crossing towns Sherkhan Bandar and Panji
Poyon, Dari 'تاجکستان' and 'کندز', Azerbaijani bare 'Dardanel' and 'Xatlon vilayəti', Turkish
'Şıbırgan', German 'Berg-Badachschan' and 'Islamischen Emirats Afghanistan' and the new Lake
Küçükçekmece. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Panj River", "panj-river"),
    ("Pyanzh River", "panj-river"),
    ("река Пяндж", "panj-river"),
    ("Sherkhan Bandar", "sherkhan-bandar-af"),
    ("Shir Khan Bandar", "sherkhan-bandar-af"),
    ("Şir Han Bender", "sherkhan-bandar-af"),
    ("شیرخان بندر", "sherkhan-bandar-af"),
    ("Panji Poyon", "panji-poyon-tj"),
    ("Nizhny Pyanj", "panji-poyon-tj"),
    ("Нижний Пяндж", "panji-poyon-tj"),
    ("تاجکستان", "tj"),
    ("کندز", "kunduz"),
    ("Şıbırgan", "geonames:1125444"),
    ("Berg-Badachschan", "gorno-badakhshan-autonomous-region-tj"),
    ("Xatlon vilayəti", "khatlon-region-tj"),
    ("Küçükçekmece Gölü", "lake-kucukcekmece-tr"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round304_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Floods on the Panj River cut the road.", "Panj River", "panj-river"),
    ("Рыбаки вышли на реку Пяндж.", "Пяндж", "panj-river"),
    ("Am Fluss Pandsch wurde gebaut.", "Pandsch", "panj-river"),
    ("Convoys waited at Sherkhan Bandar for days.", "Sherkhan Bandar", "sherkhan-bandar-af"),
    ("Kamyonlar Şir Han Bender'den geçti.", "Şir Han Bender", "sherkhan-bandar-af"),
    ("کاروان ها در شیرخان بندر ماندند.", "شیرخان بندر", "sherkhan-bandar-af"),
    ("Traders in Nizhniy Pyanj waited.", "Nizhniy Pyanj", "panji-poyon-tj"),
    ("В Нижнем Пяндже открыли рынок.", "Нижнем Пяндже", "panji-poyon-tj"),
    ("بازرگانان به تاجکستان رفتند.", "تاجکستان", "tj"),
    ("سخنگوی والی کندز گفت.", "کندز", "kunduz"),
    ("Gəmilər Dardaneldə gözlədi.", "Dardanel", "dardanelles"),
    ("Hat Mezar-i Şerif ile Şıbırgan arasında döşenecek.", "Şıbırgan", "geonames:1125444"),
    (
        "Eine Quelle des Autonomen Gebiets Berg-Badachschan berichtete.",
        "Autonomen Gebiets Berg-Badachschan",
        "gorno-badakhshan-autonomous-region-tj",
    ),
    ("Xatlon vilayətinin kəndləri su altında qaldı.", "Xatlon vilayəti", "khatlon-region-tj"),
    (
        "Die Fahne des Islamischen Emirats Afghanistan wehte.",
        "Islamischen Emirats Afghanistan",
        "af",
    ),
    ("Küçükçekmece Gölü'nde balık öldü.", "Küçükçekmece Gölü", "lake-kucukcekmece-tr"),
    ("Der Küçükçekmece-See ist leicht salzig.", "Küçükçekmece-See", "lake-kucukcekmece-tr"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round304_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round304_bare_panj_not_the_river():
    """The bare 'Panj' (also the Tajik town) reads no river without its river word."""
    assert not [m for m in _found("He stayed in Panj for a week.") if m[1] == "panj-river"]


def test_round304_bare_sher_khan_not_a_place():
    """'Sher Khan' alone is a person's name, no alias of the town."""
    assert not [m for m in _found("Sher Khan met the elders.") if m[1] == "sherkhan-bandar-af"]
