"""Round 165 (names165): names that held-out round 34 (sets 224-226) found missing, each as a
cited page writes it: the Crimean Bridge ('Kerch Bridge', 'Крымский мост', 'پل کریمه'), Tuzla
Island, the Kerch Strait ('Керченский пролив'), the Danube-Black Sea Canal ('Donau-Schwarzmeer-Kanal'), Pivdennyi Port ('Yuzhny', 'Piwdennyj'), Karasu (Sakarya), Crimea's Russian, Persian and
Armenian names, the Turkish 'Çernomorsk' and Russian 'Итальянская Республика'. The Persian
'زیر آب' (under water) is a reviewed stop phrase. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Crimean Bridge", "crimean-bridge"),
    ("Kerch Bridge", "crimean-bridge"),
    ("Крымский мост", "crimean-bridge"),
    ("پل کریمه", "crimean-bridge"),
    ("Tuzla Island", "tuzla-island"),
    ("остров Тузла", "tuzla-island"),
    ("Pivdennyi", "pivdennyi-port"),
    ("Yuzhny", "pivdennyi-port"),
    ("Piwdennyj", "pivdennyi-port"),
    ("Karasu", "karasu-sakarya-tr"),
    ("Крымский полуостров", "crimea-ua"),
    ("شبه جزیره کریمه", "crimea-ua"),
    ("شبه\u200cجزیره کریمه", "crimea-ua"),
    ("Ղրիմ", "crimea-ua"),
    ("Çernomorsk", "geonames:707688"),
    ("Итальянская Республика", "it"),
    ("Kerch Strait", "kerch-strait"),
    ("Керченский пролив", "kerch-strait"),
    ("Danube-Black Sea Canal", "danube-black-sea-canal"),
    ("Donau-Schwarzmeer-Kanal", "danube-black-sea-canal"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round165_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("The Crimean Bridge was hit.", "Crimean Bridge", "crimean-bridge"),
    ("The port of Pivdennyi reopened.", "Pivdennyi", "pivdennyi-port"),
    ("Ships left Yuzhny.", "Yuzhny", "pivdennyi-port"),
    # Russian, with case endings
    ("Удар по Крымскому мосту.", "Крымскому мосту", "crimean-bridge"),
    ("Граница Крымского полуострова.", "Крымского полуострова", "crimea-ua"),
    ("Посол в Итальянской Республике.", "Итальянской Республике", "it"),
    ("Корабли в Керченском проливе.", "Керченском проливе", "kerch-strait"),
    # Persian
    ("انفجار در پل کریمه", "پل کریمه", "crimean-bridge"),
    ("در شبه\u200cجزیره کریمه", "شبه\u200cجزیره کریمه", "crimea-ua"),
    ("در شبه جزیره کریمه", "شبه جزیره کریمه", "crimea-ua"),
    # Armenian, the locative
    ("Ղրիմում", "Ղրիմ", "crimea-ua"),
    # Turkish
    ("Karasu limanı açıldı.", "Karasu", "karasu-sakarya-tr"),
    ("Gemiler Çernomorsk limanında.", "Çernomorsk", "geonames:707688"),
    ("Kerç'te patlama oldu.", "Kerç", "geonames:706524"),
    # German
    ("Explosion in Kertsch.", "Kertsch", "geonames:706524"),
    ("Der Donau-Schwarzmeer-Kanal ist lang.", "Donau-Schwarzmeer-Kanal", "danube-black-sea-canal"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round165_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("در زیر آب", []),
    ("ماهی\u200cها در زیر آب زندگی می\u200cکنند.", []),
    ("Tuzla'da trafik var.", []),
    (
        "The Danube flows into the Black Sea.",
        [("Danube", "danube-river"), ("Black Sea", "black-sea")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round165_nothing_common_breaks(text, expected):
    assert _found(text) == expected
