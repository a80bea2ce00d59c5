"""Round 231 (names231): the Sahel and Russia's Africa Corps, names held-out set 340 found
missing, each as a cited page or GeoNames writes it: Mali's Timbuktu, Gao, Mopti, Kidal,
Ménaka and Bankass, Niger's Agadez and Libya's Kufra (its town Al Jawf) as world rows; the new
records Tinzaouaten, Azawad, the Sahel, the Sahara and Niamey's Diori Hamani airport; West
Africa as a macro-region. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Timbuktu", "geonames:2449067"),
    ("Tombouctou", "geonames:2449067"),
    ("Тимбукту", "geonames:2449067"),
    ("Tombuktu", "geonames:2449067"),
    ("تیمبوکتو", "geonames:2449067"),
    ("تمبوکتو", "geonames:2449067"),
    ("Gao", "geonames:2457163"),
    ("Гао", "geonames:2457163"),
    ("گائو", "geonames:2457163"),
    ("Kidal", "geonames:2455290"),
    ("Кидаль", "geonames:2455290"),
    ("کیدال", "geonames:2455290"),
    ("Mopti", "geonames:2453348"),
    ("Bankass", "geonames:2460401"),
    ("Menaka", "geonames:2453514"),
    ("Ménaka", "geonames:2453514"),
    ("Agadez", "geonames:2448085"),
    ("Kufra", "geonames:88962"),
    ("Al-Kufrah", "geonames:88962"),
    ("Куфра", "geonames:88962"),
    ("Tinzaouaten", "tinzaouaten-ml"),
    ("Tinzawatene", "tinzaouaten-ml"),
    ("Tin-Zaouatene", "tinzaouaten-ml"),
    ("Azawad", "azawad-ml"),
    ("Diori Hamani International Airport", "diori-hamani-airport"),
    ("Flughafen Niamey", "diori-hamani-airport"),
    ("Sahel", "sahel"),
    ("Сахель", "sahel"),
    ("Sahelzone", "sahel"),
    ("Sahara", "sahara"),
    ("Сахара", "sahara"),
    ("صحرای بزرگ آفریقا", "sahara"),
    ("West Africa", "western-africa"),
    ("Western Africa", "western-africa"),
    ("Batı Afrika", "western-africa"),
    ("Qərbi Afrika", "western-africa"),
    ("Западная Африка", "western-africa"),
    ("Westafrika", "western-africa"),
    ("غرب آفریقا", "western-africa"),
    ("Արևմտյան Աֆրիկա", "western-africa"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round231_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Mercenaries were seen near Timbuktu and Gao.", "Gao", "geonames:2457163"),
    ("The convoy drove south from Kufra.", "Kufra", "geonames:88962"),
    ("Rebels ambushed the column at Tinzaouaten.", "Tinzaouaten", "tinzaouaten-ml"),
    ("The drought spread across the Sahel.", "Sahel", "sahel"),
    ("Elections were held across West Africa.", "West Africa", "western-africa"),
    ("The MNLA claimed Azawad in 2012.", "Azawad", "azawad-ml"),
    (
        "A drone landed at Diori Hamani International Airport.",
        "Diori Hamani International Airport",
        "diori-hamani-airport",
    ),
    # German
    ("Die Truppen zogen aus Agadez ab.", "Agadez", "geonames:2448085"),
    ("Die Hilfe erreichte Westafrika spät.", "Westafrika", "western-africa"),
    # Russian, with case endings
    ("Военные прибыли в Гао.", "Гао", "geonames:2457163"),
    ("Колонна вышла из Кидаля утром.", "Кидал", "geonames:2455290"),
    ("Самолёт сел в Куфре.", "Куфр", "geonames:88962"),
    ("Выборы прошли в Западной Африке.", "Западной Африке", "western-africa"),
    # Turkish, with case endings
    ("Askerler Timbuktu'ya girdi.", "Timbuktu", "geonames:2449067"),
    ("Kidal'de çatışma çıktı.", "Kidal", "geonames:2455290"),
    ("Sahel'de kuraklık sürüyor.", "Sahel", "sahel"),
    # Persian
    ("نیروها در غرب آفریقا مستقر شدند.", "غرب آفریقا", "western-africa"),
    ("درگیری در کیدال ادامه دارد.", "کیدال", "geonames:2455290"),
    ("نیروها وارد تمبوکتو شدند.", "تمبوکتو", "geonames:2449067"),
    # Azerbaijani
    ("Qərbi Afrikada seçkilər keçirildi.", "Qərbi Afrika", "western-africa"),
    # Armenian
    ("Արևմտյան Աֆրիկայում ընտրություններ անցան։", "Արևմտյան Աֆրիկա", "western-africa"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round231_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Gao, the Chinese surname, before a given name or after a title
    ("Gao Feng said the talks would resume.", []),
    ("Mr Gao said the talks would resume.", []),
    # Russian 'сахара', the genitive of sugar, in lower case
    ("Производство сахара выросло.", []),
    # Persian 'گاو' (cow), a GeoNames name of Gao left out
    ("گاو در مزرعه است.", []),
    # Persian 'ساحل' (coast) is no Sahel
    ("ساحل دریا شلوغ بود.", []),
    # Turkish 'sahra' (desert, field) is no Sahara
    ("Sahra hastanesi kuruldu.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round231_nothing_common_breaks(text, expected):
    assert _found(text) == expected
