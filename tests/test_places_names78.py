"""Round 78 (names78): sourced names of places the gazetteer already holds.

Each name is one a page cited in ``data/names.yaml`` writes: Azerbaijani "Manqistau" and
"Manqistau vilayəti" (Kazakhstan's Mangystau Region, as Aran Agentliyi and Xalq qazeti write
it) and "Hörmüz boğazı" (the Strait of Hormuz, as AZƏRTAC writes it). The sentences are the
project's own; a case ending after the name stays outside the mention.
"""

import pytest
from parsing import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Manqistau vilayəti ilə əməkdaşlıq genişlənir.",
            [("Manqistau vilayəti", "mangystau-region-kz")],
        ),
        (
            "Manqistau vilayətində yeni liman tikilir.",
            [("Manqistau vilayəti", "mangystau-region-kz")],
        ),
        (
            "Manqistau televiziyasının rəhbəri tədbirdə çıxış edib.",
            [("Manqistau", "mangystau-region-kz")],
        ),
        (
            "Tankerlər Hörmüz boğazından yan keçmək üçün marşrutu dəyişir.",
            [("Hörmüz boğazı", "strait-of-hormuz")],
        ),
        (
            "Hörmüz boğazı yenidən açılıb.",
            [("Hörmüz boğazı", "strait-of-hormuz")],
        ),
    ],
)
def test_a_sentence_names_the_places(text, expected):
    assert found(text) == expected
