"""Round 245 (names245): Russia's Far East and Siberia (held-out sets 358, 359), each name as
a cited page writes it: Yakutsk, Blagoveshchensk, Heihe, Hunchun and Kraskino as world rows
(BORDER_TOWNS); the new records Khakassia, the Siberian Federal District and the West
Siberian Plain; the Lena (with its river word only) and the Selenga in the world layer;
the Sakha Republic's German 'Jakutien' and 'Republik Sacha' and Turkish 'Yakutistan'. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Jakutien", "sakha-republic-ru"),
    ("Republik Sacha", "sakha-republic-ru"),
    ("Yakutistan", "sakha-republic-ru"),
    ("Yakutia", "sakha-republic-ru"),
    ("Якутия", "sakha-republic-ru"),
    ("Yakutsk", "geonames:2013159"),
    ("Jakutsk", "geonames:2013159"),
    ("Якутск", "geonames:2013159"),
    ("یاکوتسک", "geonames:2013159"),
    ("Blagoveshchensk", "geonames:2026609"),
    ("Благовещенск", "geonames:2026609"),
    ("Heihe", "geonames:2036973"),
    ("Хэйхэ", "geonames:2036973"),
    ("Hunchun", "geonames:2036653"),
    ("Хуньчунь", "geonames:2036653"),
    ("Kraskino", "geonames:2021644"),
    ("Краскино", "geonames:2021644"),
    ("Khakassia", "khakassia-ru"),
    ("Хакасия", "khakassia-ru"),
    ("Siberian Federal District", "siberian-federal-district"),
    ("Сибирский федеральный округ", "siberian-federal-district"),
    ("West Siberian Plain", "west-siberian-plain"),
    ("Западно-Сибирская равнина", "west-siberian-plain"),
    ("Lena River", "lena-river"),
    ("река Лена", "lena-river"),
    ("Fluss Lena", "lena-river"),
    ("Selenga", "selenga-river"),
    ("Selenga River", "selenga-river"),
    ("Селенга", "selenga-river"),
    # held before the round
    ("Komsomolsk-on-Amur", "geonames:2021851"),
    ("Красноярский край", "krasnoyarsk-krai-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round245_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    (
        "Trucks crossed from Blagoveshchensk to Heihe.",
        "Blagoveshchensk",
        "geonames:2026609",
    ),
    ("Fires spread across Khakassia.", "Khakassia", "khakassia-ru"),
    ("Oil from the West Siberian Plain goes west.", "West Siberian Plain", "west-siberian-plain"),
    ("The Lena River froze early this year.", "Lena River", "lena-river"),
    ("The Selenga carries silt into the lake.", "Selenga", "selenga-river"),
    # German
    ("Der Winter in Jakutien ist lang.", "Jakutien", "sakha-republic-ru"),
    ("Die Republik Sacha liegt im Nordosten.", "Republik Sacha", "sakha-republic-ru"),
    ("Der Flug nach Jakutsk fiel aus.", "Jakutsk", "geonames:2013159"),
    ("Der Fluss Lena ist zugefroren.", "Lena", "lena-river"),
    # Russian, with case endings
    ("Самолёт вылетел из Благовещенска.", "Благовещенск", "geonames:2026609"),
    ("Грузовики прошли через Краскино.", "Краскино", "geonames:2021644"),
    ("Лесные пожары в Хакасии не утихают.", "Хакаси", "khakassia-ru"),
    (
        "Совещание прошло в Сибирском федеральном округе.",
        "Сибирском федеральном округе",
        "siberian-federal-district",
    ),
    ("Берега реки Лены затопило.", "Лены", "lena-river"),
    ("В Якутске ударил мороз.", "Якутск", "geonames:2013159"),
    # Turkish, with case endings
    ("Yakutistan'da kış çok sert geçiyor.", "Yakutistan", "sakha-republic-ru"),
    ("Hunchun'da bir fuar açıldı.", "Hunchun", "geonames:2036653"),
    ("Lena Nehri buzla kaplandı.", "Lena Nehri", "lena-river"),
    # Persian
    ("پرواز به یاکوتسک لغو شد.", "یاکوتسک", "geonames:2013159"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round245_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Lena is a given name in every language of the articles: only the river word names it
    ("Лена пошла домой.", []),
    ("Lena Dunham wrote a book.", []),
    ("Lena fuhr nach Berlin.", [("Berlin", "geonames:2950159")]),
    # Hasan (Turkish, and Хасан in Russian) is a given name, not the border village Khasan
    ("Hasan eve geldi.", []),
    ("Хасан вернулся домой.", []),
    # the bare Krasnoyarsk stays the city, the krai with its word
    ("Он живёт в Красноярске.", [("Красноярск", "geonames:1502026")]),
    (
        "Завод в Красноярском крае закрыт.",
        [("Красноярском крае", "krasnoyarsk-krai-ru")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round245_nothing_common_breaks(text, expected):
    assert _found(text) == expected
