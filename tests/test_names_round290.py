"""Round 290 (names290): names that held-out sets 471-473 (round 102) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: English
'Republic of Artsakh' (Karabakh, read whole), Persian 'چورنومورسک' and 'چرنومورسک' and Armenian
'Չեռնոմորսկ' (Chornomorsk), Azerbaijani 'Yujnı', Persian 'بندر پیودنیی' and Armenian 'Յուժնի'
(the Pivdennyi port), German 'Moldawien' and 'Mykolajiw', Persian 'تکیرداگ', and a new place,
the Fatih Sultan Mehmet Bridge. Left out: Turkish bare 'Tuna' (the fish, a given name), German
'Ismail' (a given name) and 'Balkan' (also Turkmenistan's province), the bare 'Fatih Sultan
Mehmet' (the sultan). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Republic of Artsakh", "karabakh"),
    ("چورنومورسک", "geonames:707688"),
    ("چرنومورسک", "geonames:707688"),
    ("Չեռնոմորսկ", "geonames:707688"),
    ("Yujnı", "pivdennyi-port"),
    ("بندر پیودنیی", "pivdennyi-port"),
    ("Յուժնի", "pivdennyi-port"),
    ("Moldawien", "md"),
    ("Mykolajiw", "geonames:700569"),
    ("تکیرداگ", "geonames:738927"),
    ("Fatih Sultan Mehmet Köprüsü", "fatih-sultan-mehmet-bridge"),
    ("Fatih Sultan Mehmet Bridge", "fatih-sultan-mehmet-bridge"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round290_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # the Republic of Artsakh, whole
    ("Observers visited the Republic of Artsakh in 2019.", "Republic of Artsakh", "karabakh"),
    # Chornomorsk in Persian and Armenian (ablative)
    ("کشتی از بندر چورنومورسک حرکت کرد.", "چورنومورسک", "geonames:707688"),
    ("دو کشتی از چرنومورسک خارج شدند.", "چرنومورسک", "geonames:707688"),
    ("Նավերը Չեռնոմորսկից ճանապարհ ընկան։", "Չեռնոմորսկ", "geonames:707688"),
    # the Pivdennyi port, with case endings
    ("Gəmilər Yujnı limanından çıxıb.", "Yujnı", "pivdennyi-port"),
    ("Yujnıdan yük gəmisi çıxdı.", "Yujnı", "pivdennyi-port"),
    ("کشتی امروز بندر پیودنیی را ترک کرد.", "بندر پیودنیی", "pivdennyi-port"),
    ("Նավը դուրս եկավ Յուժնիից։", "Յուժնի", "pivdennyi-port"),
    # Moldova and Mykolaiv in German, Tekirdağ in Persian
    ("Der Weg führt über Moldawien.", "Moldawien", "md"),
    ("Der Bürgermeister von Mykolajiw sprach.", "Mykolajiw", "geonames:700569"),
    ("بار به تکیرداگ رسید.", "تکیرداگ", "geonames:738927"),
    ("کشتی به استان تکیرداگ رسید.", "استان تکیرداگ", "tekirdag-province-tr"),
    # the bridge, with the Turkish locative
    (
        "Kamyonlar Fatih Sultan Mehmet Köprüsü'nde kuyruk oluşturdu.",
        "Fatih Sultan Mehmet Köprüsü",
        "fatih-sultan-mehmet-bridge",
    ),
    (
        "Der Stau auf der Fatih-Sultan-Mehmet-Brücke wächst.",
        "Fatih-Sultan-Mehmet-Brücke",
        "fatih-sultan-mehmet-bridge",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round290_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the sultan's bare name stays no place
    ("Fatih Sultan Mehmet war ein Sultan.", []),
    # 'tuna' stays the fish
    ("We ate tuna for lunch.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round290_nothing_common_breaks(text, expected):
    assert _found(text) == expected
