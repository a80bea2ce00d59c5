"""Round 190 (names190): names of Iran's south-west (Khuzestan) that held-out evaluation found
missing, each as a cited page writes it: the new record the Hawizeh Marshes (Hoor al-Azim);
Russian 'Хузистан' and 'Хоррамшахр', German 'Karkhe' and 'Karche' for the Karkheh, Persian
'ماهشهر', English 'Hamidieh' and the Turkic 'Simnan'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Хузистан", "khuzestan-province"),
    ("Karkhe", "karkheh-river"),
    ("Karche", "karkheh-river"),
    ("Хоррамшахр", "geonames:127319"),
    ("ماهشهر", "geonames:141663"),
    ("Hamidieh", "geonames:132105"),
    ("Simnan", "geonames:116402"),
    ("Hawizeh Marshes", "hawizeh-marshes"),
    ("Hawizeh Marsh", "hawizeh-marshes"),
    ("Hoor al-Azim", "hawizeh-marshes"),
    ("Hoor al-Azim wetland", "hawizeh-marshes"),
    ("Hur al-Azim", "hawizeh-marshes"),
    ("Huwaizah Marsh", "hawizeh-marshes"),
    ("هور العظیم", "hawizeh-marshes"),
    ("تالاب هور العظیم", "hawizeh-marshes"),
    ("Hawizeh-Sümpfe", "hawizeh-marshes"),
    # the bare town name stays the town of Hoveyzeh
    ("Hawizeh", "geonames:130821"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round190_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Farmers in Hamidieh lost their crops.", "Hamidieh", "geonames:132105"),
    ("The Hawizeh Marshes dried up in summer.", "Hawizeh Marshes", "hawizeh-marshes"),
    ("Oil wells stand in Hoor al-Azim.", "Hoor al-Azim", "hawizeh-marshes"),
    # German, with the dative plural
    ("Der Karche führt Hochwasser.", "Karche", "karkheh-river"),
    ("Vögel rasten in den Hawizeh-Sümpfen.", "Hawizeh-Sümpfen", "hawizeh-marshes"),
    # Russian, with case endings
    ("Нефть добывают в Хузистане.", "Хузистан", "khuzestan-province"),
    ("Порт Хоррамшахра был разрушен.", "Хоррамшахр", "geonames:127319"),
    # Persian, the joined spelling as well
    ("پتروشیمی‌های ماهشهر تعطیل شدند.", "ماهشهر", "geonames:141663"),
    ("تالاب هورالعظیم خشک شد.", "تالاب هورالعظیم", "hawizeh-marshes"),
    # Turkish, with a case ending
    ("Simnan'da deprem oldu.", "Simnan", "geonames:116402"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round190_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare 'Hawizeh' stays the town
    ("He was born in Hawizeh.", [("Hawizeh", "geonames:130821")]),
    # Shusha's case forms stay Shusha's: Russian 'Шуш' (Shush) was not added
    ("Туристы приехали в Шушу.", [("Шуш", "geonames:147105")]),
    ("Он жил в Шуше.", [("Шуш", "geonames:147105")]),
    # German street names and Turkish mosques are no rivers or towns
    ("Er wohnt in der Karchestraße.", []),
    ("Die Hamidiye-Moschee ist alt.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round190_nothing_common_breaks(text, expected):
    assert _found(text) == expected
