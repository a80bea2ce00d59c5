"""Round 170 (names170): names that held-out round 37 (sets 233-235) found missing, each as a
cited page writes it: Cholpon-Ata ('Чолпон-Ата') and Karakol ('Каракол') in Kyrgyzstan, Armenian
'Սամարղանդ' (Samarkand) and the locative 'Էջմիածնում' (Vagharshapat), Turkish 'Metsamor Nükleer
Santrali'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Cholpon-Ata", "cholpon-ata-kg"),
    ("Чолпон-Ата", "cholpon-ata-kg"),
    ("Karakol", "karakol-kg"),
    ("Каракол", "karakol-kg"),
    ("Սամարղանդ", "geonames:1216265"),
    ("Metsamor Nükleer Santrali", "metsamor-npp"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round170_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Armenian, with the locative ending
    ("Տոնը նշվեց Էջմիածնում։", "Էջմիածնում", "geonames:616062"),
    ("Նա ապրում է Սամարղանդում։", "Սամարղանդ", "geonames:1216265"),
    # Turkish, with case endings
    ("Metsamor Nükleer Santrali'nde bakım yapıldı.", "Metsamor Nükleer Santrali", "metsamor-npp"),
    ("Biz Cholpon-Ata'ya gittik.", "Cholpon-Ata", "cholpon-ata-kg"),
    # Russian, with case endings
    ("Отдыхали в Чолпон-Ате.", "Чолпон-Ате", "cholpon-ata-kg"),
    ("В Караколе холодно.", "Каракол", "karakol-kg"),
    # English
    ("The World Nomad Games were held in Cholpon-Ata.", "Cholpon-Ata", "cholpon-ata-kg"),
    ("The trek starts in Karakol.", "Karakol", "karakol-kg"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round170_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Nükleer santrali kapatılmalı.", []),
    ("The lake is cold.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round170_nothing_common_breaks(text, expected):
    assert _found(text) == expected
