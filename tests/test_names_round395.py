"""Round 395 (names395): the Kerch Strait, the Crimean Bridge and Port Kavkaz in more
languages, and Krasnodar Krai in Azerbaijani and Turkish: German 'Meerenge von Kertsch',
Turkish 'Kırım Köprüsü', English 'port of Kavkaz', Turkish 'Krasnodar Bölgesi', and the
ablative before the copula ('Krasnodar diyarındandır'). The rest read already or were judged
out (Azerbaijani 'Qafqaz limanı'). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Meerenge von Kertsch", "kerch-strait"),
    ("Kırım Köprüsü", "crimean-bridge"),
    ("port of Kavkaz", "port-kavkaz"),
    ("Krasnodar Bölgesi", "krasnodar-krai-ru"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round395_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    (
        "Die Fähre fuhr durch die Meerenge von Kertsch nach Osten.",
        "Meerenge von Kertsch",
        "kerch-strait",
    ),
    ("Die Straße von Kertsch ist eng.", "Straße von Kertsch", "kerch-strait"),
    ("Gemi Kerç Boğazı'ndan geçti.", "Kerç Boğazı", "kerch-strait"),
    ("Gəmi Kerç boğazından keçdi.", "Kerç boğazı", "kerch-strait"),
    ("کشتی از تنگه کرچ عبور کرد.", "تنگه کرچ", "kerch-strait"),
    ("Kırım Köprüsü'ne saldırı düzenlendi.", "Kırım Köprüsü", "crimean-bridge"),
    ("Krım körpüsünə hücum edildi.", "Krım körpüsü", "crimean-bridge"),
    ("Die Krim-Brücke wurde beschädigt.", "Krim-Brücke", "crimean-bridge"),
    ("Die Kertsch-Brücke wurde gesperrt.", "Kertsch-Brücke", "crimean-bridge"),
    ("The ferry left the port of Kavkaz on Monday.", "port of Kavkaz", "port-kavkaz"),
    ("A drone hit Port Kavkaz overnight.", "Port Kavkaz", "port-kavkaz"),
    ("Kavkaz port was closed.", "Kavkaz port", "port-kavkaz"),
    ("Krasnodar diyarından gələn yük.", "Krasnodar diyarı", "krasnodar-krai-ru"),
    ("Bu kənd Krasnodar diyarındandır.", "Krasnodar diyarı", "krasnodar-krai-ru"),
    ("Krasnodar Bölgesi'nde yangın çıktı.", "Krasnodar Bölgesi", "krasnodar-krai-ru"),
    ("Krasnodar Krayı'nda sel oldu.", "Krasnodar Krayı", "krasnodar-krai-ru"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round395_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round395_bare_names_stay():
    # the bare town, peninsula, city and the Caucasus keep their readings
    assert ("Kertsch", "geonames:706524") in _found("Die Fähre kam in Kertsch an.")
    assert ("Kırım", "crimea-ua") in _found("Kırım'da seçim yapıldı.")
    assert ("Krasnodar", "geonames:542420") in _found("Krasnodar'da toplantı yapıldı.")
    assert ("Qafqaz", "caucasus") in _found("Qafqaz regionunda sülh lazımdır.")
    assert not any(pid == "port-kavkaz" for _, pid in _found("The Kavkaz region is calm."))
