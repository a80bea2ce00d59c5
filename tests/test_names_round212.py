"""Round 212 (names212): names that a held-out evaluation of Georgia's Black Sea coast and
the Persian Gulf islands found missing, each as a cited page writes it: the new records
Gagra and Ureki (places.yaml) and the Eastern Black Sea Region (regions.geojson); Armenian
names of Sukhumi, Kobuleti and Abu Musa, Russian names of the Enguri and of Zugdidi's
municipality, Persian 'بوموسی', German 'Tumb-Inseln', 'Sokotra' and English 'Arabian Gulf'.
The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Gagra", "gagra"),
    ("Гагра", "gagra"),
    ("Գագրա", "gagra"),
    ("Ureki", "ureki"),
    ("Ուռեկի", "ureki"),
    ("Սուխումի", "geonames:611847"),
    ("Քոբուլեթի", "geonames:613762"),
    ("Ингур", "enguri-river"),
    ("Зугдидский муниципалитет", "geonames:610824"),
    ("Eastern Black Sea Region", "eastern-black-sea-region"),
    ("Doğu Karadeniz Bölgesi", "eastern-black-sea-region"),
    ("Doğu Karadeniz", "eastern-black-sea-region"),
    ("Աբու Մուսա", "abu-musa"),
    ("بوموسی", "abu-musa"),
    ("Tumb-Inseln", "tunb-islands"),
    ("Sokotra", "socotra"),
    ("Arabian Gulf", "persian-gulf"),
    # names held before the round stay where they were
    ("Karadeniz", "black-sea"),
    ("Agra", "geonames:1279259"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round212_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The resort of Gagra filled up in August.", "Gagra", "gagra"),
    ("We spent a week on the beach at Ureki.", "Ureki", "ureki"),
    ("Tankers crossed the Arabian Gulf at night.", "Arabian Gulf", "persian-gulf"),
    (
        "Tea is grown across the Eastern Black Sea Region.",
        "Eastern Black Sea Region",
        "eastern-black-sea-region",
    ),
    # Armenian, with case endings
    ("Ամռանը նրանք հանգստանում են Գագրայում։", "Գագրա", "gagra"),
    ("Ավտոբուսը Երևանից մեկնեց Սուխումի։", "Սուխումի", "geonames:611847"),
    ("Ընտանիքը երկու շաբաթ անցկացրեց Քոբուլեթիում։", "Քոբուլեթի", "geonames:613762"),
    ("Ուռեկիում ավազը սև է։", "Ուռեկի", "ureki"),
    ("Բեռը գնաց Փոթի-Ուռեկի-Քոբուլեթիով։", "Ուռեկի", "ureki"),
    ("Աբու Մուսա կղզում զորավարժություն անցկացվեց։", "Աբու Մուսա", "abu-musa"),
    # Russian, with case endings
    ("Рыбаки вышли к устью Ингура.", "Ингур", "enguri-river"),
    ("Выборы прошли в Зугдидском муниципалитете.", "Зугдидском муниципалитете", "geonames:610824"),
    ("Поезд прибыл в Гагру утром.", "Гагр", "gagra"),
    # Turkish, with case endings
    ("Doğu Karadeniz'de yağış etkili oldu.", "Doğu Karadeniz", "eastern-black-sea-region"),
    (
        "Doğu Karadeniz Bölgesi'nde fındık hasadı başladı.",
        "Doğu Karadeniz Bölgesi",
        "eastern-black-sea-region",
    ),
    ("Sokotra'ya bir gemi yanaştı.", "Sokotra", "socotra"),
    # German
    ("Der Streit um die Tumb-Inseln dauert an.", "Tumb-Inseln", "tunb-islands"),
    # Persian
    ("نیروی دریایی در بوموسی رزمایش برگزار کرد.", "بوموسی", "abu-musa"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round212_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the South Asian skirt 'gagra' is a lower-case word
    ("She wore a red gagra at the wedding.", []),
    # the bare Turkish 'Karadeniz' stays the sea
    ("Karadeniz'de balık bol.", [("Karadeniz", "black-sea")]),
    ("Kuzey Karadeniz sahilleri", [("Karadeniz", "black-sea")]),
    # the Persian Gulf's own name is unchanged
    ("Ships crossed the Persian Gulf.", [("Persian Gulf", "persian-gulf")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round212_nothing_common_breaks(text, expected):
    assert _found(text) == expected
