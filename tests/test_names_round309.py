"""Round 309 (names309): names held-out rounds 114 and 116 (sets 505, 506, 511, 512) found
missing, cited by a page that writes them or, where no other page read did, by the held-out
article: Tajikistan's Shamsiddin Shohin district (and its old name Shuroabad in Russian), the
Sazlıdere dam on the Kanal Istanbul route, and Marneuli's village Khozhorni. The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Shamsiddin Shohin", "shamsiddin-shohin-district"),
    ("Shamsiddin-Shohin", "shamsiddin-shohin-district"),
    ("Şamsiddin Şohin", "shamsiddin-shohin-district"),
    ("Шамсиддин Шохин", "shamsiddin-shohin-district"),
    ("Шуроабад", "shamsiddin-shohin-district"),
    ("Sazlıdere Barajı", "sazlidere-dam"),
    ("Sazlidere Dam", "sazlidere-dam"),
    ("Sazlıdere", "sazlidere-dam"),
    ("Khozhorni", "khozhorni-ge"),
    ("Խոժոռնի", "khozhorni-ge"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round309_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "Şamsiddin Şohin rayonunda sərhəd bağlandı.",
        "Şamsiddin Şohin",
        "shamsiddin-shohin-district",
    ),
    (
        "Мост в районе Шамсиддин Шохин снова открыт.",
        "Шамсиддин Шохин",
        "shamsiddin-shohin-district",
    ),
    ("Граница у Шуроабада была закрыта.", "Шуроабад", "shamsiddin-shohin-district"),
    (
        "Guards patrolled the Shamsiddin-Shohin border.",
        "Shamsiddin-Shohin",
        "shamsiddin-shohin-district",
    ),
    ("Sazlıdere Barajı'nın suyu yine azaldı.", "Sazlıdere Barajı", "sazlidere-dam"),
    ("Kanal, Sazlıdere vadisinden geçecek.", "Sazlıdere", "sazlidere-dam"),
    ("Work began on the Sazlidere bridge.", "Sazlidere", "sazlidere-dam"),
    ("Խոժոռնի գյուղում նոր դպրոց բացվեց։", "Խոժոռնի", "khozhorni-ge"),
    ("The old church at Khozhorni was repaired.", "Khozhorni", "khozhorni-ge"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round309_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alexander Shokhin, or Шохин in Russian, spoke.",  # the short name is a surname, no alias
        "Александр Шохин выступил на съезде.",
    ],
)
def test_round309_not_places(text):
    targets = [t for _, t in _found(text)]
    assert "shamsiddin-shohin-district" not in targets
