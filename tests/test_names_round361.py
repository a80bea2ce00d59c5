"""Round 361 (names361): names of Iraqi Kurdistan and the Kirkuk-Ceyhan pipeline that real
articles on the Iraq-Turkey oil pipeline wrote, checked first: Turkish 'Irak Kürt Bölgesel
Yönetimi' and its initials 'IKBY' for the Kurdistan Region, 'Fiş Habur' in two words for Faysh
Khabur, and the town of Taq Taq (a new record, the oil field named after it). The Armenian
'Իրաքյան Քրդստան' had no page writing it and stays out; the bare Armenian 'Քրդստան' stays
unread. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Irak Kürt Bölgesel Yönetimi", "kurdistan-region"),
    ("IKBY", "kurdistan-region"),
    ("Fiş Habur", "faysh-khabur-iq"),
    ("Taq Taq", "taq-taq-iq"),
    ("Taqtaq", "taq-taq-iq"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round361_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "Irak Kürt Bölgesel Yönetimi petrol ihracatını yeniden başlattı.",
        "Irak Kürt Bölgesel Yönetimi",
        "kurdistan-region",
    ),
    ("IKBY'deki petrol sahaları yeniden üretime geçti.", "IKBY", "kurdistan-region"),
    ("IKBY’deki sahalardan petrol akışı başladı.", "IKBY", "kurdistan-region"),
    ("Petrol IKBY'den Ceyhan'a akıyor.", "IKBY", "kurdistan-region"),
    ("Petrol IKBY'den Ceyhan'a akıyor.", "Ceyhan", "ceyhan"),
    ("Neft Fiş Habur bölgəsinə çatdırılır.", "Fiş Habur", "faysh-khabur-iq"),
    ("Petrol Fişhabur'dan Türkiye'ye geçiyor.", "Fişhabur", "faysh-khabur-iq"),
    ("Das Ölfeld „Taq Taq“ liegt nördlich von Kirkuk.", "Taq Taq", "taq-taq-iq"),
    ("Die Förderung im Ölfeld Taq Taq wurde wieder aufgenommen.", "Taq Taq", "taq-taq-iq"),
    ("Bohrungen bei Taqtaq am Kleinen Zab begannen 2006.", "Taqtaq", "taq-taq-iq"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round361_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round361_knocking_is_no_town():
    # the onomatopoeia, lower-case or hyphenated, is not the town
    for text in ("Qapı taq-taq döyüldü.", "Kapı tak tak çalındı.", "Bir taq taq səsi gəldi."):
        assert not any(pid == "taq-taq-iq" for _, pid in _found(text))


def test_round361_ikby_lower_case_is_nothing():
    assert not any(pid == "kurdistan-region" for _, pid in _found("ikby yazısı bir kısaltma."))


def test_round361_bare_armenian_kurdistan_stays_unread():
    # the bare 'Քրդստան' is the whole Kurdish land as often as Iraq's region: not read
    assert not any(
        pid == "kurdistan-region"
        for _, pid in _found("Քրդստանում նավթի արդյունահանումը վերսկսվել է։")
    )
