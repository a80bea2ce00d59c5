"""Round 161 (names161): places that held-out rounds 27-33 (sets 203-223) found missing, each as
a cited page writes it: İğneada (Kırklareli) and Faysh Khabur with its names Peshkhabour,
Peshkhabur, Fishkhabur, Pêşabûr and فيشخابور (the Iraqi side of the crossing with Syria). The
sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("İğneada", "igneada-tr"),
    ("Faysh Khabur", "faysh-khabur-iq"),
    ("Peshkhabour", "faysh-khabur-iq"),
    ("Peshkhabur", "faysh-khabur-iq"),
    ("Fishkhabur", "faysh-khabur-iq"),
    ("Pêşabûr", "faysh-khabur-iq"),
    ("فيشخابور", "faysh-khabur-iq"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round161_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The Peshkhabour crossing was closed.", "Peshkhabour", "faysh-khabur-iq"),
    ("Refugees crossed at Peshkhabur yesterday.", "Peshkhabur", "faysh-khabur-iq"),
    ("They returned via Fishkhabur.", "Fishkhabur", "faysh-khabur-iq"),
    ("Faysh Khabur lies on the Tigris.", "Faysh Khabur", "faysh-khabur-iq"),
    # Turkish, with a case ending
    ("İğneada'da fırtına çıktı.", "İğneada", "igneada-tr"),
    # Kurdish (Kurmanji)
    ("Deriyê Pêşabûr vekirî ye.", "Pêşabûr", "faysh-khabur-iq"),
    # Arabic
    ("أغلق معبر فيشخابور.", "فيشخابور", "faysh-khabur-iq"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round161_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("The Khabur river flows into the Tigris.", None),
    ("Semalka sınır kapısı açıldı.", None),
    ("The crossing was closed yesterday.", []),
    ("Fırtına Karadeniz kıyısında etkili oldu.", None),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round161_nothing_common_breaks(text, expected):
    got = _found(text)
    assert all(pid not in {"igneada-tr", "faysh-khabur-iq"} for _, pid in got)
    if expected is not None:
        assert got == expected
