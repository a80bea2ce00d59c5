"""Round 163 (names163): names that held-out rounds 27-33 (sets 203-223) found missing, each
as a cited page writes it: the Danube ports Izmail ('Ізмаїл', 'Измаил') and Reni ('Рені',
'Рени'), Ust-Luga ('Усть-Луга'), Perm ('Пермь'), Mukran ('Fährhafen Sassnitz') and Rügen ('Ruegen', 'Insel Rügen'),
Tyre and Sidon ('Saida', 'صيدا'). 'Ismail', Izmail's German spelling, is a person's before a
surname or after a name. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Izmail", "izmail-ua"),
    ("Ізмаїл", "izmail-ua"),
    ("Измаил", "izmail-ua"),
    ("Reni", "reni-ua"),
    ("Рені", "reni-ua"),
    ("Ust-Luga", "ust-luga-ru"),
    ("Усть-Луга", "ust-luga-ru"),
    ("Perm", "perm-ru"),
    ("Пермь", "perm-ru"),
    ("Mukran", "mukran-port"),
    ("Fährhafen Sassnitz", "mukran-port"),
    ("Rügen", "ruegen-island"),
    ("Ruegen", "ruegen-island"),
    ("Tyre", "tyre-lb"),
    ("Sidon", "sidon-lb"),
    ("Saida", "sidon-lb"),
    ("صيدا", "sidon-lb"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round163_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Ships wait at Izmail and Reni on the Danube.", "Izmail", "izmail-ua"),
    ("Ships wait at Izmail and Reni on the Danube.", "Reni", "reni-ua"),
    ("The port of Ust-Luga was hit.", "Ust-Luga", "ust-luga-ru"),
    ("Drones hit a refinery in Perm.", "Perm", "perm-ru"),
    ("Strikes hit Tyre and Sidon.", "Tyre", "tyre-lb"),
    ("Strikes hit Tyre and Sidon.", "Sidon", "sidon-lb"),
    ("Saida is calm.", "Saida", "sidon-lb"),
    # German
    ("Fähren fahren ab Mukran.", "Mukran", "mukran-port"),
    ("Der Hafen Mukran auf Rügen.", "Rügen", "ruegen-island"),
    ("Urlaub auf der Insel Rügen.", "Rügen", "ruegen-island"),
    ("Schiffe im Hafen von Ismail an der Donau.", "Ismail", "izmail-ua"),
    # Russian and Ukrainian, with case endings
    ("Корабли стоят в Измаиле.", "Измаил", "izmail-ua"),
    ("Удар по Ізмаїлу.", "Ізмаїл", "izmail-ua"),
    ("Удар по Рени.", "Рени", "reni-ua"),
    ("Порт Усть-Луга работает.", "Усть-Луга", "ust-luga-ru"),
    ("Взрыв в Перми.", "Перм", "perm-ru"),
    # Turkish
    ("Sidon'da patlama oldu.", "Sidon", "sidon-lb"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round163_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Hamas leader Ismail Haniyeh was killed in Tehran.", [("Tehran", "tehran")]),
    ("The brother of Mohammed Ismail spoke.", []),
    ("The tyre burst.", []),
    ("She got a perm.", []),
    ("Perm Krai is large.", [("Perm Krai", "perm-krai-ru")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round163_nothing_common_breaks(text, expected):
    assert _found(text) == expected
