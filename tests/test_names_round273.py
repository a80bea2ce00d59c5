"""Round 273 (names273): names the held-out sets found missing. No page read in the round
wrote any of them (three searches a name), so none was added: Persian 'ترابوزان' (Trabzon and
its province), Armenian 'Բենդեր Աբբաս', 'Քեշմ', 'Խուզստան', 'Ահվազ', 'Սամուր' and 'Թերմեզ',
Russian 'Хозистан' and 'Магеррамкенд', German 'Karkeh'. These tests hold the spellings of the
same places the gazetteer already has, with case endings, so that a later round adding the
missing ones keeps them. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a held name of a place this round's names were asked for, and that place
GEOCODES = [
    ("ترابزون", "geonames:738648"),
    ("استان ترابزون", "trabzon-province-tr"),
    ("Բանդար Աբբաս", "geonames:141681"),
    ("Кешм", "qeshm-island"),
    ("Խուղիստան", "khuzestan-province"),
    ("Хузестан", "khuzestan-province"),
    ("Ахваз", "geonames:144448"),
    ("Термез", "termez"),
    ("Магарамкент", "geonames:532307"),
    ("Karche", "karkheh-river"),
    ("Karkheh", "karkheh-river"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round273_held_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Persian: the city bare, the province with its word
    ("کامیون‌ها از ترابزون به تبریز رسیدند.", "ترابزون", "geonames:738648"),
    ("استاندار استان ترابزون سخنرانی کرد.", "استان ترابزون", "trabzon-province-tr"),
    # Russian, with the prepositional and genitive endings
    ("В Хузестане прошли дожди.", "Хузестан", "khuzestan-province"),
    ("В Ахвазе стоит жара.", "Ахваз", "geonames:144448"),
    ("Поезд ушёл из Термеза.", "Термез", "termez"),
    ("Жители Магарамкента собрались на площади.", "Магарамкент", "geonames:532307"),
    ("Паром прибыл на остров Кешм.", "Кешм", "qeshm-island"),
    ("Мост через реку Самур открыт.", "Самур", "samur-river"),
    # German, the river's held spellings
    ("Ein Staudamm an der Karche wurde gebaut.", "Karche", "karkheh-river"),
    ("Der Karkheh führt wenig Wasser.", "Karkheh", "karkheh-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round273_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places must not change
UNCHANGED = [
    ("I went home.", []),
    ("Der Staudamm ist hoch.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round273_nothing_common_breaks(text, expected):
    assert _found(text) == expected
