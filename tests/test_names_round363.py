"""Round 363 (names363): villages on the South Ossetian line and in Nakhchivan that real
articles name: Nuli and Prisi (Georgia), Shahbulag (Sharur) as new
records of data/places.yaml, each `scope: context`. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Nuli", "nuli"),
    ("Нули", "nuli"),
    ("ნული", "nuli"),
    ("Prisi", "prisi"),
    ("Приси", "prisi"),
    ("ფრისი", "prisi"),
    ("Shahbulag", "shahbulag-sharur"),
    ("Şahbulaq", "shahbulag-sharur"),
    ("Bənəniyar", "bananiyar-reservoir"),
    ("Bənəniyar su anbarı", "bananiyar-reservoir"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round363_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Georgian residents of Nuli and Avnevi left in August 2008.", "Nuli", "nuli"),
    ("Georgian residents of Nuli and Avnevi left in August 2008.", "Avnevi", "avnevi"),
    ("Жители села Нули покинули его в 2008 году.", "Нули", "nuli"),
    ("Georgian artillery stood on the heights of Prisi near Tskhinvali.", "Prisi", "prisi"),
    (
        "Naxçıvan-Şərur-Şahbulaq turizm marşrutu Şahbulaq kəndində bitir.",
        "Şahbulaq",
        "shahbulag-sharur",
    ),
    ("The road to Shahbulag in Sharur district was paved.", "Shahbulag", "shahbulag-sharur"),
    (
        "Bənəniyar su anbarına su daxil olub.",
        "Bənəniyar su anbarı",
        "bananiyar-reservoir",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round363_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    ("text", "pid"),
    [
        # Russian 'нуль' (zero) and the Ossetian/Russian short 'Нул' are no Nuli
        ("Температура упала до нуля, нуль градусов.", "nuli"),
        ("Nul ist ein Dorf.", "nuli"),
        # German 'Preis', 'Prise' are no Prisi
        ("Der Preis war hoch, eine Prise Salz.", "prisi"),
    ],
)
def test_round363_negatives(text, pid):
    assert not any(p == pid for _, p in _found(text))
