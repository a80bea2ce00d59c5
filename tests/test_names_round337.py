"""Round 337 (names337): names of the Kura's lower course that real articles of round 131
wrote, checked first. Added: Azerbaijani 'Bankə qəsəbəsi' for Bankə (geonames:148375, which
GeoNames names 'Severo-Vostotchnyi Bank'); before, the bare 'Bankə' read in running text not at
all. The other villages, the rivers and the canal had no citable point found in time. The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Bankə qəsəbəsi", "geonames:148375"),
    ("Bankə", "geonames:148375"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round337_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "Neftçala rayonunun Bankə qəsəbəsində balıq kombinatı var.",
        "Bankə qəsəbəsi",
        "geonames:148375",
    ),
    ("Bankə qəsəbəsi susuz qalıb.", "Bankə qəsəbəsi", "geonames:148375"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round337_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round337_bank_word_stays_no_place():
    # 'Bank' and 'банк' are stop names of the GeoNames table: the common word is no place
    assert not any(pid == "geonames:148375" for _, pid in _found("Mərkəzi Bank faizi artırdı."))
    assert not any(
        pid == "geonames:148375" for _, pid in _found("Центральный банк поднял ставку.")
    )
