"""Round 380 (names380): the Aral Sea's parts, Khuzestan's wetlands, Herat and Central Asia
leftovers, checked first: Persian 'آرال شمالی' / 'آرال جنوبی' for the Aral Sea's parts, Armenian
'Արալյան լիճ' for the Aral Sea, 'Hour-al-Azim' and Russian 'болот Хувайза' for the Hawizeh
marshes, Azerbaijani 'Türkmənçay' for Torkamanchay. The rest read already, had no page writing
them or were judged out. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("آرال شمالی", "north-aral-sea"),
    ("آرال جنوبی", "south-aral-sea"),
    ("Արալյան լիճ", "aral-sea"),
    ("Hour-al-Azim", "hawizeh-marshes"),
    ("болота Хувайза", "hawizeh-marshes"),
    ("Türkmənçay", "geonames:112634"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round380_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("آب آرال شمالی امسال افزایش یافت.", "آرال شمالی", "north-aral-sea"),
    ("آرال جنوبی تقریبا خشک شده است.", "آرال جنوبی", "south-aral-sea"),
    ("Արալյան լիճը չորանում է։", "Արալյան", "aral-sea"),
    ("Արալյան լճի ափին ձկնորսներ են ապրում։", "Արալյան", "aral-sea"),
    ("La zone humide de Hour-al-Azim est sèche.", "Hour-al-Azim", "hawizeh-marshes"),
    ("The Hour al-Azim wetland is drying.", "Hour al-Azim", "hawizeh-marshes"),
    ("Болота Хувайза высыхают.", "Болота Хувайза", "hawizeh-marshes"),
    ("Иракская сторона болот Хувайза пересохла.", "болот Хувайза", "hawizeh-marshes"),
    ("Türkmənçay kəndində müqavilə bağlandı.", "Türkmənçay", "geonames:112634"),
    ("Türkmənçayda müqavilə bağlandı.", "Türkmənçay", "geonames:112634"),
    # read already before the round
    ("Ceyhun nehri Aral'a dökülür.", "Ceyhun nehri", "amu-darya"),
    ("Die Brücke Aghbend-Kelaleh wurde eröffnet.", "Aghbend-Kelaleh", "aghband-kalaleh-bridge"),
    ("Trade via the Maku Free Zone rose.", "Maku Free Zone", "maku-free-zone"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round380_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round380_bare_aral_persian_stays_the_sea():
    assert ("آرال", "aral-sea") in _found("دریاچه آرال خشک شد.") or (
        "دریاچه آرال",
        "aral-sea",
    ) in _found("دریاچه آرال خشک شد.")
    assert not any(pid == "north-aral-sea" for _, pid in _found("دریاچه آرال خشک شد."))


def test_round380_bare_huwayza_is_not_the_marsh():
    # the bare Russian name is also the town Hoveyzeh: only the marsh word makes it the marsh
    assert not any(pid == "hawizeh-marshes" for _, pid in _found("Город Хувайза в Хузестане."))


def test_round380_armenian_adjective_alone_is_not_the_sea():
    assert _found("Արալյան ճգնաժամը խորանում է։") == []


def test_round380_ceyhun_given_name_stays_unread():
    assert not any(pid == "amu-darya" for _, pid in _found("Ceyhun Kazancı bugün konuştu."))
    assert not any(pid == "amu-darya" for _, pid in _found("Ceyhun bugün Bakıya gəldi."))


def test_round380_treaty_name_leaves_the_village_unmarked():
    # stop 62: a treaty named after its town leaves the town unmarked
    assert _found("Türkmənçay müqaviləsi 1828-ci ildə imzalandı.") == []
