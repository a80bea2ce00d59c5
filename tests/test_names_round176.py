"""Round 176 (names176): names that held-out rounds 39-40 found missing, each as a cited page
writes it: Lashkar Gah (German 'Laschkar Gah', 'Laschkarga', Persian 'لشکرگاه'), the Ilısu Dam
('Ilısu Barajı', 'Ilisu Dam', Persian 'سد ایلیسو') and the Tabqa Dam ('Euphrates Dam'). The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Lashkar Gah", "lashkar-gah-af"),
    ("Lashkargah", "lashkar-gah-af"),
    ("Laschkar Gah", "lashkar-gah-af"),
    ("Laschkarga", "lashkar-gah-af"),
    ("لشکرگاه", "lashkar-gah-af"),
    ("Ilısu Dam", "ilisu-dam"),
    ("Ilisu Dam", "ilisu-dam"),
    ("Ilısu Barajı", "ilisu-dam"),
    ("سد ایلیسو", "ilisu-dam"),
    ("Tabqa Dam", "tabqa-dam"),
    ("Euphrates Dam", "tabqa-dam"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round176_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English: the whole name, not Qax's "Gah"
    ("Fighting continued in Lashkar Gah.", "Lashkar Gah", "lashkar-gah-af"),
    ("The Ilisu Dam flooded Hasankeyf.", "Ilisu Dam", "ilisu-dam"),
    ("The Tabqa Dam was captured.", "Tabqa Dam", "tabqa-dam"),
    # German
    ("Die Taliban griffen Laschkar Gah an.", "Laschkar Gah", "lashkar-gah-af"),
    ("Zivilisten flohen nach Laschkarga.", "Laschkarga", "lashkar-gah-af"),
    # Persian
    ("طالبان لشکرگاه را تصرف کردند.", "لشکرگاه", "lashkar-gah-af"),
    ("آبگیری سد ایلیسو آغاز شد.", "سد ایلیسو", "ilisu-dam"),
    # Turkish, with case endings
    ("Ilısu Barajı'nda su seviyesi yükseldi.", "Ilısu Barajı", "ilisu-dam"),
    ("Ilısu Barajı'na su doldu.", "Ilısu Barajı", "ilisu-dam"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round176_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("People fled Mosul.", [("Mosul", "geonames:99072")]),
    ("The Euphrates flows south.", [("Euphrates", "euphrates-river")]),
    ("The people of Dukan left.", [("Dukan", "geonames:96953")]),
    ("The dam on the Tigris.", [("Tigris", "tigris-river")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round176_nothing_common_breaks(text, expected):
    assert _found(text) == expected
