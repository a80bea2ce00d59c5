"""Inflected and respelt names in geoparse(): Russian, German, Armenian, Persian (issue 10).

The sentences are written for these tests. A mention's span is the name without its
case ending (``Волг`` of ``Волги``), as everywhere in :mod:`geo.geoparse`.
"""

import pytest

from geo._germanspelling import german_spelling
from geo._inflect import armenian_forms, name_forms, russian_forms
from geo._namekeys import _german_names, _western_armenian_names
from geo.gazetteer import gazetteer
from geo.geoparse import geoparse


def _found(text):
    return [(text[m.start : m.end], m.start, m.target) for m in geoparse(text)]


# ---------------------------------------------------------------- the texts
_CASES = [
    # Russian
    # -а after г/к/х/ж/ш takes -и in the genitive, -я names take -и/-е/-ю/-ей,
    # neuter -ье takes -я, plural -ы takes -ов/-ах
    (
        "Зерно с Волги идёт в порты, а трубы из Польши везут через Закавказье.",
        [("Волг", 8, "volga"), ("Польш", 39, "pl"), ("Закавказье", 58, "south-caucasus")],
    ),
    (
        "Делегация из Нидерландов прибыла вслед за гостями из Мексики и Чечни.",
        [("Нидерланд", 13, "nl"), ("Мексик", 53, "mx"), ("Чечн", 63, "chechnya-ru")],
    ),
    (
        "Соседи Закавказья спорят, а Польшей руководит правительство.",
        [("Закавказь", 7, "south-caucasus"), ("Польш", 28, "pl")],
    ),
    # a neuter noun after a hushing consonant (-ще: -ща), a possessive adjective (-ья)
    (
        "Уровень Худаферинского водохранилища поднялся, туристы стояли у Девичьей башни.",
        [
            ("Худаферинского водохранилища", 8, "khudafarin-reservoir"),
            ("Девичьей башни", 64, "maiden-tower"),
        ],
    ),
    # a hyphenated name declines its last part, or its first when the last is fixed
    (
        "Чай везут из Шри-Ланки, делегация Гвинеи-Бисау прибыла позже.",
        [("Шри-Ланки", 13, "lk"), ("Гвинеи-Бисау", 34, "gw")],
    ),
    # ordinary words stay words
    ("Власти приняли меры, работы идут по плану.", []),
    # German
    # the genitive after an article and a noun is no person's name (German
    # capitalises nouns); a person's name in the genitive stays no place
    (
        "Die Haltung Moskaus blieb unklar, sagte ein Sprecher Ankaras am Montag.",
        [("Moskau", 12, "geonames:524901"), ("Ankara", 53, "geonames:323786")],
    ),
    (
        "Laut Angaben Moskaus steht der Bau bevor, und die Hafenstadt Poti wächst.",
        [("Moskau", 13, "geonames:524901"), ("Poti", 61, "geonames:612366")],
    ),
    ("Die Rede Wladimir Putins dauerte lange.", []),
    # a word capitalised as a sentence's first is no part of a name
    ("Auch Peking verfolgt den Bau.", [("Peking", 5, "geonames:1816670")]),
    ("Roland Garros won in Paris.", [("Paris", 21, "geonames:2988507")]),  # not German
    # German spellings of curated places' English names
    (
        "Die Kraftwerke Ordubad und Marasad entstehen am Aras, im Bezirk Sangilan.",
        [
            ("Ordubad", 15, "ordubad-hpp"),
            ("Marasad", 27, "marazad-hpp"),
            ("Aras", 48, "araz"),
            ("Bezirk Sangilan", 57, "zangilan-district"),
        ],
    ),
    (
        "Ein Besuch in Latschin und Kalbadschar ist geplant.",
        [("Latschin", 14, "lachin"), ("Kalbadschar", 27, "kalbajar")],
    ),
    # a hyphenated compound: the name is the mention, the rest of the word is not
    (
        "Die Aras-Brücke und der Astara-Grenzübergang sind fertig.",
        [("Aras", 4, "araz"), ("Astara", 24, "astara-ir")],
    ),
    # ordinary German words are no places
    ("Die Reisegruppe sah alte Gläser und Schalen in der Vitrine.", []),
    # Armenian
    # datelines in capitals: the ligature և is ԵՎ (reformed) or ԵՒ (classical), as
    # geo._namedata.add_capital_forms adds them
    (
        "ԵՐԵՎԱՆ, մարտի 3։ Նախարարը ՆԱԽԻՋԵՎԱՆԻ մասին խոսեց։",
        [("ԵՐԵՎԱՆ", 0, "geonames:616052"), ("ՆԱԽԻՋԵՎԱՆ", 26, "nakhchivan-ar")],
    ),
    ("ԵՐԵՒԱՆ, ապրիլի 9։ Պատուիրակութիւնը մեկնեցաւ։", [("ԵՐԵՒԱՆ", 0, "geonames:616052")]),
    (
        "Բեռները Սյունիքով կհասնեն Երևանում գտնվող պահեստներ։",
        [("Սյունիք", 8, "syunik-province"), ("Երևան", 26, "geonames:616052")],
    ),
    # Western Armenian: a foreign name's voiced consonants (Պաքու for Բաքու), ւ for վ
    # after a vowel (Թաւրիզ), the classical genitive -իոյ, the ablative -էն / -յէն
    (
        "Բեռները Թաւրիզէն Պաքու կը հասնին՝ Ռուսիոյ եւ Կիլանի ճամբով։",
        [
            ("Թաւրիզ", 8, "tabriz"),
            ("Պաքու", 17, "baku"),
            ("Ռուսիոյ", 34, "ru"),
            ("Կիլան", 45, "gilan-province"),
        ],
    ),
    (
        "Հիւսիս–Հարաւ ճամբան Եւրոպայէն կու գայ։",
        [("Հիւսիս–Հարաւ", 0, "nstc"), ("Եւրոպա", 20, "europe")],
    ),
    # Armenia's own names keep their letters: Գորիս is not respelt Կորիս
    ("Կորիսը մեծ բառ չէ։", []),
    # Persian
    # a name of two words written joined; the ezafe on a final heh (ۀ)
    (
        "کامیون‌ها از پارسآباد و بیله‌سوار به کلالۀ ایران رسیدند.",
        [
            ("پارسآباد", 13, "geonames:121380"),
            ("بیله\u200cسوار", 24, "geonames:140494"),
            ("کلالۀ", 37, "kalaleh"),
            ("ایران", 43, "ir"),
        ],
    ),
    # adjectives are no places
    ("مقامات ایرانی و ارمنی درباره نیروگاههای ارس گفتگو کردند.", [("ارس", 40, "araz")]),
]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_names_in_four_languages(text, expected):
    assert _found(text) == expected


# ---------------------------------------------------------------- Russian


def test_russian_forms_of_neuter_and_possessive_names():
    assert "Худаферинского водохранилища" in russian_forms("Худаферинское водохранилище")
    assert "Худаферинскому водохранилищу" in russian_forms("Худаферинское водохранилище")
    assert "Девичьей башне" in russian_forms("Девичья башня")
    assert "Каспийского моря" in russian_forms("Каспийское море")  # unchanged


# ---------------------------------------------------------------- German


def test_german_spelling_rule():
    assert german_spelling("Zangilan") == "Sangilan"
    assert german_spelling("Jabrayil") == "Dschabrajil"
    assert german_spelling("Khudafarin") == "Chudafarin"
    assert german_spelling("Lachin") == "Latschin"
    assert german_spelling("Kars") is None  # the rule changes nothing
    assert german_spelling("Zəngilan") is None  # not an English name
    gaz = gazetteer()
    # German names, names with kind words and countries are not respelt
    nakhchivan = [german for german, _ in _german_names(gaz.by_id["nakhchivan-ar"], gaz)]
    assert "Natschitstschewan" not in nakhchivan
    assert _german_names(gaz.by_id["az"], gaz) == []
    assert ("Kalbadschar", "Kalbajar") in _german_names(gaz.by_id["kalbajar"], gaz)
    # a spelling a place has already stays that place's ("Marasad" of the plant)
    assert _german_names(gaz.by_id["marazad"], gaz) == [("Marasakand", "Marazakand")]


def test_german_text_takes_no_turkish_ending_by_its_umlauts():
    # "für" has the ü Turkish writes too, but German words around make the text German:
    # "Fauna" is no Turkish dative of Al-Faw ("Fau"); Azerbaijani beside German still is
    assert _found("Naturschützer warnen vor Folgen für Flora und Fauna.") == []
    assert _found("Die Zeitung schrieb: Bakıya gəldilər.") == [("Bakı", 21, "baku")]


# ---------------------------------------------------------------- Armenian


def test_western_armenian_spellings():
    assert "Ռուսիոյ" in armenian_forms("Ռուսիա")
    assert "Հարաւ" in armenian_forms("Հարավ")
    gaz = gazetteer()
    assert _western_armenian_names(gaz.by_id["baku"], gaz) == [("Պաքու", "Բաքու")]
    assert _western_armenian_names(gaz.by_id["kapan"], gaz) == []  # in Armenia


# ---------------------------------------------------------------- Persian


def test_persian_names_of_two_words_are_also_joined():
    assert name_forms("پارس آباد") == {"پارسآباد"}
    assert name_forms("پارس\u200cآباد") == {"پارسآباد"}
    # three words: each pair joined once, where a page lost its non-joiners (round 5)
    assert name_forms("قیز قلعه سی") == {"قیزقلعه سی", "قیز قلعهسی"}
