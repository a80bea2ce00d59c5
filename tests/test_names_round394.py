"""Round 394 (names394): names of Ardabil province's towns and of the Moghan plain's water works
that real articles wrote, checked first: English 'Parsabad Mughan' and 'Pars Abad Mughan' for
Parsabad (the town's full name, read whole, not the town and then the plain) and the Bahramtepe
hydro junction on the Araz (Azerbaijani 'Bəhramtəpə Hidroqovşağı', 'Bəhrəmtəpə hidroqovşağı',
'Bəhramtəpə su qovşağı'), whose whole name reads the structure while the bare name stays the
settlement. The Russian town names either read already or had no page writing them. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Parsabad Mughan", "geonames:121380"),
    ("Pars Abad Mughan", "geonames:121380"),
    ("Bəhramtəpə Hidroqovşağı", "bahramtepe-hydro-junction"),
    ("Bəhrəmtəpə hidroqovşağı", "bahramtepe-hydro-junction"),
    ("Bəhramtəpə su qovşağı", "bahramtepe-hydro-junction"),
    # checked, read already
    ("Парсабад", "geonames:121380"),
    ("Герми", "geonames:133972"),
    ("Намин", "geonames:122721"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round394_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Trucks reached Parsabad Mughan on Monday.", "Parsabad Mughan", "geonames:121380"),
    ("Flights to Pars Abad Mughan resumed this week.", "Pars Abad Mughan", "geonames:121380"),
    (
        "Bəhrəmtəpə hidroqovşağında təmir işləri aparılır.",
        "Bəhrəmtəpə hidroqovşağı",
        "bahramtepe-hydro-junction",
    ),
    (
        "Kanala su Bəhramtəpə Hidroqovşağından verilir.",
        "Bəhramtəpə Hidroqovşağı",
        "bahramtepe-hydro-junction",
    ),
    (
        "Çay Bəhramtəpə su qovşağının yaxınlığından axır.",
        "Bəhramtəpə su qovşağı",
        "bahramtepe-hydro-junction",
    ),
    ("Из Парсабада в Герми идут грузовики.", "Парсабад", "geonames:121380"),
    ("Из Парсабада в Герми идут грузовики.", "Герми", "geonames:133972"),
    ("В Намине прошли дожди.", "Намин", "geonames:122721"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round394_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round394_bare_settlement_stays_the_settlement():
    assert ("Bəhramtəpə", "geonames:148330") in _found("Bəhramtəpə qəsəbəsində məktəb açılıb.")
    assert ("Bəhrəmtəpə", "geonames:148330") in _found("Bəhrəmtəpədə yağış yağdı.")
    assert not any(
        pid == "bahramtepe-hydro-junction" for _, pid in _found("Bəhrəmtəpədə yağış yağdı.")
    )


def test_round394_parsabad_and_the_plain_apart():
    found = _found("Parsabad lies on the Mughan plain.")
    assert ("Parsabad", "geonames:121380") in found
    assert ("Mughan plain", "mughan-plain") in found
