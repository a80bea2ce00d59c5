"""Round 234 (names234): names that held-out set 345 (Japan, Korea, Taiwan and Russia's
Pacific) found missing, each as a cited page writes it: the world layer's new South China
Sea, Taiwan Strait and La Pérouse Strait (scripts/world_pacific.py); the new records
Hokkaido, Honshu, Sakhalin (the island, with its bare name), the Kuril Islands, Kunashir,
Iturup, Shikotan and the Habomai Islands; Wakkanai as a world row; North Korea's 'DPRK'.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("South China Sea", "south-china-sea"),
    ("Южно-Китайское море", "south-china-sea"),
    ("Güney Çin Denizi", "south-china-sea"),
    ("Cənubi Çin dənizi", "south-china-sea"),
    ("Südchinesisches Meer", "south-china-sea"),
    ("Taiwan Strait", "taiwan-strait"),
    ("Formosa Strait", "taiwan-strait"),
    ("Тайваньский пролив", "taiwan-strait"),
    ("Tayvan Boğazı", "taiwan-strait"),
    ("Taiwanstraße", "taiwan-strait"),
    ("La Pérouse Strait", "la-perouse-strait"),
    ("Soya Strait", "la-perouse-strait"),
    ("пролив Лаперуза", "la-perouse-strait"),
    ("Hokkaido", "hokkaido"),
    ("Hokkaidō", "hokkaido"),
    ("Хоккайдо", "hokkaido"),
    ("هوکایدو", "hokkaido"),
    ("Honshu", "honshu"),
    ("Хонсю", "honshu"),
    ("هونشو", "honshu"),
    ("Sakhalin", "sakhalin-island"),
    ("Sakhalin Island", "sakhalin-island"),
    ("Сахалин", "sakhalin-island"),
    ("Sachalin", "sakhalin-island"),
    ("Kuril Islands", "kuril-islands"),
    ("Kurils", "kuril-islands"),
    ("Курильские острова", "kuril-islands"),
    ("Курилы", "kuril-islands"),
    ("Kurilen", "kuril-islands"),
    ("Kunashir", "kunashir"),
    ("Kunashiri", "kunashir"),
    ("Кунашир", "kunashir"),
    ("Iturup", "iturup"),
    ("Etorofu", "iturup"),
    ("Итуруп", "iturup"),
    ("Shikotan", "shikotan"),
    ("Schikotan", "shikotan"),
    ("Шикотан", "shikotan"),
    ("Habomai", "habomai-islands"),
    ("Хабомаи", "habomai-islands"),
    ("Wakkanai", "geonames:2127515"),
    ("Вакканай", "geonames:2127515"),
    ("DPRK", "kp"),
    # the oblast keeps its own names
    ("Sakhalin Oblast", "sakhalin-oblast-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round234_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Patrol boats crossed the South China Sea.", "South China Sea", "south-china-sea"),
    ("A frigate sailed through the Taiwan Strait.", "Taiwan Strait", "taiwan-strait"),
    ("Drift ice closed La Pérouse Strait.", "La Pérouse Strait", "la-perouse-strait"),
    ("Heavy snow hit Hokkaido.", "Hokkaido", "hokkaido"),
    ("Tokyo sent troops to the Kuril Islands.", "Kuril Islands", "kuril-islands"),
    ("Fishermen from Shikotan returned.", "Shikotan", "shikotan"),
    ("The DPRK tested a rocket.", "DPRK", "kp"),
    ("A ferry left Wakkanai.", "Wakkanai", "geonames:2127515"),
    # Russian, with case endings
    ("Флот провёл учения в Южно-Китайском море.", "Южно-Китайском море", "south-china-sea"),
    ("Катер вошёл в Тайваньском проливе в шторм.", "Тайваньском проливе", "taiwan-strait"),
    ("На Сахалине открыли новый порт.", "Сахалин", "sakhalin-island"),
    ("Учёные приехали на Кунашир.", "Кунашир", "kunashir"),
    ("Власти Итурупа закрыли дорогу.", "Итуруп", "iturup"),
    # Turkish, with case endings
    ("Savaş gemisi Tayvan Boğazı'ndan geçti.", "Tayvan Boğazı", "taiwan-strait"),
    ("Tatbikat Güney Çin Denizi'nde yapıldı.", "Güney Çin Denizi", "south-china-sea"),
    # Azerbaijani, with the locative
    ("Gəmilər Cənubi Çin dənizində üzür.", "Cənubi Çin dənizi", "south-china-sea"),
    # German, with its cases
    ("Die Marine übte im Südchinesischen Meer.", "Südchinesischen Meer", "south-china-sea"),
    ("Ein Schiff durchquerte die Taiwanstraße.", "Taiwanstraße", "taiwan-strait"),
    ("Der Streit um die Kurilen schwelt.", "Kurilen", "kuril-islands"),
    ("Auf Sachalin liegt Schnee.", "Sachalin", "sakhalin-island"),
    # Persian
    ("زلزله در هوکایدو رخ داد.", "هوکایدو", "hokkaido"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round234_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Korsakov stays out: a common Russian surname
    ("Rimsky-Korsakov wrote an opera.", []),
    ("Корсаков написал письмо.", []),
    # the oblast keeps its name
    ("Sakhalin Oblast held elections.", [("Sakhalin Oblast", "sakhalin-oblast-ru")]),
    # the East Sea, Vietnam's name for the South China Sea and Korea's for the Sea of
    # Japan, is no alias
    ("The East Sea was calm.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round234_nothing_common_breaks(text, expected):
    assert _found(text) == expected
