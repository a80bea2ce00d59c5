"""Round 152 (names152): names that held-out round 23 (sets 191-193) found missing, each as a
cited page writes it: Russian 'Сакартвело' (Georgia) and 'Нижняя Карталиния' (Kvemo Kartli),
Persian 'آجاریا' (Adjara), Azerbaijani 'Tovuz mərzi' (Tavush), German 'Turgundu' (Torghundi),
Armenian 'Գորելովկա' (Gorelovka), and the new places the Samur-Absheron canal (APPROXIMATE at
its head works at Samur; the bare 'Samur' stays the village) and the Jeyranbatan reservoir (the
bare 'Ceyranbatan' stays the settlement). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Сакартвело", "ge"),
    ("Нижняя Карталиния", "kvemo-kartli-ge"),
    ("آجاریا", "adjara-ge"),
    ("Tovuz mərzi", "tavush-province"),
    ("Turgundu", "torghundi"),
    ("Գորելովկա", "geonames:614462"),
    ("Samur-Absheron Canal", "samur-absheron-canal"),
    ("Samur-Abşeron kanalı", "samur-absheron-canal"),
    ("Самур-Апшеронский канал", "samur-absheron-canal"),
    ("Jeyranbatan Reservoir", "jeyranbatan-reservoir"),
    ("Ceyranbatan su anbarı", "jeyranbatan-reservoir"),
    ("Джейранбатанское водохранилище", "jeyranbatan-reservoir"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round152_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian: Georgia's own name; Kvemo Kartli in the nominative and the prepositional
    ("Грузины называют свою страну Сакартвело.", "Сакартвело", "ge"),
    ("Нижняя Карталиния граничит с Арменией.", "Нижняя Карталиния", "kvemo-kartli-ge"),
    ("Он живёт в Нижней Карталинии.", "Нижней Карталинии", "kvemo-kartli-ge"),
    # Persian: Adjara
    ("باتومی مرکز آجاریا است.", "آجاریا", "adjara-ge"),
    # Azerbaijani: Tavush, with its genitive ending
    ("Tovuz mərzinin kəndləri sərhəddədir.", "Tovuz mərzi", "tavush-province"),
    # German: the Afghan border station
    ("Die Bahnlinie führt zum Bahnhof Turgundu in der Provinz Herat.", "Turgundu", "torghundi"),
    # Armenian: Gorelovka in the genitive and with the article
    ("Գորելովկայի կենտրոնում կանգնեցինք։", "Գորելովկա", "geonames:614462"),
    ("Գորելովկան փոքր գյուղ է։", "Գորելովկա", "geonames:614462"),
    # the Samur-Absheron canal: Azerbaijani locative, Russian dative, English
    ("Samur-Abşeron kanalında su azalıb.", "Samur-Abşeron kanalı", "samur-absheron-canal"),
    (
        "Вода поступает по Самур-Апшеронскому каналу.",
        "Самур-Апшеронскому каналу",
        "samur-absheron-canal",
    ),
    (
        "The Samur-Absheron canal feeds the reservoir.",
        "Samur-Absheron canal",
        "samur-absheron-canal",
    ),
    # the Jeyranbatan reservoir
    ("Ceyranbatan su anbarında su azalıb.", "Ceyranbatan su anbarı", "jeyranbatan-reservoir"),
    (
        "Джейранбатанское водохранилище снабжает Баку водой.",
        "Джейранбатанское водохранилище",
        "jeyranbatan-reservoir",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round152_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    # the bare Samur stays the village, the river the river
    ("Samur sərhəd keçidi bağlıdır.", [("Samur", "samur-az")]),
    ("The Samur river marks the border.", [("Samur", "samur-river")]),
    # the bare Ceyranbatan stays the settlement
    ("Ceyranbatan qəsəbəsində yeni məktəb açıldı.", [("Ceyranbatan", "geonames:586652")]),
    # the Tovuz district stays the district
    ("Tovuz rayonu sərhəddədir.", [("Tovuz rayonu", "tovuz-district-az")]),
    # the bare gemstone is no corridor
    ("Lapis lazuli is a blue stone.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round152_nothing_common_breaks(text, expected):
    assert _found(text) == expected
