"""Namesake senses and span conventions, round 6b (issue 10): causes found on new real
articles.

Each a general rule: the town word after a city unit's name stays outside the mention
("[Bakı] şəhəri", as data/gold/dev.txt's header rule 1 says), and a town word or a
station word after a name a unit and its town share makes it the town. The texts are
written for these tests.
"""

import pytest

from geo.geoparse import geoparse


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.target) for m in geoparse(text)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Sərnişinlər Bakı şəhəri ilə Gəncə arasında yeni qatarla gedəcək.",
         [("Bakı", "baku"), ("Gəncə", "geonames:586523")]),
        ("Sərgi Sumqayıt şəhərində açılıb.", [("Sumqayıt", "geonames:584923")]),
    ],
)  # fmt: skip
def test_the_town_word_after_a_city_units_name_stays_outside(text, pairs):
    assert _targets(text) == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Heyət dünən Nahçıvan kentinde yerel yöneticilerle görüştü.",
        "Nümayəndələr Naxçıvan vağzalında qarşılanıb.",
    ],
)
def test_a_town_or_station_word_after_a_shared_name_makes_it_the_town(text):
    assert [t for _, t in _targets(text)] == ["nakhchivan"]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Die Staudämme und Kraftwerke von Khodaafarin und Qiz Qalasi gehören beiden Staaten.",
         ["khudafarin-dam", "giz-galasi-dam"]),
        ("Im Frühjahr füllt sich der Stausee von Khodaafarin wieder.", ["khudafarin-reservoir"]),
        ("Bakanlar Hudaferin ve Kız Kalesi barajlarında incelemelerde bulundu.",
         ["khudafarin-dam", "giz-galasi-dam"]),
    ],
)  # fmt: skip
def test_german_and_turkish_dam_and_reservoir_words_tell_the_sense(text, targets):
    assert [t for _, t in _targets(text)] == targets


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("The Kars-Nakhchivan pipeline secures Nakhchivan's energy supply for decades.",
         ["kars", "nakhchivan", "nakhchivan-ar"]),
        ("The Kars-Nakhchivan line will end beside Nakhchivan's airport.",
         ["kars", "nakhchivan", "nakhchivan"]),
    ],
)  # fmt: skip
def test_a_possessive_after_a_shared_name_is_the_lands_unless_a_facility_follows(text, targets):
    assert [t for _, t in _targets(text)] == targets


def test_german_joins_a_corridors_own_name_and_korridor_by_a_hyphen():
    text = "Der Lachin-Korridor war lange die einzige Straße; der Status des Lachin-Korridors ist neu."
    assert [t for _, t in _targets(text)] == ["lachin-corridor", "lachin-corridor"]
