"""Round 310 (names310): names held-out rounds 115 and 116 (sets 509 and 510) found missing:
Zirgwez, the Komala camps' village south of Sulaymaniyah, in English, Turkish and Persian; the
Arvand Free Zone in English and Persian; Minushahr and Minu Island beside Khorramshahr. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Zirgwez", "zirgwez-iq"),
    ("Zarkoz", "zirgwez-iq"),
    ("Zirgwêz", "zirgwez-iq"),
    ("زرگویز", "zirgwez-iq"),
    ("Arvand Free Zone", "arvand-free-zone-ir"),
    ("Arvand Free Trade Zone", "arvand-free-zone-ir"),
    ("منطقه آزاد اروند", "arvand-free-zone-ir"),
    ("Minushahr", "minushahr-ir"),
    ("مینوشهر", "minushahr-ir"),
    ("Minu Island", "minu-island-ir"),
    ("Minoo Island", "minu-island-ir"),
    ("جزیره مینو", "minu-island-ir"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round310_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Drones hit the camps at Zirgwez at night.", "Zirgwez", "zirgwez-iq"),
    ("Smoke rose over Zarkoz after the strike.", "Zarkoz", "zirgwez-iq"),
    ("Zirgwêz köyünde kamp vuruldu.", "Zirgwêz", "zirgwez-iq"),
    ("Zirgwez'e yeni saldırı düzenlendi.", "Zirgwez", "zirgwez-iq"),
    ("پهپادها روستای زرگویز را زدند.", "زرگویز", "zirgwez-iq"),
    ("Cruise ships will leave the Arvand Free Zone.", "Arvand Free Zone", "arvand-free-zone-ir"),
    (
        "Investors came to the Arvand Free Trade Zone.",
        "Arvand Free Trade Zone",
        "arvand-free-zone-ir",
    ),
    ("کالاها به منطقه آزاد اروند رسید.", "منطقه آزاد اروند", "arvand-free-zone-ir"),
    ("Palm groves surround Minushahr.", "Minushahr", "minushahr-ir"),
    ("نخلستان‌های مینوشهر سبز است.", "مینوشهر", "minushahr-ir"),
    ("Boats circle Minu Island.", "Minu Island", "minu-island-ir"),
    ("گردشگران به جزیره مینو رفتند.", "جزیره مینو", "minu-island-ir"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round310_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "مینو به خانه رفت.",  # Minu, a given name (paradise): no island
        "موقعیت راهبردی اروند مهم است.",  # the bare Arvand is no alias of the zone
        "سازمان منطقه آزاد اروند اعلام کرد.",  # the organisation's name stays a body's
    ],
)
def test_round310_not_places(text):
    targets = [t for _, t in _found(text)]
    assert "minu-island-ir" not in targets
    assert "minushahr-ir" not in targets
    assert "arvand-free-zone-ir" not in targets
