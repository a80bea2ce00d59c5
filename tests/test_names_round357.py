"""Round 357 (names357): Armenia's water. The bare Latin 'Sevan' and German 'Sewan' and the
(Azerbaijani 'Göyçə' taken back at the merge, round 286's judgement) for Lake Sevan (the town keeps them with its town word), and a new record
for the Kechut reservoir (the bare 'Kechut' stays the village); Russian 'Карачилар' for
the Karachilar plant. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Sevan", "lake-sevan"),
    ("Sewan", "lake-sevan"),
    ("Sevan şəhəri", "geonames:616250"),
    ("Kechut reservoir", "kechut-reservoir"),
    ("Կեչուտի ջրամբար", "kechut-reservoir"),
    ("Кечутское водохранилище", "kechut-reservoir"),
    ("Kechut", "geonames:174859"),
    ("Карачилар", "karachilar-hpp"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round357_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Sevan's water level fell again this summer.", "Sevan", "lake-sevan"),
    ("The level of Sevan rose by ten centimetres.", "Sevan", "lake-sevan"),
    ("Der Sewan ist der größte See Armeniens.", "Sewan", "lake-sevan"),
    ("Water was released from the Kechut reservoir.", "Kechut", "kechut-reservoir"),
    ("Уровень Кечутского водохранилища вырос.", "Кечутского водохранилища", "kechut-reservoir"),
    ("Вторую ГЭС построят на иранской стороне, в Карачиларе.", "Карачилар", "karachilar-hpp"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round357_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: the town keeps the names with its town word; the village keeps the bare 'Kechut'
TOWN_CASES = [
    ("Residents of the town of Sevan protested.", "Sevan", "geonames:616250"),
    ("In der Stadt Sevan wurde gebaut.", "Sevan", "geonames:616250"),
    ("Sevan şəhəri yaxınlığında yol təmir olunur.", "Sevan", "geonames:616250"),
    ("Житель города Севан.", "Севан", "geonames:616250"),
    ("The village of Kechut lies near Jermuk.", "Kechut", "geonames:174859"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), TOWN_CASES)
def test_round357_town_keeps_its_word(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round357_goychay_stays_the_district():
    assert not any(pid == "lake-sevan" for _, pid in _found("Göyçay rayonunda nar festivalı."))
