"""Round 344 (names344): names of the Shalamcheh-Basra railway, Iraq's Development Road and
the Islamabad-Tehran-Istanbul train that real articles wrote, checked first: German 'Route der
Entwicklung' for the Development Road and the Margalla railway station of Islamabad as a new
record of data/places.yaml. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Margalla railway station", "margalla-station"),
    ("Islamabad railway station", "margalla-station"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round344_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place or link
CASES = [
    (
        "Der Irak baut die Route der Entwicklung bis zur Türkei.",
        "Route der Entwicklung",
        "development-road",
    ),
    (
        "The ITI train left Margalla railway station in Islamabad.",
        "Margalla railway station",
        "margalla-station",
    ),
    ("Die Bahn soll von Chorramschahr nach Basra führen.", "Chorramschahr", "geonames:127319"),
    ("The railway from Khorramshahr to Basra is 32 km long.", "Khorramshahr", "geonames:127319"),
    ("پل راه آهن روی رودخانه اروند ساخته می شود.", "رودخانه اروند", "arvand-rud"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round344_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Margalla Hills rise above Islamabad.",
        "Die Entwicklung der Route dauert noch Jahre.",
    ],
)
def test_round344_negatives(text):
    assert not any(pid in ("margalla-station", "development-road") for _, pid in _found(text))
