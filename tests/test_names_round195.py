"""Round 195 (names195): names that a held-out evaluation found missing on the
Armenia-Azerbaijan border of Gazakh and in Kyrgyzstan's south, each as a cited page writes
it: the Persian 'کیزیلخاجیلی', 'هیریملی' and 'بغانیس آیریم' of the villages returned in 2024,
and the Turkish 'Oş bölgesi' and 'Celalabad bölgesi' of the Kyrgyz regions. The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("کیزیلخاجیلی", "gizilhajili-gazakh"),
    ("هیریملی", "kheyrimli"),
    ("بغانیس آیریم", "baghanis-ayrim"),
    ("Oş bölgesi", "osh-region-kg"),
    ("Celalabad bölgesi", "jalal-abad-region-kg"),
    # Jalal-Abad, renamed Manas in 2025, keeps its old names as aliases
    ("Jalal-Abad", "geonames:1528249"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round195_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Persian
    ("خبرنگاران به روستای کیزیلخاجیلی رفتند.", "کیزیلخاجیلی", "gizilhajili-gazakh"),
    ("مرزبانان در هیریملی مستقر شدند.", "هیریملی", "kheyrimli"),
    ("پرچم در بغانیس آیریم برافراشته شد.", "بغانیس آیریم", "baghanis-ayrim"),
    # Turkish, with case endings
    ("Kırgızistan'ın Oş bölgesinde deprem oldu.", "Oş bölgesi", "osh-region-kg"),
    ("Kırgızistan'da Celalabad bölgesinde sel oldu.", "Celalabad bölgesi", "jalal-abad-region-kg"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round195_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the Turkish region word alone names no region
    ("Bu bölgede sel oldu.", []),
    # the bare Celalabad stays Afghanistan's Jalalabad
    (
        "Afganistan'ın Celalabad kentinde patlama oldu.",
        [("Afganistan", "af"), ("Celalabad", "geonames:1139715")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round195_nothing_common_breaks(text, expected):
    assert _found(text) == expected
