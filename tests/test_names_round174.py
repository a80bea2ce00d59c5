"""Round 174 (names174): the Helmand River, which held-out round 39 (set 239) found missing,
drawn in the world layer through Kajaki, Gereshk, Lashkar Gah, the Kamal Khan Dam and Zaranj
(APPROXIMATE), with its names as cited pages write them: 'Helmand River', 'Hirmand River',
Persian 'هیرمند' and 'رود هیرمند', Azerbaijani 'Helmand çayı' and Russian 'река Гильменд'
(German 'Fluss Helmand' was taken back in round 300: the river word stays outside the mark, and
'der Fluss Helmand' reads 'Helmand' as the river). The bare 'Helmand' (and 'Гильменд') stays
the province. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Helmand River", "helmand-river"),
    ("Hirmand River", "helmand-river"),
    ("هیرمند", "helmand-river"),
    ("رود هیرمند", "helmand-river"),
    ("Helmand çayı", "helmand-river"),
    ("река Гильменд", "helmand-river"),
    # the bare names stay the province
    ("Helmand", "helmand-province-af"),
    ("Helmand province", "helmand-province-af"),
    ("Гильменд", "helmand-province-af"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round174_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Iran says the Helmand River is drying up.", "Helmand River", "helmand-river"),
    ("Tehran wants its share of the Hirmand River.", "Hirmand River", "helmand-river"),
    ("آب رود هیرمند به ایران نمی‌رسد.", "رود هیرمند", "helmand-river"),
    ("حقابه هیرمند باید پرداخت شود.", "هیرمند", "helmand-river"),
    # Azerbaijani, with case endings
    ("Hamun gölü Helmand çayından qidalanır.", "Helmand çayı", "helmand-river"),
    ("Helmand çayında su azalıb.", "Helmand çayı", "helmand-river"),
    ("Der Fluss Helmand mündet in den Hamun-See.", "Helmand", "helmand-river"),
    # the province keeps its names
    ("Taliban fighters in Helmand province attacked.", "Helmand province", "helmand-province-af"),
    ("Fighting continues in Helmand.", "Helmand", "helmand-province-af"),
    ("Боевики в провинции Гильменд.", "Гильменд", "helmand-province-af"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round174_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("The river is drying up.", []),
    ("Çayın suyu azalıb.", []),
    ("Der Fluss ist lang.", []),
    ("رود خشک شد.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round174_nothing_common_breaks(text, expected):
    assert _found(text) == expected
