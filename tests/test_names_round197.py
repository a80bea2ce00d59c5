"""Round 197 (names197): names that a held-out evaluation of the Strait of Hormuz and Iran's
southern coast found missing, each as a cited page writes it: the new records Khasab and the
Musandam Governorate of Oman (with their Russian names); the strait's English 'Strait of
Hormoz' and Azerbaijani bare 'Hörmüz', Hormozgan's Azerbaijani 'Hörmüzqan' (bare and with
əyalət, vilayət), Genaveh's Persian and Russian names, the Russian 'Бандар Ленге', 'Дайер',
'Ферейдункенар' and 'Султанат Оман', Jask's German 'Bandar-e Dschask', Kharg's German
'Charg', 'Insel Chark', 'Chark' and Bushehr's Armenian 'Բուշեր'. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Strait of Hormoz", "strait-of-hormuz"),
    ("Hörmüz", "strait-of-hormuz"),
    ("Hörmüzqan", "hormozgan-province"),
    ("Hörmüzqan əyaləti", "hormozgan-province"),
    ("Hörmüzqan vilayəti", "hormozgan-province"),
    ("گناوه", "geonames:134217"),
    ("Генаве", "geonames:134217"),
    ("Бандар Ленге", "geonames:141665"),
    ("Дайер", "geonames:136280"),
    ("Ферейдункенар", "geonames:134602"),
    ("Султанат Оман", "om"),
    ("Khasab", "khasab"),
    ("Musandam", "musandam-governorate"),
    ("Musandam Governorate", "musandam-governorate"),
    ("Governorate of Musandam", "musandam-governorate"),
    ("Bandar-e Dschask", "geonames:130276"),
    ("Charg", "kharg-island"),
    ("Insel Chark", "kharg-island"),
    ("Chark", "kharg-island"),
    ("Хасаб", "khasab"),
    ("Эль-Хасаб", "khasab"),
    ("Мусандам", "musandam-governorate"),
    ("Բուշեր", "geonames:139817"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round197_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Two tankers waited at the Strait of Hormoz.", "Strait of Hormoz", "strait-of-hormuz"),
    ("The ferry from Muscat reached Khasab at noon.", "Khasab", "khasab"),
    ("Divers love the fjords of Musandam.", "Musandam", "musandam-governorate"),
    # Azerbaijani, with case endings (the quoted name with its ending too)
    ('Nazir "Hörmüz"lə bağlı yeni tələbini bildirdi.', "Hörmüz", "strait-of-hormuz"),
    ("Gəmilər bu həftə Hörmüzdən keçmədi.", "Hörmüz", "strait-of-hormuz"),
    ("Hörmüzqan əyalətində güclü yağış yağıb.", "Hörmüzqan əyaləti", "hormozgan-province"),
    ("Hörmüzqan vilayətinin limanları işləyir.", "Hörmüzqan vilayəti", "hormozgan-province"),
    # Persian
    ("لنج‌ها دیروز به گناوه رسیدند.", "گناوه", "geonames:134217"),
    # Russian, with case endings
    ("Рыбаки вернулись в Генаве.", "Генаве", "geonames:134217"),
    ("Груз отправили из Бандар Ленге.", "Бандар Ленге", "geonames:141665"),
    ("Груз отправили из Бандар-Ленге.", "Бандар-Ленге", "geonames:141665"),
    ("Порт Дайер принял судно.", "Дайер", "geonames:136280"),
    ("Паром ушёл из Ферейдункенара.", "Ферейдункенар", "geonames:134602"),
    ("Министр Султаната Оман прибыл в Баку.", "Султаната Оман", "om"),
    ("Паром из Маската пришёл в Хасаб.", "Хасаб", "khasab"),
    ("Отели в Мусандаме заполнены.", "Мусандам", "musandam-governorate"),
    # Turkish, with a case ending
    ("Musandam'da yeni bir liman açıldı.", "Musandam", "musandam-governorate"),
    # German
    ("Der Ölhafen von Bandar-e Dschask wird ausgebaut.", "Bandar-e Dschask", "geonames:130276"),
    ("Tanker legten vor Charg an.", "Charg", "kharg-island"),
    ("Die Ölanlagen der Insel Chark wurden getroffen.", "Chark", "kharg-island"),
    # Armenian, with the locative
    ("Բուշերում նոր նավահանգիստ է կառուցվում։", "Բուշեր", "geonames:139817"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round197_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the ayatollah's name (and Tehran's airport's without its word) stays unfound
    ("Имам Хомейни выступил с речью.", []),
    # 'Hörmüz adası' is no alias of the strait's: the island word keeps it apart
    ("Hürmüz Adası'nda kırmızı toprak var.", [("Hürmüz Adası", "hormuz-island")]),
    # Turkish 'çark' (wheel) stays a word
    ("Makinenin çarkı yeniden döndü.", []),
    # Oman's short name stays Oman
    ("Делегация прибыла в Оман.", [("Оман", "om")]),
    # the town Bushehr by its held Russian name is unchanged
    ("Судно вышло из Бушера.", [("Бушер", "geonames:139817")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round197_nothing_common_breaks(text, expected):
    assert _found(text) == expected
