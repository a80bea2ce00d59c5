"""Round 173 (names173): names that held-out round 39 (sets 239-241) found missing, each as a
cited page writes it: Elmadağ, Yerköy, Sorgun, Akdağmadeni, Yıldızeli, Silivri, Çatalca,
Malkara, Filyos, the Bosphorus, Yavuz Sultan Selim and Osman Gazi bridges, Kanal Istanbul in
Russian and German, Istanbul Airport in Persian. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Elmadağ", "elmadag-tr"),
    ("Yerköy", "yerkoy-tr"),
    ("Sorgun", "sorgun-tr"),
    ("Akdağmadeni", "akdagmadeni-tr"),
    ("Yıldızeli", "yildizeli-tr"),
    ("Silivri", "silivri-tr"),
    ("Çatalca", "catalca-tr"),
    ("Malkara", "malkara-tr"),
    ("Filyos", "filyos-tr"),
    ("Filyos Limanı", "filyos-tr"),
    ("Bosphorus Bridge", "bosphorus-bridge"),
    ("15 Temmuz Şehitler Köprüsü", "bosphorus-bridge"),
    ("Boğaziçi Köprüsü", "bosphorus-bridge"),
    ("Yavuz Sultan Selim Bridge", "yavuz-sultan-selim-bridge"),
    ("Yavuz Sultan Selim Köprüsü", "yavuz-sultan-selim-bridge"),
    ("Osman Gazi Bridge", "osman-gazi-bridge"),
    ("Osmangazi Köprüsü", "osman-gazi-bridge"),
    ("канал Стамбул", "kanal-istanbul"),
    ("канала Стамбул", "kanal-istanbul"),
    ("Istanbul-Kanal", "kanal-istanbul"),
    ("فرودگاه استانبول", "istanbul-airport"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round173_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Turkish, with case endings
    ("Elmadağ'da kar var.", "Elmadağ", "elmadag-tr"),
    ("Tren Yerköy'den geçti.", "Yerköy", "yerkoy-tr"),
    ("Sorgun'da kar yağdı.", "Sorgun", "sorgun-tr"),
    ("Akdağmadeni'ne yol yapıldı.", "Akdağmadeni", "akdagmadeni-tr"),
    ("Yıldızeli'nde tren durdu.", "Yıldızeli", "yildizeli-tr"),
    ("Silivri'de cezaevi var.", "Silivri", "silivri-tr"),
    ("Yol Çatalca'dan geçiyor.", "Çatalca", "catalca-tr"),
    ("Malkara'ya otobüs gitti.", "Malkara", "malkara-tr"),
    ("Filyos Limanı açıldı.", "Filyos Limanı", "filyos-tr"),
    ("Gemi Filyos'ta yanaştı.", "Filyos", "filyos-tr"),
    ("Boğaziçi Köprüsü'nde trafik var.", "Boğaziçi Köprüsü", "bosphorus-bridge"),
    ("15 Temmuz Şehitler Köprüsü'nden geçti.", "15 Temmuz Şehitler Köprüsü", "bosphorus-bridge"),
    (
        "Yavuz Sultan Selim Köprüsü'nde kaza oldu.",
        "Yavuz Sultan Selim Köprüsü",
        "yavuz-sultan-selim-bridge",
    ),
    ("Osmangazi Köprüsü'nden geçti.", "Osmangazi Köprüsü", "osman-gazi-bridge"),
    # English, German, Persian
    ("Trucks cross the Osman Gazi Bridge.", "Osman Gazi Bridge", "osman-gazi-bridge"),
    ("Der Istanbul-Kanal soll das Meer verbinden.", "Istanbul-Kanal", "kanal-istanbul"),
    ("پرواز از فرودگاه استانبول انجام شد.", "فرودگاه استانبول", "istanbul-airport"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round173_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("Bu sorgun yanlış.", []),
    ("Boğaziçi'nde gemi var.", [("Boğaziçi", "bosporus")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round173_nothing_common_breaks(text, expected):
    assert _found(text) == expected
