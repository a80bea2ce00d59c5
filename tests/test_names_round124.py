"""Round 124 (names124): aliases of held places, each as a cited page writes it (data/names.yaml):
Russian 'Намин' (the town of Namin, Ardabil; Russian Wikipedia), Persian 'مشکین شهر' and
'مشکین‌شهر' (Meshgin Shahr with k, as two words and with the half-space, one key; the joined
'مشکینشهر' is then found whole) and 'مشگینشهر' (the g-spelling joined), German 'Jerasch'
(Yeraskh; German Wikipedia) and English 'Ajabshir' (Ajab Shir). The sentences are the project's
own."""

import pytest

from geo.geocode import geocode
from tests.parsing import found as _found

#: a name and the place it now names
GEOCODES = [
    ("Намин", "geonames:122721"),
    ("مشکین شهر", "geonames:124210"),
    ("مشکین\u200cشهر", "geonames:124210"),
    ("مشگینشهر", "geonames:124210"),
    ("Jerasch", "geonames:391241"),
    ("Ajabshir", "geonames:144443"),
]


@pytest.mark.parametrize(("name", "pid"), GEOCODES)
def test_round124_geocode(name, pid):
    assert geocode(name).id == pid


#: a sentence, the mention's text and its place
CASES = [
    # Russian: the town of Namin, in the nominative and the locative
    ("Жители города Намин встретили делегацию из Ардебиля.", "Намин", "geonames:122721"),
    ("В Намине открыли новую больницу.", "Намин", "geonames:122721"),
    # Persian: Meshgin Shahr as two words, with the half-space, joined, and by its g-spelling
    ("زلزله‌ای به بزرگی ۴ ریشتر مشکین شهر را لرزاند.", "مشکین شهر", "geonames:124210"),
    ("فرماندار مشکین\u200cشهر از افتتاح پل خبر داد.", "مشکین\u200cشهر", "geonames:124210"),
    ("فرماندار مشکینشهر از افتتاح پل خبر داد.", "مشکینشهر", "geonames:124210"),
    ("بیمارستان مشگینشهر بازسازی شد.", "مشگینشهر", "geonames:124210"),
    # German: Yeraskh, the railway's end at the border
    ("Der Zug fuhr von Jerewan nach Jerasch an der Grenze.", "Jerasch", "geonames:391241"),
    ("In Jerasch endet heute die Bahnstrecke.", "Jerasch", "geonames:391241"),
    # English: Ajab Shir written as one word
    ("The road from Ajabshir to Maragheh was closed by snow.", "Ajabshir", "geonames:144443"),
]


@pytest.mark.parametrize(("text", "name", "pid"), CASES)
def test_round124_found(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    ("text", "name", "pid"),
    [
        # the names held before still read as they did
        ("Землетрясение произошло недалеко от Ардебиля.", "Ардебил", "ardabil"),
        ("فرماندار نمین از بازدید خبر داد.", "نمین", "namin-county"),
        ("Das Dorf Yeraskh liegt an der Grenze.", "Yeraskh", "geonames:391241"),
        ("The governor of Ajab Shir opened the school.", "Ajab Shir", "geonames:144443"),
    ],
)
def test_round124_held_names_unchanged(text, name, pid):
    found = _found(text)
    assert (name, pid) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # common words and sentences that hold no place
        "Научно-исследовательская работа (НИР) завершена.",
        "Мы обсудили нир и план работ на год.",
        "این کتاب بسیار قطور است.",
        "Er las das Buch bis zum Ende.",
    ],
)
def test_round124_common_text_no_place(text):
    assert _found(text) == [], _found(text)
