"""Round 265 (names265): places that held-out sets 384-399 found missing, each as a cited page
writes it: Cappadocia, Lake Saimaa, the Saimaa Canal, Vyborg Bay, Goghtanik and Vardahovit,
new records of places.yaml; Lanjazat's Armenian 'Լանջազատ'. The sentences are the project's
own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Cappadocia", "cappadocia"),
    ("Kapadokya", "cappadocia"),
    ("Каппадокия", "cappadocia"),
    ("Կապադովկիա", "cappadocia"),
    ("Kappadokien", "cappadocia"),
    ("Lake Saimaa", "lake-saimaa"),
    ("Saimaa", "lake-saimaa"),
    ("Сайма", "lake-saimaa"),
    ("озеро Сайма", "lake-saimaa"),
    ("Saimaa Canal", "saimaa-canal"),
    ("Сайменский канал", "saimaa-canal"),
    ("Vyborg Bay", "vyborg-bay"),
    ("Bay of Vyborg", "vyborg-bay"),
    ("Выборгский залив", "vyborg-bay"),
    ("Goghtanik", "goghtanik"),
    ("Vardahovit", "vardahovit"),
    ("Լանջազատ", "geonames:866146"),
    # held before the round
    ("Abasan al-Kabira", "geonames:281165"),
    ("Jabalia", "geonames:281129"),
    ("Habilkend", "geonames:616356"),
    ("Lanjazat", "geonames:866146"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round265_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Balloons rose over Cappadocia at dawn.", "Cappadocia", "cappadocia"),
    ("Seals live in Lake Saimaa.", "Lake Saimaa", "lake-saimaa"),
    ("Ships passed through the Saimaa Canal.", "Saimaa Canal", "saimaa-canal"),
    ("Tankers anchored in Vyborg Bay.", "Vyborg Bay", "vyborg-bay"),
    ("The road to Goghtanik was closed.", "Goghtanik", "goghtanik"),
    ("Snow cut off Vardahovit.", "Vardahovit", "vardahovit"),
    ("Airstrikes hit Jabalia overnight.", "Jabalia", "geonames:281129"),
    ("Shells fell on Habilkend.", "Habilkend", "geonames:616356"),
    # Turkish, with a case ending
    ("Turistler Kapadokya'ya akın etti.", "Kapadokya", "cappadocia"),
    # German
    ("Wir reisten durch Kappadokien.", "Kappadokien", "cappadocia"),
    # Russian, with case endings
    ("Туристы летали на шарах над Каппадокией.", "Каппадоки", "cappadocia"),
    ("Летом мы отдыхали на Сайме.", "Сайм", "lake-saimaa"),
    ("Суда прошли по Сайменскому каналу.", "Сайменскому каналу", "saimaa-canal"),
    ("Танкеры стояли в Выборгском заливе.", "Выборгском заливе", "vyborg-bay"),
    # Armenian, with a case ending
    ("Զբոսաշրջիկները այցելեցին Կապադովկիա։", "Կապադովկիա", "cappadocia"),
    ("Լանջազատում բերքահավաք է։", "Լանջազատ", "geonames:866146"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round265_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare 'Vyborg' stays the town
    ("He was born in Vyborg.", [("Vyborg", "geonames:470546")]),
    # 'Hermon' (Mount Hermon's name too) and Armenian 'ազատ' (free) are no aliases
    ("Snow fell on Hermon.", []),
    ("Նա ազատ է։", []),
    ("Он вернулся домой.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round265_nothing_common_breaks(text, expected):
    assert _found(text) == expected
