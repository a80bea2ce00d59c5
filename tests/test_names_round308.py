"""Round 308 (names308): names held-out round 116 (sets 510-512) found missing, cited by a page
that writes them or, where no other page read did, by the held-out article: Kerki's old name
Atamurat in Russian and Persian, Imamnazar in Russian and Persian, Susangerd and Kut Abdullah in
Russian, Khuzestan in German and Armenian, the Arvand River, Ninotsminda and Tetritskaro in German,
Bagratashen in Persian, the Amu Darya, the Russian Empire in Turkish, Kvemo Kartli with its
Armenian region word, and Farap's Russian former name. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Атамурат", "geonames:1219002"),
    ("عطا مراد", "geonames:1219002"),
    ("Ымамназар", "imamnazar"),
    ("امامنظر", "imamnazar"),
    ("Сусенгерд", "geonames:137268"),
    ("Кут-Абдулла", "geonames:126082"),
    ("Khuzistan", "khuzestan-province"),
    ("Խուզեստան", "khuzestan-province"),
    ("Arvand River", "arvand-rud"),
    ("Ninozminda", "geonames:612691"),
    ("Tetrizkaro", "geonames:611674"),
    ("باگراتاشن", "geonames:616828"),
    ("باقراتاشن", "geonames:616828"),
    ("Emuderya", "amu-darya"),
    ("Rusya İmparatorluğu", "russian-empire"),
    ("Фараб", "farap"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round308_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Из Атамурата вышел поезд на юг.", "Атамурат", "geonames:1219002"),
    ("راه آهن عطا مراد به مرز رسید.", "عطا مراد", "geonames:1219002"),
    ("Поезд дошёл до Ымамназара.", "Ымамназар", "imamnazar"),
    ("ایستگاه امامنظر باز شد.", "امامنظر", "imamnazar"),
    ("Воды не было в Сусенгерде.", "Сусенгерд", "geonames:137268"),
    ("Жители вышли на улицы в Кут-Абдулле.", "Кут-Абдулле", "geonames:126082"),
    ("Die Dürre in Khuzistan hält an.", "Khuzistan", "khuzestan-province"),
    ("Բողոքը Խուզեստան նահանգում շարունակվում է։", "Խուզեստան նահանգ", "khuzestan-province"),
    ("Խուզեստանում ջուր չկա։", "Խուզեստան", "khuzestan-province"),
    ("Ferries will cross the Arvand River soon.", "Arvand River", "arvand-rud"),
    ("Die Wahl in Ninozminda verlief ruhig.", "Ninozminda", "geonames:612691"),
    ("Das Gericht in Tetrizkaro tagte.", "Tetrizkaro", "geonames:611674"),
    ("پل باگراتاشن ساخته شد.", "باگراتاشن", "geonames:616828"),
    ("مرز باقراتاشن شلوغ بود.", "باقراتاشن", "geonames:616828"),
    ("Emuderya ırmağı yine taştı.", "Emuderya ırmağı", "amu-darya"),
    ("Emuderya nehrinin suyu azaldı.", "Emuderya nehri", "amu-darya"),
    ("Balıkçılar Emuderya'ya gitti.", "Emuderya", "amu-darya"),
    ("Rusya İmparatorluğunun sınırı genişledi.", "Rusya İmparatorluğu", "russian-empire"),
    ("Քվեմո Քարթլիի շրջանի դպրոցները բաց են։", "Քվեմո Քարթլիի շրջան", "kvemo-kartli-ge"),
    ("Мост у Фараба открыли летом.", "Фараб", "farap"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round308_found(text, mention, pid):
    assert (mention, pid) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "امام نظر خود را گفت.",  # the imam (and) view: common words, no place
        "The Arvand Free Zone board met.",  # the bare English Arvand is no alias
    ],
)
def test_round308_not_places(text):
    targets = [t for _, t in _found(text)]
    assert "imamnazar" not in targets
    assert "arvand-rud" not in targets


def test_round308_latin_farab_stays_the_iranian_village():
    assert "farap" not in [t for _, t in _found("The village of Farab lies near Ardabil.")]
