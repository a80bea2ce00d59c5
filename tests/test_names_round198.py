"""Round 198 (names198): Eastern Turkey's border gates and the Caspian, names a held-out
evaluation found missing, each as a cited page writes it: the Gürbulak crossing's Persian
names by its Iranian side, Bazargan, with the border, terminal and customs words (the word
stays outside the mention; the bare name stays the town), and the Baku port's German 'Hafen
Aljat' and 'Hafen von Alat'. The sentences are the project's own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("مرز بازرگان", "gurbulak"),
    ("پایانه مرزی بازرگان", "gurbulak"),
    ("گمرک بازرگان", "gurbulak"),
    ("Hafen Aljat", "baku-port"),
    ("Hafen von Alat", "baku-port"),
    # the bare town name stays the town of Maku county
    ("بازرگان", "geonames:141011"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round198_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Persian: the border words before the name stay outside the mention
    ("صف کامیون‌ها در مرز بازرگان طولانی شد.", "بازرگان", "gurbulak"),
    ("مسافران از پایانه مرزی بازرگان گذشتند.", "بازرگان", "gurbulak"),
    ("محموله در گمرک بازرگان ماند.", "بازرگان", "gurbulak"),
    ("مرز بین المللی بازرگان دوباره باز شد.", "بازرگان", "gurbulak"),
    # German, with the genitive ending
    ("Der Hafen Aljat bekommt neue Kräne.", "Hafen Aljat", "baku-port"),
    ("Der Ausbau des Hafens Aljat dauert an.", "Hafens Aljat", "baku-port"),
    ("Die Fähre legte im Hafen von Alat an.", "Hafen von Alat", "baku-port"),
    # already read before the round
    ("Die Bahn fährt bis Achalkalaki.", "Achalkalaki", "geonames:615893"),
]


@pytest.mark.parametrize(("text", "mention", "pid"), CASES)
def test_round198_found(text, mention, pid):
    assert (mention, pid) in _found(text)


def test_round198_sgc_after_the_name():
    # the initials in brackets after the corridor's name read the corridor (no alias needed)
    assert _found("The Southern Gas Corridor (SGC) carries gas westwards.") == [
        ("Southern Gas Corridor", "southern-gas-corridor"),
        ("SGC", "southern-gas-corridor"),
    ]


#: common sentences whose places the new names must not change
UNCHANGED = [
    ("I went home.", []),
    # the bare town stays the town
    ("او سال‌ها در بازرگان زندگی کرد.", [("بازرگان", "geonames:141011")]),
    # 'بازرگانان' (merchants) and 'بازرگانی' (trade) stay words
    ("بازرگانان از افزایش تعرفه گلایه کردند.", []),
    ("وزارت صنعت، معدن و تجارت درباره بازرگانی خارجی گزارش داد.", []),
    # Persian 'قطور' (thick) stays a word: no Qotur, no Qatar
    ("او کتاب قطوری خرید.", []),
    ("یک کتاب قطور روی میز بود.", []),
    # the bare 'SGC' is no alias
    ("The SGC meeting was postponed.", []),
    # English 'wan' (pale) stays a word
    ("She gave a wan smile.", []),
    # the town of Alat stays the town
    ("Er wohnt in Alat.", [("Alat", "alat")]),
    # the quoted village name before the checkpoint word stays the village
    ("«Ախուրիկ» անցակետը փակ է։", [("Ախուրիկ", "geonames:616990")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round198_nothing_common_breaks(text, expected):
    assert _found(text) == expected
