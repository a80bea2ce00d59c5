"""Round 232 (names232): names that held-out set 342 (Tatarstan, the Alabuga drone works)
found missing, each as a cited page writes it: the long forms of Russia's republics (English
'Republic of Tatarstan', 'Republic of Bashkortostan', 'Republic of Kalmykia', 'Republic of
Ingushetia', 'Udmurt Republic', 'Bashkiria', Turkish 'Başkurdistan Cumhuriyeti', 'Tuva
Cumhuriyeti', 'Altay Özerk Cumhuriyeti', 'Kırım Özerk Cumhuriyeti'), Tatarstan's
towns as world rows (Nizhnekamsk, Yelabuga, Leninogorsk, Almetyevsk, Zelenodolsk) and the new
record of the Alabuga special economic zone. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Republic of Tatarstan", "tatarstan-ru"),
    ("Republic of Bashkortostan", "bashkortostan-ru"),
    ("Bashkiria", "bashkortostan-ru"),
    ("Başkurdistan Cumhuriyeti", "bashkortostan-ru"),
    ("Başkurdistan Özerk Cumhuriyeti", "bashkortostan-ru"),
    ("Republic of Kalmykia", "kalmykia-ru"),
    ("Republic of Ingushetia", "ingushetia-ru"),
    ("Udmurt Republic", "udmurtia-ru"),
    ("Alabuga", "alabuga-sez"),
    ("Алабуга", "alabuga-sez"),
    ("Alabuga SEZ", "alabuga-sez"),
    ("Alabuga Special Economic Zone", "alabuga-sez"),
    ("Sonderwirtschaftszone Alabuga", "alabuga-sez"),
    ("Nizhnekamsk", "geonames:521118"),
    ("Нижнекамск", "geonames:521118"),
    ("Nischnekamsk", "geonames:521118"),
    ("Nijnekamsk", "geonames:521118"),
    ("Yelabuga", "geonames:468082"),
    ("Elabuga", "geonames:468082"),
    ("Елабуга", "geonames:468082"),
    ("Jelabuga", "geonames:468082"),
    ("Leninogorsk", "geonames:536162"),
    ("Лениногорск", "geonames:536162"),
    ("Leninoqorsk", "geonames:536162"),
    ("Almetyevsk", "geonames:582432"),
    ("Альметьевск", "geonames:582432"),
    ("Zelenodolsk", "geonames:463835"),
    ("Зеленодольск", "geonames:463835"),
    ("Tuva Cumhuriyeti", "tuva-ru"),
    ("Tıva Cumhuriyeti", "tuva-ru"),
    ("Altay Özerk Cumhuriyeti", "altai-republic-ru"),
    ("Kırım Özerk Cumhuriyeti", "crimea-ua"),
    ("Kırım Cumhuriyeti", "crimea-ua"),
    # held before the round
    ("Республика Татарстан", "tatarstan-ru"),
    ("Tataristan Cumhuriyeti", "tatarstan-ru"),
    ("Republik Tatarstan", "tatarstan-ru"),
    ("جمهوری تاتارستان", "tatarstan-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round232_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Drones flew over the Republic of Tatarstan.", "Republic of Tatarstan", "tatarstan-ru"),
    (
        "He was born in the Republic of Bashkortostan.",
        "Republic of Bashkortostan",
        "bashkortostan-ru",
    ),
    ("Honey from Bashkiria is sold there.", "Bashkiria", "bashkortostan-ru"),
    ("Elista is the capital of the Republic of Kalmykia.", "Republic of Kalmykia", "kalmykia-ru"),
    ("Magas lies in the Republic of Ingushetia.", "Republic of Ingushetia", "ingushetia-ru"),
    ("The river rises in the Udmurt Republic.", "Udmurt Republic", "udmurtia-ru"),
    ("The plant in Alabuga makes drones.", "Alabuga", "alabuga-sez"),
    ("A drone struck a refinery in Nizhnekamsk.", "Nizhnekamsk", "geonames:521118"),
    ("The factory near Yelabuga was hit.", "Yelabuga", "geonames:468082"),
    ("Oil workers live in Almetyevsk.", "Almetyevsk", "geonames:582432"),
    # German
    (
        "Die Sonderwirtschaftszone Alabuga wurde angegriffen.",
        "Sonderwirtschaftszone Alabuga",
        "alabuga-sez",
    ),
    ("Die Raffinerie in Nischnekamsk brannte.", "Nischnekamsk", "geonames:521118"),
    # Russian, with case endings (the mention is the name's stem, as the parser reads it)
    ("Беспилотник упал в Нижнекамске.", "Нижнекамск", "geonames:521118"),
    ("Завод в Алабуге остановлен.", "Алабуг", "alabuga-sez"),
    ("Он приехал из Елабуги.", "Елабуг", "geonames:468082"),
    # Turkish, with a case ending
    (
        "Başkurdistan Cumhuriyeti'nde seçim yapıldı.",
        "Başkurdistan Cumhuriyeti",
        "bashkortostan-ru",
    ),
    ("Tataristan Cumhuriyeti'nin başkenti Kazan'dır.", "Tataristan Cumhuriyeti", "tatarstan-ru"),
    ("Tuva Cumhuriyeti'nde kar yağdı.", "Tuva Cumhuriyeti", "tuva-ru"),
    ("Kırım Özerk Cumhuriyeti'nin başkenti Akmescit'tir.", "Kırım Özerk Cumhuriyeti", "crimea-ua"),
    # Azerbaijani, with a case ending
    ("Leninoqorsk şəhərində yanğın oldu.", "Leninoqorsk", "geonames:536162"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round232_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Turkish 'kama' is a dagger: no alias of the river
    ("Adam kamasını çekti.", []),
    # 'NBC' stays the network, not Nizhnekamsk's airport code
    ("NBC reported the news.", []),
    # German 'parat' (ready) stays a word
    ("Er hatte die Antwort parat.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round232_nothing_common_breaks(text, expected):
    assert _found(text) == expected
