"""Round 237 (names237): Iraq's south and the Arbaeen walk, names that held-out set 347
found missing, each as a cited page writes it: the new record the Imam Husayn Shrine;
Al-Musayyib and Al-Hindiyah (Tuwairij) as world rows; Persian names of the Al-Abbas and
Imam Ali shrines, Kufa and the Chazabeh crossing, Russian 'Неджеф', 'Хилла' and
'Эль-Мусайиб', German 'Tschazaba' and 'Schalamche'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Imam Husayn Shrine", "imam-husayn-shrine"),
    ("Imam Hussein Shrine", "imam-husayn-shrine"),
    ("Imam Hussain Shrine", "imam-husayn-shrine"),
    ("Imam Husain Shrine", "imam-husayn-shrine"),
    ("Shrine of Imam Hussein", "imam-husayn-shrine"),
    ("Shrine of Imam Hussain", "imam-husayn-shrine"),
    ("حرم امام حسین", "imam-husayn-shrine"),
    ("мавзолей имама Хусейна", "imam-husayn-shrine"),
    ("Imam Husain Schrein", "imam-husayn-shrine"),
    ("Imam-Husain-Schrein", "imam-husayn-shrine"),
    ("حرم حضرت عباس", "al-abbas-shrine"),
    ("حرم امام علی", "imam-ali-shrine"),
    ("Неджеф", "geonames:98860"),
    ("کوفه", "kufa"),
    ("Хилла", "geonames:99347"),
    ("Musayyib", "geonames:99039"),
    ("Al-Musayab", "geonames:99039"),
    ("مسیب", "geonames:99039"),
    ("Эль-Мусайиб", "geonames:99039"),
    ("Al Hindiyah", "geonames:99344"),
    ("Hindiya", "geonames:99344"),
    ("Tuwairij", "geonames:99344"),
    ("طویریج", "geonames:99344"),
    ("هندیه", "geonames:99344"),
    ("چزابه", "chazabeh-crossing"),
    ("Tschazaba", "chazabeh-crossing"),
    ("Schalamche", "shalamcheh-crossing"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round237_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    (
        "Mourners crowded into the Imam Husayn Shrine at dusk.",
        "Imam Husayn Shrine",
        "imam-husayn-shrine",
    ),
    (
        "The walkers reached the Shrine of Imam Hussein.",
        "Shrine of Imam Hussein",
        "imam-husayn-shrine",
    ),
    ("The convoy rested in Musayyib overnight.", "Musayyib", "geonames:99039"),
    ("The mourners ran from Tuwairij toward the city.", "Tuwairij", "geonames:99344"),
    # German
    ("Am Imam-Husain-Schrein beteten Tausende.", "Imam-Husain-Schrein", "imam-husayn-shrine"),
    ("Der Übergang Tschazaba war überfüllt.", "Tschazaba", "chazabeh-crossing"),
    ("Viele Busse warteten in Schalamche.", "Schalamche", "shalamcheh-crossing"),
    # Russian, with case endings
    ("Толпа стояла у мавзолея имама Хусейна.", "мавзолея имама Хусейна", "imam-husayn-shrine"),
    ("Делегация провела два дня в Неджефе.", "Неджеф", "geonames:98860"),
    ("Колонна остановилась в Хилле.", "Хилл", "geonames:99347"),
    ("Автобусы прошли через Эль-Мусайиб.", "Эль-Мусайиб", "geonames:99039"),
    # Persian
    ("جمعیت در حرم امام حسین گرد آمد.", "حرم امام حسین", "imam-husayn-shrine"),
    ("خادمان حرم حضرت عباس آماده شدند.", "حرم حضرت عباس", "al-abbas-shrine"),
    ("کاروان به حرم امام علی رسید.", "حرم امام علی", "imam-ali-shrine"),
    ("کاروان از کوفه گذشت.", "کوفه", "kufa"),
    ("موکب ها در مسیب برپا شد.", "مسیب", "geonames:99039"),
    ("عزاداران از طویریج به راه افتادند.", "طویریج", "geonames:99344"),
    # the border word stays outside the crossing's bare name
    ("صف زائران در مرز چزابه طولانی بود.", "چزابه", "chazabeh-crossing"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round237_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the imam's name alone is the man, not his shrine
    ("Imam Hussein was killed in 680.", []),
    ("Имам Хусейн погиб в бою.", []),
    # Persian شیب (slope) and the surname خسروی stay words
    ("شیب جاده تند بود.", []),
    ("علی خسروی برنده شد.", []),
    # the green zone of any city is no place
    ("The Green Zone was closed to traffic.", []),
    ("Зелёная зона города расширена.", []),
    # the bare name stays Karbala, the city
    ("امام حسین در کربلا به شهادت رسید.", [("کربلا", "geonames:94824")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round237_nothing_common_breaks(text, expected):
    assert _found(text) == expected
