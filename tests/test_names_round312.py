"""Round 312 (names312): names held-out round 117 (sets 513-515) found missing, cited by a page
that writes them or, where no other page read did, by the held-out article: the town of
Darbandikhan (the dam keeps its dam word), Aygepar in Tavush, Temryuk, the Chushka Spit and the
village Chushka, Dzhankoy and Kirovske in Crimea. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Darbandikhan", "darbandikhan-iq"),
    ("Derbendihan", "darbandikhan-iq"),
    ("Darbandikhan Dam", "darbandikhan-dam"),
    ("Aygepar", "aygepar-am"),
    ("Այգեպար", "aygepar-am"),
    ("Temryuk", "temryuk-ru"),
    ("Темрюк", "temryuk-ru"),
    ("Chushka Spit", "chushka-spit"),
    ("Chushka", "chushka-ru"),
    ("Dzhankoy", "dzhankoy-ua"),
    ("Джанкой", "dzhankoy-ua"),
    ("Cankoy", "dzhankoy-ua"),
    ("Dschankoj", "dzhankoy-ua"),
    ("Kirovske", "kirovske-crimea"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round312_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Aid trucks reached Darbandikhan at dawn.", "Darbandikhan", "darbandikhan-iq"),
    ("Engineers checked the Darbandikhan dam twice.", "Darbandikhan", "darbandikhan-dam"),
    ("Yardım Derbendihan'a ulaştı.", "Derbendihan", "darbandikhan-iq"),
    ("Farmers in Aygepar repaired their roofs.", "Aygepar", "aygepar-am"),
    ("Այգեպարում դպրոցը վերանորոգվեց։", "Այգեպար", "aygepar-am"),
    ("The fishing fleet returned to Temryuk.", "Temryuk", "temryuk-ru"),
    ("В Темрюке открыли новый причал.", "Темрюк", "temryuk-ru"),
    ("Birds rest on the Chushka Spit in spring.", "Chushka Spit", "chushka-spit"),
    ("Few families still live in Chushka.", "Chushka", "chushka-ru"),
    ("Trains wait at the junction in Dzhankoy.", "Dzhankoy", "dzhankoy-ua"),
    ("Поезд стоял у Джанкоя два часа.", "Джанко", "dzhankoy-ua"),
    ("Qatar Cankoy stansiyasında dayandı.", "Cankoy", "dzhankoy-ua"),
    ("Der Zug hielt in Dschankoj.", "Dschankoj", "dzhankoy-ua"),
    ("The market in Kirovske opened early.", "Kirovske", "kirovske-crimea"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round312_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        ("Чушка лежала на складе.", "chushka-ru"),  # the common Russian word (a pig, an ingot)
        ("Чушка лежала на складе.", "chushka-spit"),
        ("Kirov spoke at the congress.", "kirovske-crimea"),  # the bare Kirov is no alias
        ("Паромы шли в порт Крым.", "port-kavkaz"),
    ],
)
def test_round312_not_places(text, pid):
    assert pid not in [t for _, t in _found(text)]
