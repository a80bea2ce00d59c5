"""Round 166 (names166): the India-Middle East-Europe Economic Corridor (IMEC), which held-out
round 35 (sets 227-229) found missing, as a names-only corridor (``imec``: English, Turkish,
Azerbaijani, Persian, Russian, German), each alias as a cited page writes it. The whole name
reads the corridor; the countries and regions inside it are not marked as well. The sentences
are the project's own."""

import pytest

from geo.linkdata import load_corridors
from tests.parsing import found as _found

IMEC = "imec"

#: each new name, as the record holds it
NAMES = [
    "India-Middle East-Europe Economic Corridor",
    "IMEC",
    "IMEEC",
    "India-Middle East-Europe Corridor",
    "Hindistan-Orta Doğu-Avrupa Ekonomi Koridoru",
    "Hindistan-Ortadoğu-Avrupa Ekonomik Koridoru",
    "Hindistan-Yaxın Şərq-Avropa İqtisadi Dəhlizi",
    "کریدور اقتصادی هند-خاورمیانه-اروپا",
    "کریدور آیمک",
    "آیمک",
    "Экономический коридор Индия — Ближний Восток — Европа",
    "экономический коридор Индия – Ближний Восток – Европа",
    "коридор Индия — Ближний Восток — Европа",
    "Wirtschaftskorridor Indien-Nahost-Europa",
]


def test_round166_corridor_is_loaded():
    corridor = load_corridors()[IMEC]
    assert corridor["name"].startswith("India–Middle East–Europe")
    for name in NAMES:
        assert name in corridor["aliases"], name


@pytest.mark.parametrize("name", NAMES)
def test_round166_name_alone(name):
    assert _found(name) == [(name, IMEC)]


#: a sentence, the mention's text and its corridor; nothing else is found in it
CASES = [
    # English; the en-dash spelling folds to the hyphenated one
    (
        "The India-Middle East-Europe Economic Corridor was signed.",
        "India-Middle East-Europe Economic Corridor",
    ),
    (
        "The India–Middle East–Europe Economic Corridor was signed in 2023.",
        "India–Middle East–Europe Economic Corridor",
    ),
    (
        "Critics say the India-Middle East-Europe corridor is slow.",
        "India-Middle East-Europe corridor",
    ),
    ("IMEC bypasses the old route.", "IMEC"),
    ("The IMEEC memorandum was signed.", "IMEEC"),
    # Turkish, with case endings
    (
        "Hindistan-Orta Doğu-Avrupa Ekonomi Koridoru'nun maliyeti yüksek.",
        "Hindistan-Orta Doğu-Avrupa Ekonomi Koridoru",
    ),
    (
        "Proje, Hindistan-Ortadoğu-Avrupa Ekonomik Koridoru'na rakip.",
        "Hindistan-Ortadoğu-Avrupa Ekonomik Koridoru",
    ),
    ("IMEC'in geleceği belirsiz.", "IMEC"),
    # Azerbaijani, with case endings, capitalised or not
    (
        "Modi Hindistan-Yaxın Şərq-Avropa İqtisadi Dəhlizini elan edib.",
        "Hindistan-Yaxın Şərq-Avropa İqtisadi Dəhlizi",
    ),
    (
        "Hindistan-Yaxın Şərq-Avropa iqtisadi dəhlizinin layihəsi hazırdır.",
        "Hindistan-Yaxın Şərq-Avropa iqtisadi dəhlizi",
    ),
    # Persian, hyphen, en dash and spaced dash
    ("کریدور اقتصادی هند-خاورمیانه-اروپا اعلام شد.", "کریدور اقتصادی هند-خاورمیانه-اروپا"),
    ("کریدور اقتصادی هند–خاورمیانه–اروپا مطرح شد.", "کریدور اقتصادی هند–خاورمیانه–اروپا"),
    ("کریدور آیمک معرفی شد.", "کریدور آیمک"),
    # Russian, inflected, with em or en dashes
    (
        "Моди заявил о запуске экономического коридора Индия – Ближний Восток – Европа.",
        "экономического коридора Индия – Ближний Восток – Европа",
    ),
    (
        "Проект получил название «Экономический коридор Индия — Ближний Восток — Европа».",
        "Экономический коридор Индия — Ближний Восток — Европа",
    ),
    # German
    (
        "Der Wirtschaftskorridor Indien-Nahost-Europa soll schneller sein.",
        "Wirtschaftskorridor Indien-Nahost-Europa",
    ),
]


@pytest.mark.parametrize(("text", "mention"), CASES)
def test_round166_found_whole(text, mention):
    assert _found(text) == [(mention, IMEC)]


#: common sentences whose places the new names must not change
UNCHANGED = [
    (
        "India and Europe trade via the Middle East.",
        [("India", "in"), ("Europe", "europe"), ("Middle East", "middle-east")],
    ),
    ("Hindistan ve Avrupa arasında ticaret.", [("Hindistan", "in"), ("Avrupa", "europe")]),
    ("Индия и Европа", [("Индия", "in"), ("Европа", "europe")]),
    ("هند و اروپا", [("هند", "in"), ("اروپا", "europe")]),
    ("Ekonomi koridoru kuruldu.", []),
    ("İqtisadi dəhliz yaradılır.", []),
    ("Экономический коридор открыт.", []),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_round166_nothing_common_breaks(text, expected):
    assert _found(text) == expected
