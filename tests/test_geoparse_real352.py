"""Readings that held-out sets 352-357 (stop 73: the North Caucasus, Cyprus, Crimea and the
Sea of Azov, the Gulf states, Turkmenistan, Yemen) showed missing. The sentences are the
project's own.

- A country's war keeps the country in Azerbaijani too ("[Ukrayna] müharibəsindən bəri",
  "[Rusiya]–[Ukrayna] müharibəsi": rule 32 of data/gold/dev.txt, both markings of sets 340a
  and 356a); a region's war stays the war's (geo._warnames).
"""

import pytest

from tests.parsing import found as _found

WARS = [
    ("Ukrayna müharibəsindən bəri Moskva yeni tərəfdaşlar axtarır.", ["ua", "geonames:524901"]),
    ("Rusiya–Ukrayna müharibəsi üçüncü ilinə qədəm qoyub.", ["ru", "ua"]),
    ("İkinci Qarabağ müharibəsindən sonra yollar bərpa olunur.", []),
]


@pytest.mark.parametrize(("text", "targets"), WARS)
def test_a_countrys_war_keeps_the_country(text, targets):
    assert [t for _, t in _found(text)] == targets
