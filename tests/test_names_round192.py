"""Round 192 (names192): names that held-out round 48 found missing, each as a cited page
writes it: the new records Kulata and Sidirokastro, the two ends of the Greece-Bulgaria gas
interconnection point, and the Southern Gas Corridor's Persian 'کریدور گاز جنوبی'; Southern
Europe's Armenian name, the EU's Armenian initials with a hyphenated ending, the green energy
corridor's long names and Sofia's Turkish 'Sofya' were already read. The sentences are the
project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Kulata", "kulata"),
    ("Кулата", "kulata"),
    ("Sidirokastro", "sidirokastro"),
    ("Σιδηρόκαστρο", "sidirokastro"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round192_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place or corridor
CASES = [
    # English
    ("Gas from the south crossed at Kulata.", "Kulata", "kulata"),
    ("Engineers met near Sidirokastro on Monday.", "Sidirokastro", "sidirokastro"),
    # German
    ("Das Gas floss über Kulata nach Norden.", "Kulata", "kulata"),
    # Russian, with a case ending
    ("Газ поступал через Кулату всю зиму.", "Кулат", "kulata"),
    # Azerbaijani and Turkish, with case endings
    ("Qaz Sidirokastrodan şimala keçdi.", "Sidirokastro", "sidirokastro"),
    ("Gaz Kulata'dan kuzeye aktı.", "Kulata", "kulata"),
    # Persian: the corridor
    ("تاناپ بخشی از کریدور گاز جنوبی است.", "کریدور گاز جنوبی", "southern-gas-corridor"),
    # already read before this round
    ("Գազը հասնում է Հարավային Եվրոպա։", "Հարավային Եվրոպա", "southern-europe"),
    ("Երևանը դիմել է ԵՄ-ին։", "ԵՄ", "european-union"),
    ("ԵՄ-ի պատվիրակությունը ժամանեց։", "ԵՄ", "european-union"),
    (
        "Xəzər-Qara dəniz-Avropa Yaşıl Enerji Dəhlizi layihəsi irəliləyir.",
        "Xəzər-Qara dəniz-Avropa Yaşıl Enerji Dəhlizi",
        "green-energy-corridor",
    ),
    (
        "Проект Зелёный энергетический коридор Каспий–Черное море–Европа обсуждали.",
        "Зелёный энергетический коридор Каспий–Черное море–Европа",
        "green-energy-corridor",
    ),
    # 'Sofya' is also a given name: read with a place's context, as here
    ("Bakan Bulgaristan'ın başkenti Sofya'da konuştu.", "Sofya", "geonames:727011"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round192_found(text, mention, pid):
    assert (mention, pid) in _found(text)


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # Bulgarian 'kula' (tower) and the Turkish town Kula are no alias of Kulata
    ("The old kula stood on the hill.", []),
    # the Persian compass word alone names no corridor
    ("او به جنوب رفت.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round192_nothing_common_breaks(text, expected):
    assert _found(text) == expected
