"""Round 224 (names224): rivers the world layer lacked, which held-out sets 317-331 named
(the Indus, Chenab, Jhelum, Ravi and Sutlej; the Dniester and Prut; the Litani; the Neva;
the Ili; the Blue and White Nile), each name as a cited page writes it
(``scripts/world_rivers.py``, ``ROUND224``). The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Indus", "indus-river"),
    ("Indus River", "indus-river"),
    ("Hind çayı", "indus-river"),
    ("Инд", "indus-river"),
    ("رودخانه سند", "indus-river"),
    ("Chenab", "chenab-river"),
    ("Chenab Nehri", "chenab-river"),
    ("Çenab", "chenab-river"),
    ("Ченаб", "chenab-river"),
    ("Чинаб", "chenab-river"),
    ("چناب", "chenab-river"),
    ("Jhelum River", "jhelum-river"),
    ("Jhelum Irmağı", "jhelum-river"),
    ("Jelum çayı", "jhelum-river"),
    ("Ravi River", "ravi-river"),
    ("река Рави", "ravi-river"),
    ("Sutlej", "sutlej-river"),
    ("Satlec", "sutlej-river"),
    ("Сатледж", "sutlej-river"),
    ("ستلج", "sutlej-river"),
    ("Dniester", "dniester-river"),
    ("Днестр", "dniester-river"),
    ("Dnister", "dniester-river"),
    ("Dnestr", "dniester-river"),
    ("Дністер", "dniester-river"),
    ("Dnjestr", "dniester-river"),
    ("Dinyester Nehri", "dniester-river"),
    ("Prut", "prut-river"),
    ("Pruth", "prut-river"),
    ("Прут", "prut-river"),
    ("Litani", "litani-river"),
    ("Litani River", "litani-river"),
    ("Литани", "litani-river"),
    ("River Neva", "neva-river"),
    ("Нева", "neva-river"),
    ("Newa", "neva-river"),
    ("Ili River", "ili-river"),
    ("Ili-Fluss", "ili-river"),
    ("Ile-Fluss", "ili-river"),
    ("Blue Nile", "blue-nile"),
    ("Голубой Нил", "blue-nile"),
    ("Mavi Nil", "blue-nile"),
    ("Blauer Nil", "blue-nile"),
    ("White Nile", "white-nile"),
    ("Белый Нил", "white-nile"),
    ("Beyaz Nil", "white-nile"),
    ("Weißer Nil", "white-nile"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round224_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # English
    ("Pakistan depends on the Indus for irrigation.", "Indus", "indus-river"),
    ("Farmers along the Chenab fear a drought.", "Chenab", "chenab-river"),
    ("The Ravi River runs past Lahore.", "Ravi River", "ravi-river"),
    ("Moldova lies between the Dniester and the Prut.", "Prut", "prut-river"),
    ("Fighters withdrew north of the Litani.", "Litani", "litani-river"),
    ("The Ili River feeds the lake.", "Ili River", "ili-river"),
    ("Ethiopia dammed the Blue Nile near the border.", "Blue Nile", "blue-nile"),
    # Russian, with case endings
    ("Вода Инда питает поля.", "Инд", "indus-river"),
    ("Вода Днестра загрязнена.", "Днестр", "dniester-river"),
    ("Граница проходит по Пруту.", "Прут", "prut-river"),
    ("Строят плотину на Голубом Ниле.", "Голубом Ниле", "blue-nile"),
    # Azerbaijani, with case endings
    ("Pakistan Hind çayını qoruyacaq.", "Hind çayı", "indus-river"),
    ("Hindistan Çenab çayını bağladı.", "Çenab çayı", "chenab-river"),
    # Turkish, with case endings
    ("Chenab Nehri'nde su azaldı.", "Chenab Nehri", "chenab-river"),
    ("Mavi Nil'de baraj dolduruldu.", "Mavi Nil", "blue-nile"),
    ("Beyaz Nil'e ulaştık.", "Beyaz Nil", "white-nile"),
    # German, with the adjective's ending
    ("Der Staudamm am Blauen Nil ist fertig.", "Blauen Nil", "blue-nile"),
    ("Die Brücken über die Newa werden geöffnet.", "Newa", "neva-river"),
    ("Der Dnjestr ist breit.", "Dnjestr", "dniester-river"),
    # Persian
    ("آب رودخانه سند کاهش یافت.", "رودخانه سند", "indus-river"),
    ("هند آب چناب را بست.", "چناب", "chenab-river"),
    ("پاکستان از ستلج آب می‌گیرد.", "ستلج", "sutlej-river"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round224_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Turkish "ili" (its province) stays the province's
    ("Kars ili sınırında kar var.", [("Kars ili", "kars-province-tr")]),
    # the Russian conjunction "или" and the rod "прут"
    ("Чай или кофе?", []),
    ("Он взял прут и ушёл.", []),
    # the given name Ravi
    ("Ravi Shankar played the sitar.", []),
    # Persian "سند" (document) and "جناب" (a title) beside "چناب"
    ("این سند را امضا کنید.", []),
    ("جناب آقای وزیر آمد.", []),
    # the town Narva keeps its name
    ("Die Stadt Narva liegt an der Grenze.", [("Narva", "geonames:590031")]),
    ("Narva is a town in Estonia.", [("Narva", "geonames:590031"), ("Estonia", "ee")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round224_nothing_common_breaks(text, expected):
    assert _found(text) == expected
