"""Round 86 (names88): names of Dagestan, Chechnya and their towns the Caspian and
Dagestan articles write, each as a cited page writes it (data/names.yaml): the Persian
republic with its title, the older English spelling, a Persian form of Makhachkala and
the Russian genitive of Grozny."""

import pytest

from geo.geoparse import geoparse

CASES = [
    # Persian: the republic with its title, the whole span
    ("سفر به جمهوری داغستان انجام شد.", "جمهوری داغستان", "dagestan-ru"),
    ("دولت جمهوری داغستان در مسکو نماینده دارد.", "جمهوری داغستان", "dagestan-ru"),
    ("بندر مخاچ قلعه در کنار دریای خزر است.", "مخاچ قلعه", "geonames:532096"),
    # English
    ("He travelled to Daghestan last year.", "Daghestan", "dagestan-ru"),
    ("Daghestan's capital lies on the Caspian.", "Daghestan", "dagestan-ru"),
    # Russian: the genitive of the adjective-form name
    ("Мы ехали из Грозного в Махачкалу.", "Грозного", "geonames:558418"),
    ("Возрождение началось с Грозного.", "Грозного", "geonames:558418"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round86_names88_found(text, name, pid):
    found = [(m.text, m.place.id if m.place else m.link) for m in geoparse(text)]
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # German 'ab' (from) stays no mention: Turkish 'AB' (the EU) was not added
        "Ab Montag fahren die Züge ab Baku.",
    ],
)
def test_round86_names88_no_eu(text):
    assert all(m.place is None or m.place.id != "european-union" for m in geoparse(text))
