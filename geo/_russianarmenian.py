"""Armenian spellings of a place's Russian name, for the name table.

Armenian news write the towns of Russia, Central Asia, China and Europe as the Russian
press does, letter for letter from the Russian name: Шанхай is "Շանհայ", Тяньцзинь
"Տյանցզին", Сиань "Սիան", Новосибирск "Նովոսիբիրսկ", Гореловка "Գորելովկա". GeoNames
gives most of those towns a Russian name and no Armenian one, so their Armenian spelling
follows from the Russian: :func:`armenian_from_russian` transcribes (a **derived**
spelling, by the letter table :data:`_LETTERS`), :func:`russian_armenian_names` gives the
keys a place adds where no place has them already (:class:`geo._automaton._NameTable`
puts them in the automaton beside the other derived spellings), so they cost nothing at
parse time. Armenia's own places keep their Armenian names, and Azerbaijan's are spelt
from their Azerbaijani names (:mod:`geo._azarmenian`).
"""

from __future__ import annotations

import re

from geo._namekeys import _unclaimed
from geo.gazetteer import Gazetteer, Place

#: Russian letters in Armenian letters (lower case), as Eastern Armenian writes Russian
#: names: к, п, т as the plain կ, պ, տ; ы as ը; the signs are dropped (Тяньцзинь
#: Տյանցզին); the iotated vowels with յ (the letters whose Armenian depends on the
#: letters beside them are in :func:`_word`)
_LETTERS = {
    "а": "ա", "б": "բ", "в": "վ", "г": "գ", "д": "դ", "е": "ե", "ё": "յո", "ж": "ժ",
    "з": "զ", "и": "ի", "й": "յ", "к": "կ", "л": "լ", "м": "մ", "н": "ն", "о": "ո",
    "п": "պ", "р": "ր", "с": "ս", "т": "տ", "у": "ու", "ф": "ֆ", "х": "խ", "ц": "ց",
    "ч": "չ", "ш": "շ", "щ": "շչ", "ъ": "", "ы": "ը", "ь": "", "э": "է", "ю": "յու",
    "я": "յա",
}  # fmt: skip
#: a word's first letter where it differs: о is օ, р the trilled ռ (Омск Օմսկ, Ростов
#: Ռոստով, Рязань Ռյազան)
_INITIAL = {"о": "օ", "р": "ռ"}
_VOWELS = set("аеёиоуыэюя")
#: a Russian place name: one or two capitalised words
_RUSSIAN = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")
#: a letter written twice (Russian сс, нн, лл)
_DOUBLED = re.compile(r"(.)\1")
#: the kinds of places the Armenian press spells from their Russian names (countries,
#: seas and the world's regions have Armenian names of their own in the world layer)
_SPELT_KINDS = frozenset(["city", "town", "village", "district", "region"])
#: the countries whose places Armenian writes otherwise: Armenia's in its own names,
#: Azerbaijan's, Turkey's and Iran's from the names in their own languages
_OWN_SPELLING = frozenset(["AM", "AZ", "TR", "IR"])
#: a GeoNames town needs this many people: a village's Russian name is as often a
#: Cyrillic form in another language (Kazakh, Kyrgyz) as the one the Russian press writes
_MIN_POPULATION = 100_000


def _word(word: str) -> str | None:
    low = word.lower()
    out = []
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch not in _LETTERS:
            return None
        if ch == "д" and nxt == "ж":
            out.append("ջ")  # дж: ջ (Джизак Ջիզակ)
            continue
        if ch == "ж" and i and low[i - 1] == "д":
            continue
        if i == 0 and ch in _INITIAL:
            out.append(_INITIAL[ch])
        elif ch == "е" and i and low[i - 1] in _VOWELS:
            out.append("յե")  # е after a vowel: յե (Раевка Ռայեվկա)
        else:
            out.append(_LETTERS[ch])
    armenian = "".join(out)
    # ий at a word's end is ի (Нижний: Նիժնի); inside a word it stays իյ (-ийск: -իյսկ)
    armenian = re.sub("իյ$", "ի", armenian)
    return armenian[:1].upper() + armenian[1:] if armenian else None


def armenian_from_russian(name: str) -> list[str]:
    """Return the Armenian spellings of a Russian place name (none: not a name it spells).

    Russian х is խ, but հ in the names Russian takes from Chinese and others (Шанхай
    Շանհայ, Хабаровск Խաբարովսկ): both are made; so are a doubled letter's two
    spellings (Russian сс as սս and as ս).

    Examples
    --------
    >>> [armenian_from_russian(n)[-1] for n in ("Шанхай", "Тяньцзинь", "Сиань", "Гореловка")]
    ['Շանհայ', 'Տյանցզին', 'Սիան', 'Գորելովկա']
    >>> [armenian_from_russian(n) for n in ("Ростов-на-Дону", "Омск", "Джизак")]
    [[], ['Օմսկ'], ['Ջիզակ']]
    """
    if not _RUSSIAN.match(name):
        return []
    words = [w if w == "-" else _word(w) for w in re.split("(-)", name)]
    if not all(words):
        return []
    spelling = "".join(words)  # type: ignore[arg-type]
    spellings = [spelling]
    if "խ" in spelling:
        spellings.append(spelling.replace("խ", "հ"))
    single = [_DOUBLED.sub(r"\1", x) for x in spellings]
    return list(dict.fromkeys(spellings + single))


def _spelt(place: Place) -> bool:
    """Whether a place is one whose Russian name the Armenian press spells."""
    if place.kind not in _SPELT_KINDS or place.country in _OWN_SPELLING:
        return False
    if place.layer in ("curated", "region"):
        return True
    return place.layer in ("geonames", "geonames-world") and place.population >= _MIN_POPULATION


def russian_armenian_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a place's Russian names in Armenian letters, each with its Russian source.

    Only spellings of four letters or more that no place has (GeoNames' Armenian names
    of world cities are few and often odd: Shanghai's is "Շանկհայ"; its usual "Շանհայ",
    which this spelt from "Шанхай", is held from CLDR since round 228, so is no more spelt).

    >>> from geo.gazetteer import gazetteer
    >>> ("Վուհան", "Вухан") in russian_armenian_names(
    ...     gazetteer().by_id["geonames:1791247"], gazetteer()
    ... )
    True
    """
    if not _spelt(place):
        return []
    out: list[tuple[str, str]] = []
    for name in (place.name, *place.aliases):
        for armenian in armenian_from_russian(name):
            if len(armenian) >= 4 and armenian not in dict(out) and _unclaimed(gaz, armenian):
                out.append((armenian, name))
    return out
