"""Round 354 (names354): new town and district records that real articles name and the
gazetteer missed or read as another place: Sarıyer (`sariyer-tr`), Kilyos / Kumköy
(`kilyos-tr`), Taman (`taman-ru`), Lenjan County (`lenjan-county`), and the Armenian
'Համադան' for the city of Hamadan. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Sarıyer", "sariyer-tr"),
    ("Sariyer", "sariyer-tr"),
    ("Сарыер", "sariyer-tr"),
    ("Kilyos", "kilyos-tr"),
    ("Kumköy", "kilyos-tr"),
    ("Taman", "taman-ru"),
    ("Тамань", "taman-ru"),
    ("Taman Peninsula", "taman-peninsula"),
    ("Lenjan", "lenjan-county"),
    ("لنجان", "lenjan-county"),
    ("Համադան", "geonames:132144"),
    ("Համադանի նահանգ", "hamadan-province"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round354_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("The ship passed Sarıyer and then Kilyos.", "Sarıyer", "sariyer-tr"),
    ("The ship passed Sarıyer and then Kilyos.", "Kilyos", "kilyos-tr"),
    ("Сарыер на Босфоре.", "Сарыер", "sariyer-tr"),
    ("The ferry left Taman for Crimea.", "Taman", "taman-ru"),
    ("Порт Тамань растёт.", "Тамань", "taman-ru"),
    ("The Taman Peninsula is windy.", "Taman Peninsula", "taman-peninsula"),
    ("Flooding hit Lenjan county in Isfahan.", "Lenjan county", "lenjan-county"),
    ("سیل در لنجان خسارت زد.", "لنجان", "lenjan-county"),
    ("Դելեգացիան ժամանեց Համադան։", "Համադան", "geonames:132144"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round354_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round354_taman_case_form():
    assert any(pid == "taman-ru" for _, pid in _found("Паром вышел из Тамани в Керчь."))


def test_round354_zanjan_is_not_lenjan():
    assert geocode("Zanjan").id != "lenjan-county"
    assert not any(pid == "lenjan-county" for _, pid in _found("Zanjan is in the north-west."))


def test_round354_syria_and_filyos_stay():
    assert ("Syria", "sy") in _found("Syria closed the road.")
    assert ("Filyos", "filyos-tr") in _found("Gas came ashore at Filyos.")
