"""Round 369 (names369): Khuzestan's wetlands and rivers and Iraq's marshes, each name checked
first with the parser and the geocoder: Azerbaijani 'Hurul-əzim' / 'Hurul-əzim bataqlığı' and
English 'Hour-ol-Azim' for the Hawizeh Marshes, 'Soosangerd' (Susangerd), 'Khouzestan', Russian
'рек Тигр' / 'реках Тигр' / 'реками Тигр' for the Tigris (the bare 'Тигр' stays the tiger), the
new record Al-Chibayish (Dhi Qar) and Armenian 'Զայանդե' for the Zayandeh Rud. The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Hurul-əzim", "hawizeh-marshes"),
    ("Hurul-əzim bataqlığı", "hawizeh-marshes"),
    ("Hour-ol-Azim", "hawizeh-marshes"),
    ("Hour-ol-Azim Wetland", "hawizeh-marshes"),
    ("Soosangerd", "geonames:137268"),
    ("Khouzestan", "khuzestan-province"),
    ("рек Тигр", "tigris-river"),
    ("Chibayish", "chibayish"),
    ("Al-Chibayish", "chibayish"),
    ("الجبايش", "chibayish"),
    ("Chabayish", "chibayish"),
    ("Զայանդե", "zayandeh-rud"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round369_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Sel suyu Hurul-əzimə çatdı.", "Hurul-əzim", "hawizeh-marshes"),
    ("Hurul-əzim bataqlığının suyu azalıb.", "Hurul-əzim bataqlığı", "hawizeh-marshes"),
    ("Hurul-əzim bataqlığında quşlar çoxdur.", "Hurul-əzim bataqlığı", "hawizeh-marshes"),
    (
        "Fish died in the Hour-ol-Azim Wetland this summer.",
        "Hour-ol-Azim Wetland",
        "hawizeh-marshes",
    ),
    ("Drought has hit Hour-ol-Azim again.", "Hour-ol-Azim", "hawizeh-marshes"),
    ("تالاب هورالعظیم دوباره خشک شد.", "تالاب هورالعظیم", "hawizeh-marshes"),
    ("Floods reached Soosangerd on Tuesday.", "Soosangerd", "geonames:137268"),
    ("Khouzestan has several ethnic groups.", "Khouzestan", "khuzestan-province"),
    ("Экологи говорят об обмелении рек Тигр и Евфрат.", "рек Тигр", "tigris-river"),
    ("На реках Тигр и Евфрат строят плотины.", "реках Тигр", "tigris-river"),
    ("Город лежит между реками Тигр и Евфрат.", "реками Тигр", "tigris-river"),
    ("Уровень воды реки Тигр упал.", "Тигр", "tigris-river"),
    ("The buffaloes of Chibayish are dying.", "Chibayish", "chibayish"),
    ("Herders in Al-Chibayish lost their herds.", "Al-Chibayish", "chibayish"),
    ("تقع مدينة الجبايش في الأهوار.", "الجبايش", "chibayish"),
    ("Water levels fell in Chabayish.", "Chabayish", "chibayish"),
    ("Զայանդե գետը չորացել է։", "Զայանդե", "zayandeh-rud"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round369_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize("text", ["В зоопарке родился тигр.", "Тигр напал на оленя."])
def test_round369_bare_tigr_stays_the_animal(text):
    assert not any(pid == "tigris-river" for _, pid in _found(text))


def test_round369_bare_hawizeh_stays_the_town():
    # the bare name is the town Hoveyzeh (data/places.yaml's note on the marshes); no German
    # 'Howeizeh' wetland name was added
    assert not any(pid == "hawizeh-marshes" for _, pid in _found("In Hawizeh wurde gewählt."))


def test_round369_surgery_is_no_river():
    # the Jarrahi got no record this round; the Persian common word 'جراحی' (surgery) reads nothing
    assert _found("عمل جراحی موفق بود.") == []
