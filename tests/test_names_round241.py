"""Round 241 (names241): leftovers of held-out sets 338-351, each name as a cited page writes
it: the new record Pythio; Ceuta, Dereköy, Wolfurt and Tofta as world rows
(BORDER_TOWNS); Russian 'Наджеф' and 'Челны', Azerbaijani 'Lampeduza', 'Mogilyov-Podolsk' and
'KXDR', Persian 'سفکس', German 'Malaysien', Turkish 'Baltık' and the Armenian names of
Thessaloniki, Central Macedonia, Kastanies and the Evros. The sentences are the project's
own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Pythio", "pythio"),
    ("Pythion", "pythio"),
    ("Ceuta", "geonames:6362987"),
    ("Сеута", "geonames:6362987"),
    ("Seuta", "geonames:6362987"),
    ("Dereköy", "geonames:748248"),
    ("Wolfurt", "geonames:2760894"),
    ("Tofta", "geonames:8714332"),
    ("Наджеф", "geonames:98860"),
    ("Lampeduza", "lampedusa-island"),
    ("سفکس", "geonames:2467454"),
    ("Mogilyov-Podolsk", "geonames:700918"),
    ("Челны", "geonames:523750"),
    ("Malaysien", "my"),
    ("KXDR", "kp"),
    ("Baltık", "baltic-sea"),
    ("Թեսաղոնիկէ", "thessaloniki"),
    ("Կեդրոնական Մակեդոնիա", "central-macedonia-gr"),
    ("Կեդրոնական Մակեդոնիոյ", "central-macedonia-gr"),
    ("Քասթանիէս", "kastanies"),
    ("Էվրոս", "maritsa-river"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round241_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Migrants waded across the river near Pythio.", "Pythio", "pythio"),
    # German
    ("Die Flüchtlinge kamen über Pythion.", "Pythion", "pythio"),
    ("Der Tanker ankerte vor Ceuta.", "Ceuta", "geonames:6362987"),
    ("Der Handel mit Malaysien wächst.", "Malaysien", "my"),
    ("Die Seilbahnbauer aus Wolfurt schickten Techniker.", "Wolfurt", "geonames:2760894"),
    ("Schwedische Soldaten übten in Tofta.", "Tofta", "geonames:8714332"),
    # Russian, with case endings
    ("Паломники вышли из Наджефа пешком.", "Наджеф", "geonames:98860"),
    ("В Наджефе прошла церемония.", "Наджеф", "geonames:98860"),
    ("Завод стоит в Челнах.", "Челн", "geonames:523750"),
    ("Дорогу строят в обход Челнов.", "Челн", "geonames:523750"),
    ("Мигранты доплыли до Сеуты.", "Сеут", "geonames:6362987"),
    # Azerbaijani, with case endings
    ("Qayıq Lampeduza adası yaxınlığında batıb.", "Lampeduza", "lampedusa-island"),
    ("Miqrantlar Lampeduzaya çatıb.", "Lampeduza", "lampedusa-island"),
    ("Qatar Mogilyov-Podolsk stansiyasına gedir.", "Mogilyov-Podolsk", "geonames:700918"),
    ("KXDR-in raketi dənizə düşüb.", "KXDR-in", "kp"),
    ("KXDR-də yeni sınaq keçirilib.", "KXDR-də", "kp"),
    ("Seutada sərhəd bağlanıb.", "Seuta", "geonames:6362987"),
    # Turkish, with case endings
    ("Gotland, ittifakın Baltık'taki üssü oldu.", "Baltık", "baltic-sea"),
    ("Tırlar Dereköy'den Bulgaristan'a geçti.", "Dereköy", "geonames:748248"),
    # Persian
    ("مهاجران در سفکس منتظر قایق بودند.", "سفکس", "geonames:2467454"),
    # Armenian (Western spelling), with the genitive
    ("Թեսաղոնիկէի մէջ ձեռնարկ մը տեղի ունեցաւ։", "Թեսաղոնիկէ", "thessaloniki"),
    (
        "Կեդրոնական Մակեդոնիոյ ներկայացուցիչը խօսեցաւ։",
        "Կեդրոնական Մակեդոնիոյ",
        "central-macedonia-gr",
    ),
    ("Գաղթականները հաւաքուեցան Քասթանիէսի մօտ։", "Քասթանիէս", "kastanies"),
    ("Գաղթականները հասան Էվրոսի ափը։", "Էվրոս", "maritsa-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round241_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Russian челны (boats) in lower case stays a word
    ("Рыбаки спустили челны на воду.", []),
    # Korsakov stays out (a surname; round 234)
    ("Корсаков написал письмо.", []),
    ("Композитор Николай Римский-Корсаков написал оперу.", []),
    ("Rimsky-Korsakov wrote an opera.", []),
    ("Сергей Корсаков заявил журналистам.", []),
    # the Baltic states stay the states
    ("Baltık ülkeleri toplandı.", [("Baltık ülkeleri", "baltic-states")]),
    ("Baltık Denizi'nde tatbikat yapıldı.", [("Baltık Denizi", "baltic-sea")]),
    # the bare 'Baumgarten' was left out: a surname and many villages' name
    ("Der Philosoph Alexander Gottlieb Baumgarten prägte den Begriff.", []),
    # the given name Inga (Swedish 'Ingå' folds to it) was left out
    ("Inga sagte nichts.", []),
    # Turkish 'sunan' (presenting) and 'zaviye' (an angle) stay words
    ("Hizmet sunan şirketler büyüdü.", []),
    ("Bu zaviyeden bakınca her şey farklı.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round241_nothing_common_breaks(text, expected):
    assert _found(text) == expected
