"""Round 353 (names353): names of crossings, ports and towns that real articles on the Arbaeen
pilgrimage, Black Sea grain shipping and the Russia-Azerbaijan crisis wrote, checked first.
Added: Persian "official" after the border word ("مرز رسمی خسروی", as "مرز بین المللی رازی"
reads), read as the crossing with the words outside. Read already: German 'Chazzabeh' and
'Nordkaukasus'. The rest had no page writing them or were not done for time. The sentences
are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it names (held already, unchanged)
GEOCODES = [
    ("Chazzabeh", "chazabeh-crossing"),
    ("Nordkaukasus", "north-caucasus"),
    ("مرز خسروی", "khosravi-crossing"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round353_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("زائران از مرز رسمی خسروی وارد عراق شدند.", "خسروی", "khosravi-crossing"),
    (
        "در این شهرستان دو مرز رسمی خسروی و پرویزخان قرار دارد.",
        "خسروی",
        "khosravi-crossing",
    ),
    ("کامیون‌ها از مرز بین المللی رازی عبور کردند.", "رازی", "razi-crossing"),
    ("زائران از پایانه مرزی نوردوز گذشتند.", "نوردوز", "nurduz"),
    (
        "Die Pilger zogen über Schalamtsche und Chazzabeh nach Kerbela.",
        "Chazzabeh",
        "chazabeh-crossing",
    ),
    ("Die Lage im Nordkaukasus bleibt gespannt.", "Nordkaukasus", "north-caucasus"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round353_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round353_bare_khosravi_stays_unread():
    """The bare 'خسروی' is a common Iranian surname: no border word, no crossing."""
    assert not any(
        pid == "khosravi-crossing" for _, pid in _found("آقای خسروی دیروز به تهران آمد.")
    )


def test_round353_official_is_not_a_name():
    """'رسمی' (official) alone before a town's name reads no crossing of it."""
    assert not any(pid == "khosravi-crossing" for _, pid in _found("سفر رسمی به تهران انجام شد."))
