"""Round 384 (names384): Armenian 'Քերմանշահ' for the city of Kermanshah (geonames:128226),
the province still read before the province word, and German 'Signaghi' for Sighnaghi
(geonames:611902). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Քերմանշահ", "geonames:128226"),
    ("Signaghi", "geonames:611902"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round384_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Քերմանշահում երկրաշարժ է տեղի ունեցել։", "Քերմանշահ", "geonames:128226"),
    ("Քերմանշահի բնակիչները դուրս եկան։", "Քերմանշահ", "geonames:128226"),
    ("Քերմանշահ նահանգում երկրաշարժ է եղել։", "Քերմանշահ նահանգ", "kermanshah-province"),
    ("In Signaghi gab es Proteste.", "Signaghi", "geonames:611902"),
    ("Wir fuhren nach Signaghi.", "Signaghi", "geonames:611902"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round384_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: the province word keeps the province, not the city
NEGATIVE = [
    ("Քերմանշահ նահանգում երկրաշարժ է եղել։", "geonames:128226"),
]


@pytest.mark.parametrize(("text", "pid"), NEGATIVE)
def test_round384_not_found(text, pid):
    assert all(target != pid for _, target in _found(text))
