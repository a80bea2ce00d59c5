"""Round 258 (names258): names that held-out set 390 (Iran's Fars, Kerman and Yazd) and the
earlier rounds found missing, each as a cited page or GeoNames writes it: Bandar-e Charak,
Baghin and Rayen as world rows; Persepolis, Pasargadae, the Tomb of Saadi and the Sungun
copper mine as new records; the Shah Cheragh shrine's Turkish and Russian names, Bandar
Lengeh's 'Bandar-Lenge', Kerman province's Turkish 'Kirman' and Mazar-i-Sharif's 'Mezarı
Şerif'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Şah Çerağ", "shah-cheragh"),
    ("Şah Çerağ Türbesi", "shah-cheragh"),
    ("Шах-Черах", "shah-cheragh"),
    ("Bandar-Lenge", "geonames:141665"),
    ("Bandar Lenge", "geonames:141665"),
    ("Bandar-e Charak", "geonames:141678"),
    ("Bandar-Charak", "geonames:141678"),
    ("بندر چارک", "geonames:141678"),
    ("Baghin", "geonames:142049"),
    ("باغین", "geonames:142049"),
    ("Rayen", "geonames:118696"),
    ("Mezarı Şerif", "geonames:1133616"),
    ("Persepolis", "persepolis"),
    ("تخت جمشید", "persepolis"),
    ("Pasargadae", "pasargadae"),
    ("پاسارگاد", "pasargadae"),
    ("Tomb of Saadi", "tomb-of-saadi"),
    ("Saadieh", "tomb-of-saadi"),
    ("آرامگاه سعدی", "tomb-of-saadi"),
    ("Sungun copper mine", "sungun-copper-mine"),
    ("معدن مس سونگون", "sungun-copper-mine"),
    # held before
    ("Mezar-ı Şerif", "geonames:1133616"),
    # the Latin 'Pasargad' stays GeoNames' town row
    ("Pasargad", "geonames:401202"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round258_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The ferry left Bandar-Lenge at noon.", "Bandar-Lenge", "geonames:141665"),
    ("Speedboats run from Bandar-Charak to the island.", "Bandar-Charak", "geonames:141678"),
    ("A rail link to Baghin is planned.", "Baghin", "geonames:142049"),
    ("Mourners came from Rayen.", "Rayen", "geonames:118696"),
    ("Tourists crowded Persepolis at Nowruz.", "Persepolis", "persepolis"),
    ("The tomb of Cyrus stands at Pasargadae.", "Pasargadae", "pasargadae"),
    ("Poets gathered at the Tomb of Saadi.", "Tomb of Saadi", "tomb-of-saadi"),
    ("Output at the Sungun copper mine grew.", "Sungun copper mine", "sungun-copper-mine"),
    # Turkish, with case endings
    ("Şah Çerağ Türbesi'ne saldırı düzenlendi.", "Şah Çerağ Türbesi", "shah-cheragh"),
    ("Kirman Valisi açıklama yaptı.", "Kirman", "kerman-province"),
    ("Kirman'da tören düzenlendi.", "Kirman", "geonames:128234"),
    ("Mezarı Şerif'te çatışma çıktı.", "Mezarı Şerif", "geonames:1133616"),
    ("Bagin'de tatbikat yapıldı.", "Bagin", "geonames:142049"),
    ("Persepolis'i her yıl binlerce turist geziyor.", "Persepolis", "persepolis"),
    # Azerbaijani, with the dative
    ("Turistlər Persepolisə getdilər.", "Persepolis", "persepolis"),
    # Russian
    ("Паломники посетили мавзолей Шах-Черах.", "Шах-Черах", "shah-cheragh"),
    # Persian
    ("گردشگران از تخت جمشید دیدن کردند.", "تخت جمشید", "persepolis"),
    ("بازدیدکنندگان به پاسارگاد رفتند.", "پاسارگاد", "pasargadae"),
    ("شاعران در آرامگاه سعدی گرد آمدند.", "آرامگاه سعدی", "tomb-of-saadi"),
    ("تولید معدن مس سونگون افزایش یافت.", "معدن مس سونگون", "sungun-copper-mine"),
    # German
    ("Die Touristen besuchten Persepolis.", "Persepolis", "persepolis"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round258_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Persian 'چارک' (a quarter) was dropped from Bandar-e Charak's row
    ("یک چارک نان خرید.", []),
    # Persian 'راین' stays the Rhine's, not Rayen's
    ("رود راین طولانی است.", [("رود راین", "rhine-river")]),
    # the Pasargad bank is no place
    ("بانک پاسارگاد سود داد.", []),
    # the Tehran football club with its initials is no place
    ("Persepolis FC beat Esteghlal.", []),
    # the Persian club name is not the site's
    ("پرسپولیس استقلال را برد.", []),
    # the Latin 'Pasargad' stays the town
    ("He lives in Pasargad.", [("Pasargad", "geonames:401202")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round258_nothing_common_breaks(text, expected):
    assert _found(text) == expected
