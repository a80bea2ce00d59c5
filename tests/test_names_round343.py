"""Round 343 (names343): names of the Black Sea cable and the green energy corridor, checked
first: the Azerbaijani full name 'Xəzər-Qara dəniz-Avropa yaşıl dəhlizi' held whole, and Dobruja
(a new region record, APPROXIMATE at Constanța) in English, Romanian, Bulgarian, Russian, German
and Turkish. Constanța and Varna read already; 'Green Corridor' and «Зеленый коридор» are left
out (the customs lanes' name too). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Dobruja", "dobruja"),
    ("Dobrudja", "dobruja"),
    ("Dobrogea", "dobruja"),
    ("Dobrudzha", "dobruja"),
    ("Добруджа", "dobruja"),
    ("Dobrudscha", "dobruja"),
    ("Dobruca", "dobruja"),
    ("Constanța", "geonames:680963"),
    ("Constanta", "geonames:680963"),
    ("Констанца", "geonames:680963"),
    ("Köstence", "geonames:680963"),
    ("Varna", "geonames:726050"),
    ("Варна", "geonames:726050"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round343_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "Xəzər-Qara dəniz-Avropa yaşıl dəhlizi layihəsi üzrə görüş keçirildi.",
        "Xəzər-Qara dəniz-Avropa yaşıl dəhlizi",
        "green-energy-corridor",
    ),
    ("The cable will come ashore in Dobruja, near Constanța.", "Dobruja", "dobruja"),
    ("The cable will come ashore in Dobruja, near Constanța.", "Constanța", "geonames:680963"),
    ("Кабель выйдет на берег в Добрудже у Констанцы.", "Добрудж", "dobruja"),
    ("Die Leitung erreicht die Dobrudscha bei Constanța.", "Dobrudscha", "dobruja"),
    ("Kablo Dobruca kıyısına ulaşacak.", "Dobruca", "dobruja"),
    ("Wind farms in Dobrogea feed the grid.", "Dobrogea", "dobruja"),
    ("The port of Constanta handles grain.", "Constanta", "geonames:680963"),
    ("Порт Констанца и порт Варна.", "Констанца", "geonames:680963"),
    ("Порт Констанца и порт Варна.", "Варна", "geonames:726050"),
    ("Köstence ve Varna limanları.", "Köstence", "geonames:680963"),
    ("Ships sailed from Varna to Constanța.", "Varna", "geonames:726050"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round343_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round343_green_corridor_of_customs_is_no_corridor():
    assert not any(
        pid == "green-energy-corridor"
        for _, pid in _found("Customs officers expanded the Green Corridor for exporters.")
    )
    assert not any(
        pid == "green-energy-corridor"
        for _, pid in _found("Таможня расширила проект «Зеленый коридор» для экспортеров.")
    )


def test_round343_caspian_and_black_sea_stay_the_seas():
    pids = {pid for _, pid in _found("The Caspian and the Black Sea are linked by rail.")}
    assert "green-energy-corridor" not in pids
