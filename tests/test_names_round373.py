"""Round 373 (names373): the Aral Sea's parts and Kazakhstan's Aral district as new records of
data/places.yaml: the North Aral Sea (north-aral-sea), the South Aral Sea (south-aral-sea), the
Kokaral dam (kokaral-dam) and Aral District (aral-district). The sentences are the project's
own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("North Aral Sea", "north-aral-sea"),
    ("Small Aral", "north-aral-sea"),
    ("Малый Арал", "north-aral-sea"),
    ("Северный Арал", "north-aral-sea"),
    ("Kleiner Aralsee", "north-aral-sea"),
    ("Kuzey Aral Denizi", "north-aral-sea"),
    ("South Aral Sea", "south-aral-sea"),
    ("Большой Арал", "south-aral-sea"),
    ("Großer Aral", "south-aral-sea"),
    ("Güney Aral Denizi", "south-aral-sea"),
    ("Dike Kokaral", "kokaral-dam"),
    ("Кокаральская плотина", "kokaral-dam"),
    ("Kok-Aral-Damm", "kokaral-dam"),
    ("Аральский район", "aral-district"),
    ("Aral Sea", "aral-sea"),
    ("Арал", "aral-sea"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round373_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "The North Aral Sea has recovered since the dam was built.",
        "North Aral Sea",
        "north-aral-sea",
    ),
    ("The Northern Aral Sea is fed by the Syr Darya.", "Northern Aral Sea", "north-aral-sea"),
    ("Уровень Малого Арала поднялся.", "Малого Арала", "north-aral-sea"),
    ("В Малом Арале снова ловят рыбу.", "Малом Арале", "north-aral-sea"),
    ("Воды Северного Арала стали менее солёными.", "Северного Арала", "north-aral-sea"),
    ("Das gilt nur für den Kleinen Aral.", "Kleinen Aral", "north-aral-sea"),
    ("Der Wasserstand des Kleinen Aralsees steigt.", "Kleinen Aralsee", "north-aral-sea"),
    ("Kuzey Aral Denizi'ni kurtarma çabaları sürüyor.", "Kuzey Aral Denizi", "north-aral-sea"),
    ("The South Aral Sea keeps shrinking.", "South Aral Sea", "south-aral-sea"),
    ("Вода уходит в Большой Арал.", "Большой Арал", "south-aral-sea"),
    ("Das Wasser fließt zum Großen Aral im Süden.", "Großen Aral", "south-aral-sea"),
    (
        "Строительство Кокаральской плотины завершили в 2005 году.",
        "Кокаральской плотины",
        "kokaral-dam",
    ),
    ("Der Bau des Kok-Aral-Damms wurde 2005 fertig.", "Kok-Aral-Damm", "kokaral-dam"),
    ("В Аральском районе пересохли озёра.", "Аральском районе", "aral-district"),
    ("The Aral Sea is shrinking.", "Aral Sea", "aral-sea"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round373_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kokaral was an island in the Aral Sea.",
        "Кокарал был островом.",
    ],
)
def test_round373_bare_kokaral_is_no_dam(text):
    assert not any(pid == "kokaral-dam" for _, pid in _found(text))


@pytest.mark.parametrize(
    "text", ["Ich tanke bei Aral.", "Aral bugün gelmedi.", "Ceyhun bugün gol attı."]
)
def test_round373_bare_aral_and_ceyhun_stay_unread(text):
    assert not any(
        pid in {"aral-sea", "north-aral-sea", "south-aral-sea", "amu-darya"}
        for _, pid in _found(text)
    )
