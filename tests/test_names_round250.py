"""Round 250 (names250): names that held-out sets 365-368 (Turkey's Black Sea coast;
Azerbaijan's north and Dagestan; Javakheti and the Armenia-Georgia border; Uzbekistan and the
Trans-Afghan railway) found missing: Ladik (Samsun), Maymana, Sheberghan, Chamkani and Sayed
Karam as world rows (BORDER_TOWNS); the new records Naryn-Kala, Derbent's citadel, and the
villages Orlovka (Javakheti) and Utug (Quba); the
Türkgözü gate no longer holds its town's name before it ('Posof Türkgözü'). The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Ladik", "geonames:741892"),
    ("Maymana", "geonames:1133453"),
    ("Маймана", "geonames:1133453"),
    ("Sheberghan", "geonames:1125444"),
    ("Шеберган", "geonames:1125444"),
    ("شبرغان", "geonames:1125444"),
    ("Chamkani", "geonames:1145511"),
    ("Sayed Karam", "geonames:1126216"),
    ("Naryn-Kala", "naryn-kala"),
    ("Нарын-кала", "naryn-kala"),
    ("Нарын-Кала", "naryn-kala"),
    ("крепость Нарын-Кала", "naryn-kala"),
    ("Orlovka", "orlovka-ge"),
    ("Орловка", "orlovka-ge"),
    ("Օրլովկա", "orlovka-ge"),
    ("Utug", "utug-az"),
    ("Utuq", "utug-az"),
    ("Утуг", "utug-az"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round250_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The railway would run from Mazar-i-Sharif to Sheberghan.", "Sheberghan", "geonames:1125444"),
    ("Flooding cut the road to Maymana.", "Maymana", "geonames:1133453"),
    ("Officials met in Chamkani on Tuesday.", "Chamkani", "geonames:1145511"),
    ("Elders gathered in Sayed Karam.", "Sayed Karam", "geonames:1126216"),
    ("Tourists climbed up to Naryn-Kala.", "Naryn-Kala", "naryn-kala"),
    ("Snow closed the road to Orlovka.", "Orlovka", "orlovka-ge"),
    # Armenian, with a case ending
    ("Գյուղացիները Օրլովկայում հավաքվեցին։", "Օրլովկա", "orlovka-ge"),
    # Azerbaijani, with a case ending
    ("Utuq kəndində yol təmir olunur.", "Utuq", "utug-az"),
    # Russian, with case endings
    ("Туристы поднялись к крепости Нарын-Кала.", "Нарын-Кала", "naryn-kala"),
    ("Реставраторы работают в Нарын-Кале.", "Нарын-Кале", "naryn-kala"),
    ("Делегация прибыла в Маймане.", "Майман", "geonames:1133453"),
    ("Школа в Орловке закрылась.", "Орловк", "orlovka-ge"),
    # Turkish, with case endings
    ("Ladik'te deprem korkuttu.", "Ladik", "geonames:741892"),
    ("Heyet dün Maymana'ya ulaştı.", "Maymana", "geonames:1133453"),
    # the gate after its town: the town and the gate apart
    ("Tırlar Posof Türkgözü Sınır Kapısı'nda bekliyor.", "Posof", "geonames:740531"),
    ("Tırlar Posof Türkgözü Sınır Kapısı'nda bekliyor.", "Türkgözü Sınır Kapısı", "turkgozu"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round250_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Turkish bozkurt (the grey wolf) stays a word: no row was added for Bozkurt
    ("Bozkurt işareti tartışma yarattı.", []),
    # Derbent stays the city
    ("Дербент встречает гостей.", [("Дербент", "geonames:566532")]),
    # Mazar-i-Sharif stays held by its Turkish name
    ("Mezar-ı Şerif'te patlama oldu.", [("Mezar-ı Şerif", "geonames:1133616")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round250_nothing_common_breaks(text, expected):
    assert _found(text) == expected
