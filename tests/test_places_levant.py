"""The Levant's towns in the world table (stop 66): Syria's, Lebanon's and the Palestinian
territories' of 30,000 people or more, Israel's and Jordan's of 100,000 (GeoNames cities15000,
scripts/build_geonames.py's COUNTRY_MIN_POPULATION), which held-out rounds 35, 39 and 41
found missing; the towns whose names are words left out (LEVANT_SKIP) and the aliases that
are words or given names made stop names. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found

GEOCODES = [
    ("Daraa", "geonames:170905"),
    ("Idlib", "geonames:169389"),
    ("Jableh", "geonames:169304"),
    ("Baalbek", "geonames:277130"),
    ("Nablus", "geonames:282615"),
    ("Rafah", "geonames:281102"),
    ("Khan Younis", "geonames:281124"),
    ("Zahlé", "geonames:266045"),
    # Lebanon's Tripoli is smaller than Libya's capital, which keeps the bare name
    ("Tripoli", "geonames:2210247"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_levant_towns_geocode(name, pid):
    assert geocode(name).id == pid


def test_a_sentence_of_the_wars_names_its_towns():
    text = "Rebels took Daraa, Idlib and Jableh; jets struck Baalbek, Rafah and Khan Younis."
    assert [pid for _, pid in found(text)] == [
        "geonames:170905",
        "geonames:169389",
        "geonames:169304",
        "geonames:277130",
        "geonames:281102",
        "geonames:281124",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Государственная Дума приняла закон.",  # Douma's Russian alias: the parliament
        "Yunus Bey dün toplantıya katıldı.",  # Khan Yunis's "Yunus": a given name
        "Dara dün toplantıya katıldı.",  # Daraa's "Dara": a given name
        "پزشکان از سلامت جنین خبر دادند.",  # Jenin's Persian spelling: a fetus
        "В тире открыли новый зал.",  # Tyre's Russian "Тир": a shooting range
    ],
)
def test_words_stay_words(text):
    assert found(text) == []
