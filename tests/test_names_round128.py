"""Round 128 (names128): aliases of held places, each as a cited page writes it
(data/places.yaml): Russian 'Тезебина' (Tazabina) and 'Шушакенд' (Shushakend), English
'Cheshmeh-Sorayya' and Russian 'Чешмех-Сорая', 'Чешме-Сорайя' (Cheshmeh Soraya), Azerbaijani
'Aleksandrupolis' (Alexandroupolis); new places Niš (Niš, Nis, Ниш; the Russian noun 'ниша'
opening a sentence is no city, geo/_homographs.py) and the Murovdag tunnel (APPROXIMATE:
Murovdag Tunnel, Murovdağ tuneli, Murovdagh Tunnel, Муровдагский тоннель). The sentences are
the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Тезебина", "tazabina"),
    ("Шушакенд", "shushakend"),
    ("Cheshmeh-Sorayya", "cheshmeh-soraya"),
    ("Чешмех-Сорая", "cheshmeh-soraya"),
    ("Чешме-Сорайя", "cheshmeh-soraya"),
    ("Aleksandrupolis", "alexandroupolis"),
    ("Niš", "nis-rs"),
    ("Nis", "nis-rs"),
    ("Ниш", "nis-rs"),
    ("Murovdag Tunnel", "murovdag-tunnel"),
    ("Murovdağ tuneli", "murovdag-tunnel"),
    ("Murovdagh Tunnel", "murovdag-tunnel"),
    ("Муровдагский тоннель", "murovdag-tunnel"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round128_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian: the two Khojaly villages, one in the accusative
    ("Первые семьи вернулись в Тезебину и Шушакенд.", "Тезебин", "tazabina"),
    ("Первые семьи вернулись в Тезебину и Шушакенд.", "Шушакенд", "shushakend"),
    ("В село Тезебина переселили ещё двадцать семей.", "Тезебина", "tazabina"),
    # English and Russian: Cheshmeh Soraya as the railway's end
    ("The line will run from Marand to Cheshmeh-Sorayya.", "Cheshmeh-Sorayya", "cheshmeh-soraya"),
    (
        "Строительство линии Маранд–Чешмех-Сорая начнётся весной.",
        "Чешмех-Сорая",
        "cheshmeh-soraya",
    ),
    ("Длина линии Маранд–Чешме-Сорайя превысит 200 км.", "Чешме-Сорайя", "cheshmeh-soraya"),
    # Azerbaijani: Alexandroupolis, bare and in the locative
    ("Aleksandrupolis limanı genişləndirilir.", "Aleksandrupolis", "alexandroupolis"),
    ("Terminal Aleksandrupolisdə tikilib.", "Aleksandrupolis", "alexandroupolis"),
    # Niš in English, German, Serbian and Russian
    ("The freight train reached Niš on Tuesday.", "Niš", "nis-rs"),
    ("Buses from Sofia to Nis run twice a day.", "Nis", "nis-rs"),
    ("Der Zug fährt von Belgrad nach Niš.", "Niš", "nis-rs"),
    ("Воз из Београда стигао је у Ниш.", "Ниш", "nis-rs"),
    ("Делегация прибыла в Ниш из Белграда.", "Ниш", "nis-rs"),
    ("Ниш — третий по величине город Сербии.", "Ниш", "nis-rs"),
    # the Murovdag tunnel, the Azerbaijani name found whole in its cases
    ("Yük maşınları Murovdağ tunelində gözləyir.", "Murovdağ tuneli", "murovdag-tunnel"),
    ("Avtobuslar Murovdağ tunelindən keçdi.", "Murovdağ tuneli", "murovdag-tunnel"),
    ("Murovdağ tuneli gələn il açılacaq.", "Murovdağ tuneli", "murovdag-tunnel"),
    ("The Murovdag tunnel shortens the road to Kalbajar.", "Murovdag tunnel", "murovdag-tunnel"),
    ("Муровдагский тоннель откроют в следующем году.", "Муровдагский тоннель", "murovdag-tunnel"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round128_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the names held before still read as they did
        ("Sakinlər Təzəbinə kəndinə qayıdıb.", "Təzəbinə", "tazabina"),
        ("Cheshmeh Soraya lies at the border.", "Cheshmeh Soraya", "cheshmeh-soraya"),
        ("Yük maşınları Bazarqan gömrüyündə gözləyir.", "Bazarqan", "geonames:141011"),
        ("Gürbulaq sərhəd keçidi bağlanıb.", "Gürbulaq", "gurbulak"),
        ("The port of Alexandroupolis received the ship.", "Alexandroupolis", "alexandroupolis"),
        ("Traffic through the Rikoti tunnel was halted.", "Rikoti tunnel", "rikoti-tunnel"),
    ],
)
def test_round128_held_names_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # common words and sentences that hold no place: the Russian noun 'ниша' (niche)
        "Компания нашла свою нишу на рынке.",
        "Эта ниша рынка быстро растёт.",
        "Ниша рынка быстро растёт.",
        "Ниши в стене заложили кирпичом.",
        "The genesis of the plan is unclear.",
        "Он вошёл в тоннель и остановился.",
    ],
)
def test_round128_common_text_no_place(text):
    assert _found(text) == [], _found(text)
