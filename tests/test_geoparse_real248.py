"""Forms read in stop 66 (issue 10, 2026-12-05), from held-out round 42 (sets 248-250):
Russia's north and the shadow fleet, labour migration to Russia, pilgrimage.

The texts are written for these tests.
"""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("name", "pid"),
    [
        # Russia's regional capitals of 250,000 or more are in the world table; the oblast
        # named like its capital leaves the bare name to the city
        ("Murmansk", "geonames:524305"),
        ("Мурманск", "geonames:524305"),
        ("Irkutsk", "geonames:2023469"),
        ("Arkhangelsk", "geonames:581049"),
        ("Murmansk Oblast", "murmansk-oblast-ru"),
    ],
)
def test_russias_regional_capitals(name, pid):
    assert geocode(name).id == pid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the Arctic a macro-region since round 222)
        (
            "The tanker left Murmansk for the Arctic.",
            [("Murmansk", "geonames:524305"), ("Arctic", "arctic")],
        ),
        (
            "Рейс из Иркутска в Душанбе отменили.",
            [("Иркутск", "geonames:2023469"), ("Душанбе", "geonames:1221874")],
        ),
        # the surname and the given name that are a town's aliases stay words
        ("Николай Романов и Владимир Иванов приехали.", []),
        ("Vladimir Putin and Jaroslav Novak met.", []),
    ],
)
def test_russian_towns_and_names(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's navy and authority after its nominative are bodies' names (rule 20)
        ("Estonya Donanması tankere çıktı.", []),
        ("Estonya Ulaştırma Otoritesi açıklama yaptı.", []),
        ("Tanker Estonya'ya götürüldü.", [("Estonya", "ee")]),
        # German "Essen", the meal, is no city
        ("Essen und Wasser wurden verteilt.", []),
    ],
)
def test_bodies_and_words(text, expected):
    assert _found(text) == expected
