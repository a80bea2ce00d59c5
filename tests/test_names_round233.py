"""Round 233 (names233): Georgia's mountain regions, names that held-out set 343 found
missing, each as a cited page writes it: the new region-layer face Racha-Lechkhumi and Kvemo
Svaneti, the new records Racha, the Pankisi Gorge, Shovi, Lentekhi, Shatili and Zhinvali,
Persian names of Svaneti, Mestia and Zugdidi and German 'Adschara'. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

RL = "racha-lechkhumi-and-kvemo-svaneti-ge"

#: a name and the place it now names
GEOCODES = [
    ("Racha-Lechkhumi and Kvemo Svaneti", RL),
    ("Racha-Lechkhumi", RL),
    ("Racha-Lechkhumi and Lower Svaneti", RL),
    ("Рача-Лечхуми", RL),
    ("Рача-Лечхуми и Квемо-Сванети", RL),
    ("Рача-Лечхуми и Квемо Сванети", RL),
    ("راچا-لچخومی و کومو سوانتی", RL),
    ("Ratscha-Letschchumi und Niederswanetien", RL),
    ("Racha", "racha-ge"),
    ("Рача", "racha-ge"),
    ("راچا", "racha-ge"),
    ("Shovi", "shovi-ge"),
    ("Шови", "shovi-ge"),
    ("Lentekhi", "lentekhi-ge"),
    ("Lentechi", "lentekhi-ge"),
    ("Лентехи", "lentekhi-ge"),
    ("Shatili", "shatili-ge"),
    ("Шатили", "shatili-ge"),
    ("Schatili", "shatili-ge"),
    ("Zhinvali", "zhinvali-ge"),
    ("Pankisi Gorge", "pankisi-gorge"),
    ("Pankisi", "pankisi-gorge"),
    ("Pankisi Valley", "pankisi-gorge"),
    ("Панкисское ущелье", "pankisi-gorge"),
    ("Pankisi-Tal", "pankisi-gorge"),
    ("Pankissi-Tal", "pankisi-gorge"),
    ("Pankisi-Schlucht", "pankisi-gorge"),
    ("سوانتی", "svaneti-region"),
    ("مستیا", "mestia"),
    ("زوگدیدی", "geonames:610824"),
    ("Adschara", "adjara-ge"),
    # held before the round
    ("Adscharien", "adjara-ge"),
    ("Kazbegi", "geonames:614087"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round233_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Rescuers reached Shovi after the mudflow.", "Shovi", "shovi-ge"),
    ("Snow closed the roads of Racha.", "Racha", "racha-ge"),
    (
        "The governor of Racha-Lechkhumi and Kvemo Svaneti visited the villages.",
        "Racha-Lechkhumi and Kvemo Svaneti",
        RL,
    ),
    ("Police entered the Pankisi Gorge at dawn.", "Pankisi Gorge", "pankisi-gorge"),
    ("The minibus stopped in Lentekhi.", "Lentekhi", "lentekhi-ge"),
    ("Hikers reached Shatili in July.", "Shatili", "shatili-ge"),
    ("The new bridge stands near Zhinvali.", "Zhinvali", "zhinvali-ge"),
    # Russian, with case endings
    ("Спасатели продолжают работу в Шови.", "Шови", "shovi-ge"),
    ("Дожди прошли в Раче.", "Рач", "racha-ge"),
    ("Туристы поехали в Рачу.", "Рач", "racha-ge"),
    ("В Панкисском ущелье прошли обыски.", "Панкисском ущелье", "pankisi-gorge"),
    ("Жители Панкисского ущелья собрались.", "Панкисского ущелья", "pankisi-gorge"),
    ("В Рача-Лечхуми выпал снег.", "Рача-Лечхуми", RL),
    ("Село Шатили опустело.", "Шатили", "shatili-ge"),
    # German
    ("Im Pankisi-Tal leben Kisten.", "Pankisi-Tal", "pankisi-gorge"),
    ("Der Weg nach Schatili ist im Winter gesperrt.", "Schatili", "shatili-ge"),
    ("Wir machten Urlaub in Adschara am Meer.", "Adschara", "adjara-ge"),
    ("Lentechi liegt am Fluss.", "Lentechi", "lentekhi-ge"),
    # Turkish and Azerbaijani, with case endings
    ("Pankisi'de operasyon yapıldı.", "Pankisi", "pankisi-gorge"),
    ("Shovi'deki heyelanda ölenler anıldı.", "Shovi", "shovi-ge"),
    ("Pankisi dərəsində əməliyyat keçirilib.", "Pankisi", "pankisi-gorge"),
    # Armenian, with a case ending (the parser's own spelling of the name)
    ("Շովիում սողանք է եղել։", "Շովի", "shovi-ge"),
    # Persian
    ("سیل در راچا خسارت زد.", "راچا", "racha-ge"),
    ("گردشگران به سوانتی رفتند.", "سوانتی", "svaneti-region"),
    ("مستیا شهری کوهستانی است.", "مستیا", "mestia"),
    ("زوگدیدی مرکز استان است.", "زوگدیدی", "geonames:610824"),
    ("راچا-لچخومی و کومو سوانتی کوچک است.", "راچا-لچخومی و کومو سوانتی", RL),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round233_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the sauce is no Racha
    ("Sriracha sauce is hot.", []),
    # Russian 'рачки' (small crayfish) stays a word
    ("Ракообразные и рачки живут в реке.", []),
    # Jvari is no name of the round: the monastery, the pass and the Georgian 'cross'
    ("The cross stands at Jvari.", []),
    ("He took the road through Svaneti.", [("Svaneti", "svaneti-region")]),
    ("Zugdidi is near the border.", [("Zugdidi", "geonames:610824")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round233_nothing_common_breaks(text, expected):
    assert _found(text) == expected
