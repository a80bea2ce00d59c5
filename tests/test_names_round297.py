"""Round 297 (names297): names that held-out sets 488-489 (round 108) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: the Tartar's
English and Russian names, the Sarsang dam's Russian adjective forms, the Martakert and Aghdara
district adjectives as their seat, the Sugovushan reservoir's Azerbaijani, Turkish and Armenian
forms, the NKAO's Armenian initials, the Lachin airport's Dari and Russian names, the Fuzuli
airport's Armenian names by Varanda, and German 'Hankandi'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Terterchay", "tartar-river"),
    ("Сарсангская плотина", "sarsang-reservoir"),
    ("Мартакертский", "aghdara"),
    ("Агдеринский", "aghdara"),
    ("Suqovuşan anbarı", "sugovushan-reservoir"),
    ("Sugovuşan Barajı", "sugovushan-reservoir"),
    ("ԼՂԻՄ", "karabakh"),
    ("میدان هوایی لاچین", "lachin-airport"),
    ("Лачинский аэропорт", "lachin-airport"),
    ("Վարանդայի օդանավակայան", "fuzuli-airport"),
    ("Hankandi", "geonames:146970"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round297_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Farmers along the Terterchay wait for the spring floods.", "Terterchay", "tartar-river"),
    ("Рыбаки ловят форель на реке Тертер.", "Тертер", "tartar-river"),
    (
        "Инженеры осмотрели бетон на Сарсангской плотине.",
        "Сарсангской плотине",
        "sarsang-reservoir",
    ),
    ("Сарсангская плотина выдержала паводок.", "Сарсангская плотина", "sarsang-reservoir"),
    ("Школу Мартакертского района отремонтировали.", "Мартакертского", "aghdara"),
    ("В Агдеринском районе открыли новую дорогу.", "Агдеринском", "aghdara"),
    ("Yağış suyu Suqovuşan anbarına çatdı.", "Suqovuşan anbarı", "sugovushan-reservoir"),
    ("Sugovuşan Barajı'nda bakım başladı.", "Sugovuşan Barajı", "sugovushan-reservoir"),
    ("Մատաղիսի ջրամբարը այս տարի լցված չէ։", "Մատաղիս", "sugovushan-reservoir"),
    ("Գիրքը պատմում է ԼՂԻՄ-ի գյուղերի մասին։", "ԼՂԻՄ", "karabakh"),
    ("پروازها از میدان هوایی لاچین آغاز شد.", "میدان هوایی لاچین", "lachin-airport"),
    (
        "هیئت از میدان هوایی بین‌المللی لاچین دیدن کرد.",
        "میدان هوایی بین‌المللی لاچین",
        "lachin-airport",
    ),
    ("Первый рейс прибыл в Лачинский аэропорт утром.", "Лачинский аэропорт", "lachin-airport"),
    ("Ինքնաթիռը իջավ Վարանդայի օդանավակայանում։", "Վարանդայի օդանավակայան", "fuzuli-airport"),
    (
        "Վարանդայի միջազգային օդանավակայանի շենքը նոր է։",
        "Վարանդայի միջազգային օդանավակայան",
        "fuzuli-airport",
    ),
    ("Der Bus fährt von Hankandi nach Schuscha.", "Hankandi", "geonames:146970"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round297_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare Russian name and its case forms stay the town
    ("Мы долго жили в Тертере.", [("Тертер", "geonames:584871")]),
    # the bare Armenian village name stays the village
    ("Մատաղիս գյուղում նոր տուն կառուցեցին։", [("Մատաղիս", "sugovushan")]),
    # the bare Turkish name stays the village
    ("Sugovuşan kasabasına su geldi.", [("Sugovuşan", "sugovushan")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round297_unchanged(text, expected):
    assert _found(text) == expected
