"""Round 352 (names352): names of Tehran's dams and of Armenia's Metsamor plant that real
articles on Tehran's water crisis and on Metsamor wrote, checked first: German 'Mezamor' for
the town of Metsamor and Russian 'Мецаморская атомная станция' for the plant. The
Azerbaijani dam names, Persian 'مت سامور' and German 'AKW Mezamor' had no page writing them;
'[Metsamor] nuclear plant' needs parser code. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Mezamor", "geonames:823807"),
    ("Мецаморская атомная станция", "metsamor-npp"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round352_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("In Mezamor steht ein altes Kraftwerk.", "Mezamor", "geonames:823807"),
    ("Die Stadt Mezamor wurde 1969 gegründet.", "Mezamor", "geonames:823807"),
    (
        "Проблема продления службы Мецаморской атомной станции стоит остро.",
        "Мецаморской атомной станции",
        "metsamor-npp",
    ),
    (
        "Мецаморская атомная станция расположена в Армении.",
        "Мецаморская атомная станция",
        "metsamor-npp",
    ),
    # read already before the round
    ("Турция требует закрыть Мецаморскую АЭС.", "Мецаморскую АЭС", "metsamor-npp"),
    (
        "Tehranı su ilə təmin edən Əmir Kəbir bəndində az su qalıb.",
        "Əmir Kəbir bəndi",
        "amir-kabir-dam",
    ),
    ("Lar bəndi demək olar ki, boşdur.", "Lar bəndi", "lar-dam"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round352_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round352_plant_names_stay_the_plants():
    """The German plant names with their word stay the plant's, not the town's."""
    assert ("Kernkraftwerk Mezamor", "metsamor-npp") in _found(
        "Das Kernkraftwerk Mezamor liegt in Armenien."
    )
    assert not any(
        pid == "geonames:823807"
        for _, pid in _found("Unweit des Kernkraftwerks Mezamor bebte die Erde.")
    )
