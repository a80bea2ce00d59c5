"""Round 154 (names154): names and a place that held-out round 25 (sets 197-199) found missing,
each as a cited page writes it: Armenian 'Աքթաշ' (the Aktaş gate's village) and 'Չըլդըր' (the
town of Çıldır), Azerbaijani 'Horqos' (China's Horgos), and the new place Altynkol, Kazakhstan's
border station at Khorgos ('Altynkol', Russian 'Алтынколь', Persian 'آلتینکول'), drawn at the
Kazakh town's point. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Աքթաշ", "aktas-cildir"),
    ("Չըլդըր", "geonames:749109"),
    ("Horqos", "horgos-cn"),
    ("Altynkol", "altynkol"),
    ("Алтынколь", "altynkol"),
    ("آلتینکول", "altynkol"),
    # the Kazakh town keeps its names
    ("Khorgos", "geonames:1522684"),
    ("Хоргос", "geonames:1522684"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round154_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Armenian: the gate's village in the genitive and bare; Çıldır in the ablative and locative
    ("Աքթաշի սահմանային անցակետը բացվեց։", "Աքթաշ", "aktas-cildir"),
    ("Աքթաշ անցակետով բեռներ են անցնում։", "Աքթաշ", "aktas-cildir"),
    ("3.5 ժամում Չըլդըրից հասնել Թբիլիսի։", "Չըլդըր", "geonames:749109"),
    ("Չըլդըրում ձյուն է։", "Չըլդըր", "geonames:749109"),
    # Azerbaijani: Horgos with case endings
    ("Qatarlar Horqosdan keçir.", "Horqos", "horgos-cn"),
    ("Yük Horqos stansiyasından keçdi.", "Horqos", "horgos-cn"),
    ("Horqosda yeni quru liman açılıb.", "Horqos", "horgos-cn"),
    # English, Russian, Persian: Altynkol
    ("The train reached Altynkol station.", "Altynkol", "altynkol"),
    ("Cargo crosses the border at Altynkol.", "Altynkol", "altynkol"),
    ("Поезд прибыл в Алтынколь.", "Алтынколь", "altynkol"),
    ("Грузы идут через станцию Алтынколь и Хоргос.", "Хоргос", "geonames:1522684"),
    ("قطار از آلتینکول به باکو رفت.", "آلتینکول", "altynkol"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round154_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    # the Kazakh town stays itself in English and German
    ("Trucks cross the border at Khorgos.", [("Khorgos", "geonames:1522684")]),
    ("Die Container werden in Khorgas umgeladen.", [("Khorgas", "geonames:1522684")]),
    # Turkish Çıldır stays the town
    (
        "Çıldır'dan Tiflis'e gidilir.",
        [("Çıldır", "geonames:749109"), ("Tiflis", "geonames:611717")],
    ),
    # common words
    ("The gold lake is cold.", []),
    ("Hava soyuq idi və qatar gecikdi.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round154_nothing_common_breaks(text, expected):
    assert _found(text) == expected
