"""Forms read in stop 66 (issue 10, 2026-12-05), from held-out round 43 (sets 251-253):
COP29 and climate diplomacy, Armenia-Turkey normalisation, Iran's south and the Gulf.

The texts are written for these tests.
"""

import pytest

from tests.parsing import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a council named after its gulf is a body's name, the gulf no mention there
        ("Fars Körfezi İşbirliği Konseyi bir açıklama yaptı.", []),
        ("Tanker Fars Körfezi'nde durduruldu.", [("Fars Körfezi", "persian-gulf")]),
        # a state's media after its nominative (rule 20), in Turkish and Azerbaijani
        ("İran devlet medyası patlamayı duyurdu.", []),
        ("İran devlet televizyonu görüntüleri yayınladı.", []),
        ("İran dövlət televiziyası xəbər verdi.", []),
        ("Heyet İran'a gitti.", [("İran", "ir")]),
    ],
)
def test_bodies_named_after_places(text, expected):
    assert _found(text) == expected
