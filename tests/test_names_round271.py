"""Round 271 (names271): names that the held-out sets found missing, each cited by a page that
writes it: Russian 'Северная Корея' and 'Южная Корея' (their cases derived), and new
places.yaml records for Pul-e Khumri (Baghlan's capital, GeoNames' row) and the Kharlachi
crossing (Kurram to Paktia). Round 270's Persian 'دالان گازی جنوب' is re-sourced and still
reads. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Северная Корея", "kp"),
    ("Южная Корея", "kr"),
    ("Pul-e Khumri", "pul-e-khumri"),
    ("Puli Khumri", "pul-e-khumri"),
    ("Pul-i-Khumri", "pul-e-khumri"),
    ("Kharlachi", "kharlachi-crossing"),
    ("Kherlachi", "kharlachi-crossing"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round271_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place or corridor
CASES = [
    # Russian, with the genitive, prepositional and accusative endings
    ("Делегация прибыла из Северной Кореи.", "Северной Кореи", "kp"),
    ("Посол посетил Северную Корею.", "Северную Корею", "kp"),
    ("Северная Корея провела учения.", "Северная Корея", "kp"),
    ("В Южной Корее прошли выборы.", "Южной Корее", "kr"),
    ("Президент Южной Кореи выступил.", "Южной Кореи", "kr"),
    # English
    ("The road from Puli Khumri to Kabul was closed.", "Puli Khumri", "pul-e-khumri"),
    ("Fighting was reported near Pul-i-Khumri.", "Pul-i-Khumri", "pul-e-khumri"),
    ("Trucks crossed at Kharlachi into Paktia.", "Kharlachi", "kharlachi-crossing"),
    # (the English crossing words in lower case stay outside the mention: stop 82)
    ("The Kharlachi border crossing reopened.", "Kharlachi", "kharlachi-crossing"),
    # Persian, round 270's name re-sourced
    ("گاز از دالان گازی جنوب به اروپا می‌رسد.", "دالان گازی جنوب", "southern-gas-corridor"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round271_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    ("Корея — полуостров.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round271_nothing_common_breaks(text, expected):
    assert _found(text) == expected
