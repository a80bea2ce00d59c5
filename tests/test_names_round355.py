"""Round 355 (names355): names of the Kilis-Aleppo gas line's 2025 opening (Azerbaijani gas
to Syria through Turkey), checked first: the Syrian village of Jandar (Turkish and Azerbaijani
'Cender') and its gas-fired power plant, the Turkish town of Türkoğlu and the village of
Yavuzlu (Kilis), and the Turkish 'Humus ili' for Homs Governorate. The Nasiriyah and Tishreen
plants were left out for want of a published position. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Jandar", "jandar-sy"),
    ("Cender", "jandar-sy"),
    ("Jandar Power Plant", "jandar-power-plant-sy"),
    ("Cender Gaz Santrali", "jandar-power-plant-sy"),
    ("Cender Termik Santrali", "jandar-power-plant-sy"),
    ("Türkoğlu", "turkoglu-tr"),
    ("Yavuzlu", "yavuzlu-tr"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round355_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Jandar lies south of Homs on the highway.", "Jandar", "jandar-sy"),
    (
        "Gaz, Humus ilindeki Cender Gaz Santrali'ne ulaştı.",
        "Cender Gaz Santrali",
        "jandar-power-plant-sy",
    ),
    ("Gaz, Humus ilindeki Cender Gaz Santrali'ne ulaştı.", "Humus ili", "homs-governorate-sy"),
    (
        "Cender Termik Santrali yeniden çalışıyor.",
        "Cender Termik Santrali",
        "jandar-power-plant-sy",
    ),
    ("Qaz Cender stansiyasından göndəriləcək.", "Cender", "jandar-sy"),
    ("Gaz Cender İstasyonu'ndan Şam'a gidecek.", "Cender", "jandar-sy"),
    ("Gaz dün Humus iline ulaştı.", "Humus ili", "homs-governorate-sy"),
    ("Boru hattı Kilis'in Yavuzlu Köyü'nden geçiyor.", "Yavuzlu", "yavuzlu-tr"),
    ("Mərasim Yavuzlu kəndində keçirilib.", "Yavuzlu", "yavuzlu-tr"),
    ("Hat Kahramanmaraş'ın Türkoğlu ilçesinden başlıyor.", "Türkoğlu", "turkoglu-tr"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round355_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round355_bare_humus_stays_the_city():
    assert ("Humus", "geonames:169577") in _found("Humus'ta bir saldırı oldu.")
    assert geocode("Humus").id == "geonames:169577"


def test_round355_plant_names_keep_the_village_bare():
    assert not any(pid == "jandar-power-plant-sy" for _, pid in _found("Jandar bir köydür."))


def test_round355_surnames_after_a_given_name_stay_people():
    assert not any(pid == "turkoglu-tr" for _, pid in _found("Mehmet Türkoğlu açıklama yaptı."))
    assert not any(pid == "yavuzlu-tr" for _, pid in _found("Mehmet Yavuzlu açıklama yaptı."))


def test_round355_tishrin_dam_stays_the_dam():
    assert geocode("Tishreen Dam").id == "tishrin-dam"
