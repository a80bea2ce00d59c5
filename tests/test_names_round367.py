"""Round 367 (names367): Iran's free zones and crossings, checked first: Azerbaijani 'Maku
Azad Zonası' for the Maku free zone (read in its case forms) and German 'Parweis Chan' for the
Parviz Khan crossing. The Aras zone's names and the German 'Aghbend-Kelaleh-Brücke' read
already; 'Shot' (Showt), 'Parvizhan', 'Baschmak', 'Poldesht' and the rest were left out (no page
read writing them, or a common word). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Maku Azad Zonası", "maku-free-zone"),
    ("Parweis Chan", "parviz-khan-crossing"),
    ("Araz Azad İqtisadi Zonası", "aras-free-zone"),
    ("Aras Serbest Bölgesi", "aras-free-zone"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round367_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "Maku Azad Zonası ilə Naxçıvan arasında əlaqələr genişlənir.",
        "Maku Azad Zonası",
        "maku-free-zone",
    ),
    ("Nazir Maku Azad Zonasının rəhbəri ilə görüşüb.", "Maku Azad Zonası", "maku-free-zone"),
    ("Maku Azad Zonasında yeni zavod açılıb.", "Maku Azad Zonası", "maku-free-zone"),
    (
        "Der Grenzübergang Parweis Chan ist seit Dienstag wieder offen.",
        "Parweis Chan",
        "parviz-khan-crossing",
    ),
    (
        "Araz Azad İqtisadi Zonasının rəhbəri danışıb.",
        "Araz Azad İqtisadi Zonası",
        "aras-free-zone",
    ),
    (
        "Aras Serbest Bölgesi'nde yeni bir fabrika açıldı.",
        "Aras Serbest Bölgesi",
        "aras-free-zone",
    ),
    (
        "Die Aghbend-Kelaleh-Brücke über den Aras ist fast fertig.",
        "Aghbend-Kelaleh-Brücke",
        "aghband-kalaleh-bridge",
    ),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round367_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round367_bare_maku_stays_the_town():
    assert ("Maku", "geonames:125205") in _found("Maku şəhərində görüş keçirilib.")
    assert not any(pid == "maku-free-zone" for _, pid in _found("Maku şəhərində görüş keçirilib."))


def test_round367_shot_stays_a_word():
    # 'shot' is a common English word (data/common_words.txt): Showt is not read in it
    assert _found("He was shot near the border.") == []
    assert not any(
        pid == "geonames:401118" for _, pid in _found("A Shot of whiskey was served in Maku.")
    )
