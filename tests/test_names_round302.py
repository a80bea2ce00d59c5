"""Round 302 (names302): names that held-out sets 498-500 (round 112) found missing, cited by a
page that writes them or, where no other page read did, by the held-out article: Mehrabad
airport's Turkish names, the Kremlin's Azerbaijani 'Kreml sarayı', Salmas's Russian district
adjective, Azarshahr's Russian 'Азаршахр', Urmia's Armenian locative 'Ուրմիում' and Başkale's
Persian 'باشقلعه'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Mehrabad Havalimanı", "mehrabad-airport"),
    ("Mihrabad Havalimanı", "mehrabad-airport"),
    ("Kreml sarayı", "moscow-kremlin"),
    ("Салмасского", "geonames:117656"),
    ("Азаршахр", "geonames:6686970"),
    ("Ուրմիում", "geonames:121801"),
    ("باشقلعه", "geonames:321940"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round302_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Uçak gece Mehrabad Havalimanı'na indi.", "Mehrabad Havalimanı", "mehrabad-airport"),
    ("Heyet Mihrabad Havalimanı'ndan yola çıktı.", "Mihrabad Havalimanı", "mehrabad-airport"),
    ("Kreml sarayının sözçüsü görüşü təsdiqləyib.", "Kreml sarayı", "moscow-kremlin"),
    ("Сёла Салмасского района остались без света.", "Салмасского", "geonames:117656"),
    ("Вечером в Азаршахре отключили газ.", "Азаршахр", "geonames:6686970"),
    ("Ուրմիում դպրոցները փակ են։", "Ուրմիում", "geonames:121801"),
    ("مدارس باشقلعه امروز تعطیل شد.", "باشقلعه", "geonames:321940"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round302_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round302_mehrabad_town_not_airport():
    """The bare 'Mehrabad' stays the town; only the airport word makes it the airport."""
    assert ("Mehrabad Havalimanı", "mehrabad-airport") not in _found("Mehrabad'da yağmur yağdı.")
