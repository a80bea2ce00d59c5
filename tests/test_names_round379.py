"""Round 379 (names379): Iraq's governorates and Kurdistan in Russian, Turkish, Persian and
Armenian, checked first in a round cut short by time. No name was added: the Russian
governorates read after the province word already (Эрбиль, Сулеймания, Дохук, Киркук, Басра,
Дияла; Халабджа reads the town, the governorate has no record), Hewlêr and Hewler read Erbil,
and Turkish 'Koye' (Koy Sanjaq) stays a reviewed stop name (the Turkish dative 'köye'). The
sentences are the project's own; they pin what reads today."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place geocode gives it today
GEOCODES = [
    ("Koye", "geonames:94220"),
    ("Hewlêr", "geonames:95446"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round379_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place, read already before the round
CASES = [
    ("Взрыв произошел в провинции Эрбиль.", "Эрбиль", "erbil-governorate-iq"),
    ("Выборы прошли в провинции Сулеймания.", "Сулеймания", "sulaymaniyah-governorate-iq"),
    ("Учения прошли в провинции Дохук.", "Дохук", "duhok-governorate-iq"),
    ("Нефть добывают в провинции Киркук.", "Киркук", "kirkuk-governorate-iq"),
    ("Порт находится в провинции Басра.", "Басра", "basra-governorate"),
    ("Нападение произошло в провинции Дияла.", "Дияла", "diyala-governorate-iq"),
    ("Heyet Hewler'de görüştü.", "Hewler", "geonames:95446"),
    ("Misan vilayetinde petrol var.", "Misan", "maysan-governorate-iq"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round379_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round379_koye_dative_stays_no_mention():
    assert not any(pid == "geonames:94220" for _, pid in _found("Yaşlı adam köye gitti."))
    assert not any(pid == "geonames:94220" for _, pid in _found("Köye döndü."))
