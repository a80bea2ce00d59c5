"""Round 350 (names350): names real articles on the IMEC corridor, Central Asia and Caspian
shipping wrote, checked first: Persian 'فلسطین اشغالی' as Israel's territory, and Russian
'Цзянсу' for Jiangsu, whose Armenian spelling 'Ցզյանսու' no longer reads Jiangxi. Persian
'دوشنبه' (also Monday) stays out; the rest was not done for time. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("فلسطین اشغالی", "il"),
    ("Цзянсу", "jiangsu-cn"),
    ("Цзянси", "jiangxi-cn"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round350_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("موشک‌ها به فلسطین اشغالی شلیک شد.", "فلسطین اشغالی", "il"),
    ("آژیرها در مناطق مختلف فلسطین اشغالی به صدا درآمد.", "فلسطین اشغالی", "il"),
    ("Բեռը հասավ Ցզյանսու նահանգ։", "Ցզյանսու նահանգ", "jiangsu-cn"),
    ("Ցզյանսուի գործարանը մեծ է։", "Ցզյանսու", "jiangsu-cn"),
    ("Ցզյանսի նահանգում աշխատում են։", "Ցզյանսի նահանգ", "jiangxi-cn"),
    ("Груз прибыл в Цзянсу вчера.", "Цзянсу", "jiangsu-cn"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round350_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round350_bare_palestine_stays_palestine():
    assert ("فلسطین", "ps") in _found("مردم فلسطین مقاومت می‌کنند.")
    assert not any(pid == "il" for _, pid in _found("مردم فلسطین مقاومت می‌کنند."))


def test_round350_jiangxi_keeps_its_own():
    assert not any(pid == "jiangsu-cn" for _, pid in _found("Ցզյանսի նահանգում աշխատում են։"))
    assert not any(pid == "jiangxi-cn" for _, pid in _found("Ցզյանսու նահանգում աշխատում են։"))


def test_round350_monday_is_no_place():
    assert _found("روز دوشنبه جلسه برگزار شد.") == []
