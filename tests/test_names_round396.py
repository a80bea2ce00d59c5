"""Round 396 (names396): names of the Tajik-Afghan border, checked first: Turkish 'Hatlon',
'Hatlon vilayeti' (khatlon-region-tj) and 'Şemseddin Şahin ilçesi', Dari/Persian
'ولسوالی شمسالدین شاهین' and 'ناحیه شمسالدین شاهین' (shamsiddin-shohin-district); Dari/Persian
'رود پنج', 'رودخانه پنج' (panj-river) and 'رودخانه آمو' (amu-darya), each with its river word;
Russian 'Кундуз' (kunduz, the city); and Darvoz District (darvoz-district-tj, a point at its
seat), so that 'Дарвазского района' no longer reads the Darvaza crater of Turkmenistan. The
Armenian Kunduz reads the city once the Russian is held; the Azerbaijani Kunduz/Qunduz, Şir Han Bender, Kacaran, Qacaran, Gafan and
Kafan read already. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Hatlon", "khatlon-region-tj"),
    ("Hatlon vilayeti", "khatlon-region-tj"),
    ("Şemseddin Şahin ilçesi", "shamsiddin-shohin-district"),
    ("ولسوالی شمسالدین شاهین", "shamsiddin-shohin-district"),
    ("رود پنج", "panj-river"),
    ("رودخانه پنج", "panj-river"),
    ("رودخانه آمو", "amu-darya"),
    ("Кундуз", "kunduz"),
    ("Дарвазский район", "darvoz-district-tj"),
    ("Darvoz District", "darvoz-district-tj"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round396_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    ("Hatlon vilayetinin sınırında çatışma çıktı.", "Hatlon vilayeti", "khatlon-region-tj"),
    ("Hatlon'da deprem oldu.", "Hatlon", "khatlon-region-tj"),
    (
        "Saldırı Şemseddin Şahin ilçesi yakınında gerçekleşti.",
        "Şemseddin Şahin ilçesi",
        "shamsiddin-shohin-district",
    ),
    (
        "درگیری در ولسوالی شمسالدین شاهین رخ داد.",
        "ولسوالی شمسالدین شاهین",
        "shamsiddin-shohin-district",
    ),
    ("درگیری در کنار رود پنج رخ داد.", "رود پنج", "panj-river"),
    ("آب رودخانه پنج بالا آمد.", "رودخانه پنج", "panj-river"),
    ("آب رودخانه آمو کم شد.", "رودخانه آمو", "amu-darya"),
    ("В Кундузе произошел взрыв.", "Кундуз", "kunduz"),
    ("Կունդուզում պայթյուն է տեղի ունեցել։", "Կունդուզ", "kunduz"),
    ("Qunduz şəhərində partlayış olub.", "Qunduz", "kunduz"),
    ("Şir Han Bender sınır kapısı kapandı.", "Şir Han Bender", "sherkhan-bandar-af"),
    ("Gafan ve Kacaran arasında yol.", "Kacaran", "geonames:174880"),
    ("Kafan'da toplantı yapıldı.", "Kafan", "kapan"),
    (
        "На границе Дарвазского района произошла стрельба.",
        "Дарвазского района",
        "darvoz-district-tj",
    ),
    ("В Дарвазском районе прошли учения.", "Дарвазском районе", "darvoz-district-tj"),
    ("Газовый кратер Дарваза в Туркменистане.", "Дарваза", "darvaza"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round396_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: sentences whose risky words name no place of the round
NEGATIVES = [
    "پنج نفر کشته شدند.",
    "Şemseddin Şahin dün konuştu.",
    "Склоны Дарвазского хребта покрыты снегом.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_round396_negative(text):
    pids = {pid for _, pid in _found(text)}
    assert not pids & {"panj-river", "shamsiddin-shohin-district", "darvaza", "darvoz-district-tj"}
