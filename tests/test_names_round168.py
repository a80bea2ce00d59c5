"""Round 168 (names168): names that held-out round 35 (sets 227-229) found missing, each as a
cited page writes it: Gujarat (English, Persian 'گجرات') and Siberia ('Сибирь', 'Sibirya',
'سیبری') and Krasnoyarsk Krai ('Красноярский край') as new regions; Egypt's Russian 'Египта'/'Египте', Ufa's accusative 'Уфу', Sarakhs'
'Серахс', Moscow Oblast's 'Подмосковье' and Kandla's terminal 'Tuna Tekra' as aliases. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Gujarat", "gujarat-in"),
    ("گجرات", "gujarat-in"),
    ("Siberia", "siberia"),
    ("Сибирь", "siberia"),
    ("Sibirya", "siberia"),
    ("سیبری", "siberia"),
    ("Египта", "eg"),
    ("Египте", "eg"),
    ("Уфу", "geonames:479561"),
    ("Серахс", "geonames:1159716"),
    ("Подмосковье", "moscow-oblast-ru"),
    ("Tuna Tekra", "kandla"),
    ("Tuna-Tekra", "kandla"),
    ("Красноярский край", "krasnoyarsk-krai-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round168_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Mundra and Tuna Tekra are ports in Gujarat.", "Gujarat", "gujarat-in"),
    ("Mundra and Tuna Tekra are ports in Gujarat.", "Tuna Tekra", "kandla"),
    ("The Tuna-Tekra terminal will open in 2027.", "Tuna-Tekra", "kandla"),
    ("Siberia is cold in winter.", "Siberia", "siberia"),
    # Persian
    ("بندر موندرا در گجرات است.", "گجرات", "gujarat-in"),
    ("در سیبری هوا سرد است.", "سیبری", "siberia"),
    # Turkish, with a case ending
    ("Gujarat'ta yeni bir liman var.", "Gujarat", "gujarat-in"),
    ("Sibirya'da kar yağdı.", "Sibirya", "siberia"),
    # Russian, with case endings
    ("Суэцкий канал остаётся главной артерией Египта.", "Египта", "eg"),
    ("В Египте открыли новое русло канала.", "Египте", "eg"),
    ("Делегация прилетела в Уфу.", "Уфу", "geonames:479561"),
    ("Поезд прибыл на станцию Серахс.", "Серахс", "geonames:1159716"),
    ("Новый склад построили в Подмосковье.", "Подмосковье", "moscow-oblast-ru"),
    ("Сибирь богата нефтью и газом.", "Сибирь", "siberia"),
    ("В Сибири начались морозы.", "Сибир", "siberia"),
    ("Пожары в Красноярском крае потушены.", "Красноярском крае", "krasnoyarsk-krai-ru"),
    ("Красноярский край богат лесом.", "Красноярский край", "krasnoyarsk-krai-ru"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round168_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    (
        "Gujrat is a city in Pakistan's Punjab.",
        [
            ("Gujrat", "geonames:1177654"),
            ("Pakistan", "pk"),
            ("Punjab", "punjab-pk"),
        ],
    ),
    ("Уфа большая.", [("Уфа", "geonames:479561")]),
    ("Он поехал в Египет.", [("Египет", "eg")]),
    ("Рыбу поймали в тунце.", []),
    ("В Красноярске тепло.", [("Красноярск", "geonames:1502026")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round168_nothing_common_breaks(text, expected):
    assert _found(text) == expected
