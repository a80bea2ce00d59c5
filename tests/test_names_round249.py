"""Round 249 (names249): names that held-out sets 362, 363 and 369 (Syria after Assad; Iraqi
Kurdistan and Iran's Kurdish border; Iran's Gulf ports) found missing, each as a cited page
writes it: the Khmeimim air base's 'Hmeymim Airbase' and Turkish 'Hmeymim Hava Üssü', the
Tamarchin crossing's Persian 'حاج عمران', Hakkari's Kurdish 'Colemerg', Deir ez-Zor's German
'Deir al-Sor'; the new record Bushehr Nuclear Power Plant (read whole, no longer as the town);
al-Asharah (Deir ez-Zor governorate) as a world row. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Hmeymim Airbase", "khmeimim-air-base"),
    ("Hmeymim Hava Üssü", "khmeimim-air-base"),
    ("حاج عمران", "tamarchin-crossing"),
    ("Colemerg", "geonames:318137"),
    ("Deir al-Sor", "geonames:170794"),
    ("Bushehr Nuclear Power Plant", "bushehr-nuclear-power-plant"),
    ("نیروگاه اتمی بوشهر", "bushehr-nuclear-power-plant"),
    ("Buşehr Nükleer Santrali", "bushehr-nuclear-power-plant"),
    ("АЭС «Бушер»", "bushehr-nuclear-power-plant"),
    ("Al-Asharah", "geonames:174036"),
    ("Al Asharah", "geonames:174036"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round249_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Cargo planes landed at Hmeymim Airbase overnight.", "Hmeymim Airbase", "khmeimim-air-base"),
    (
        "Inspectors toured the Bushehr Nuclear Power Plant.",
        "Bushehr Nuclear Power Plant",
        "bushehr-nuclear-power-plant",
    ),
    ("Clashes spread to Al-Asharah last week.", "Al-Asharah", "geonames:174036"),
    # German
    ("Die Kämpfe um Deir al-Sor gingen weiter.", "Deir al-Sor", "geonames:170794"),
    # Russian
    (
        "Специалисты вернулись на АЭС «Бушер» весной.",
        "АЭС «Бушер»",
        "bushehr-nuclear-power-plant",
    ),
    # Persian
    ("کامیون‌ها از مرز حاج عمران عبور کردند.", "حاج عمران", "tamarchin-crossing"),
    (
        "بازرسان از نیروگاه اتمی بوشهر بازدید کردند.",
        "نیروگاه اتمی بوشهر",
        "bushehr-nuclear-power-plant",
    ),
    # Turkish, with case endings
    ("Uçaklar Hmeymim Hava Üssü'nden kalktı.", "Hmeymim Hava Üssü", "khmeimim-air-base"),
    ("Colemerg'de kar yağdı.", "Colemerg", "geonames:318137"),
    (
        "Heyet Buşehr Nükleer Santrali'ni gezdi.",
        "Buşehr Nükleer Santrali",
        "bushehr-nuclear-power-plant",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round249_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the town stays the town
    ("The port of Bushehr handled more cargo.", [("Bushehr", "geonames:139817")]),
    (
        "Russia kept the Khmeimim air base.",
        [("Russia", "ru"), ("Khmeimim air base", "khmeimim-air-base")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round249_nothing_common_breaks(text, expected):
    assert _found(text) == expected
