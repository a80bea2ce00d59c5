"""Round 113 (names113): names and places from real pages (data/names.yaml, data/places.yaml),
each as a cited page writes it: the St Thaddeus monastery's Persian 'کلیسای طاطائوس مقدس' and
'سنت تادئوس', Russian 'Кахети' (Kakheti), and two new structures, the Sheikh Safi al-Din
Khanegah and Shrine Ensemble of Ardabil and the David Gareja monastery complex on the
Georgia-Azerbaijan border. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from geo.geoparse import geoparse


def _found(text):
    return [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]


#: a name and the place it now names
GEOCODES = [
    ("کلیسای طاطائوس مقدس", "st-thaddeus-monastery"),
    ("سنت تادئوس", "st-thaddeus-monastery"),
    ("Кахети", "kakheti-ge"),
    ("Sheikh Safi al-Din Khanegah and Shrine Ensemble", "sheikh-safi-shrine"),
    ("بقعه شیخ صفی الدین اردبیلی", "sheikh-safi-shrine"),
    ("آرامگاه شیخ صفی", "sheikh-safi-shrine"),
    ("آرامگاه شیخ صفی\u200cالدین اردبیلی", "sheikh-safi-shrine"),
    ("مجموعه آرامگاه و خانقاه شیخ صفی الدین", "sheikh-safi-shrine"),
    ("David Gareja", "david-gareja"),
    ("David Gareji", "david-gareja"),
    ("Давид-Гареджа", "david-gareja"),
    ("Давид-Гареджи", "david-gareja"),
    ("Keşikçidağ", "david-gareja"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round113_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Persian: the St Thaddeus monastery with the saint's word and by the borrowed "Saint"
    (
        "ارامنه برای زیارت کلیسای طاطائوس مقدس به چالدران می آیند.",
        "کلیسای طاطائوس مقدس",
        "st-thaddeus-monastery",
    ),
    (
        "قره کلیسا یا سنت تادئوس در فهرست یونسکو ثبت شد.",
        "سنت تادئوس",
        "st-thaddeus-monastery",
    ),
    # Russian: Kakheti by its Georgian name
    ("Туристы поехали в Кахети за вином.", "Кахети", "kakheti-ge"),
    # the Ardabil shrine in English and Persian
    (
        "A new courtyard is being built for the Sheikh Safi al-Din Khanegah and Shrine "
        "Ensemble in Ardabil.",
        "Sheikh Safi al-Din Khanegah and Shrine Ensemble",
        "sheikh-safi-shrine",
    ),
    (
        "گردشگران از بقعه شیخ صفی الدین اردبیلی دیدن کردند.",
        "بقعه شیخ صفی الدین اردبیلی",
        "sheikh-safi-shrine",
    ),
    ("آرامگاه شیخ صفی در اردبیل مرمت شد.", "آرامگاه شیخ صفی", "sheikh-safi-shrine"),
    # David Gareja in English, Russian and Azerbaijani
    ("Tourists visited David Gareja near the Azerbaijani border.", "David Gareja", "david-gareja"),
    ("Монастыри Давид-Гареджи стоят на границе.", "Давид-Гареджи", "david-gareja"),
    ("Keşikçidağ abidəsi Ağstafa rayonundadır.", "Keşikçidağ", "david-gareja"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round113_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    ("name", "point", "country"),
    [
        ("Sheikh Safi al-Din Khanegah and Shrine Ensemble", (38.2486, 48.2914), "IR"),
        ("David Gareja", (41.4475, 45.37639), "GE"),
    ],
)
def test_round113_points(name, point, country):
    place = geocode(name)
    assert (place.kind, place.country) == ("building", country)
    assert (round(place.lat, 5), round(place.lon, 5)) == point


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the city and the province keep their names beside the new ones
        ("Ardabil lies east of Sabalan.", "Ardabil", "ardabil"),
        ("Кахетия славится вином.", "Кахетия", "kakheti-ge"),
    ],
)
def test_round113_held_names_unchanged(text, name, pid):
    assert (name, pid) in _found(text), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sheikh, the apostle and other Davids keep clear of the new places
        "شیخ صفی الدین اردبیلی در سال ۷۳۵ درگذشت.",
        "تادئوس مقدس یکی از حواریون مسیح است.",
        "David Beckham visited Tbilisi.",
        "King David built a palace.",
        "Святой Давид пришёл в Грузию.",
    ],
)
def test_round113_nothing_common_breaks(text):
    found = _found(text)
    assert all(
        p not in {"sheikh-safi-shrine", "david-gareja", "st-thaddeus-monastery"} for _, p in found
    ), found
