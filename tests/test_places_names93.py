"""Round 93 (names93): names of places the gazetteer holds, as news on water, rivers and
border travel writes them, each as a cited page writes it (data/names.yaml): the
Mingachevir reservoir in the Russian of Azerbaijani media, Lake Urmia by its pre-1979
English name and the Voghji by the English spelling 'Okchuchay'."""

import pytest

from geo.geoparse import geoparse

CASES = [
    # Russian, as Azerbaijani media write it, with its cases
    (
        "Мингячевирское водохранилище наполнено.",
        "Мингячевирское водохранилище",
        "mingachevir-reservoir",
    ),
    (
        "Из Мингячевирского водохранилища сбросили воду.",
        "Мингячевирского водохранилища",
        "mingachevir-reservoir",
    ),
    (
        "В Мингячевирском водохранилище собраны запасы воды.",
        "Мингячевирском водохранилище",
        "mingachevir-reservoir",
    ),
    # English: the lake's name before 1979
    ("Lake Rezaiyeh dried up in the summer.", "Lake Rezaiyeh", "lake-urmia"),
    # English: a spelling of Okhchuchay
    ("The Okchuchay River is polluted.", "Okchuchay River", "voghji-river"),
    ("Waste flows into the Okchuchay from Kajaran.", "Okchuchay", "voghji-river"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round93_names93_found(text, name, pid):
    found = [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]
    assert (name, pid) in found, found


def test_round93_bare_rezaiyeh_stays_the_city():
    # the bare name was the city's as well: it is not added for the lake
    found = [
        (m.text, m.place.id if m.place else m.link) for m in geoparse("The city of Rezaiyeh.")
    ]
    assert ("Rezaiyeh", "lake-urmia") not in found, found
