"""German spellings of a place's Russian name, for the name table.

German papers write the towns and districts of the former Soviet Union, and many of
their neighbours', in the German transcription of the Russian name (the Duden's rules,
as the German press agencies apply them): Джульфа is "Dschulfa", Энзели "Enseli",
Туркменбаши "Turkmenbaschi", Джебраил "Dschebrail", Сисиан "Sissian". The gazetteer
holds a place's Russian name, so its German spelling follows from it:
:func:`german_from_russian` transcribes, :func:`russian_german_names` gives the keys a
place adds (:class:`geo._automaton._NameTable` puts them in the automaton beside the
German respellings of English names, :func:`geo._namekeys._german_names`).

A spelling another place already has is left to it, unless that place has the same
Russian name: Джульфа names Julfa in Nakhchivan and Jolfa in Iran, so "Dschulfa" names
both and the context decides (:mod:`geo._beside`: "die iranische Grenzstadt Dschulfa").
"""

from __future__ import annotations

import functools
import re

from geo._namekeys import _unclaimed_but_namesakes
from geo.gazetteer import Gazetteer, Place, normalize

#: the Duden transcription, letter by letter (the letters whose German depends on the
#: letters beside them are in :func:`german_from_russian`)
_LETTERS = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "ж": "sch", "з": "s", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "т": "t",
    "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch",
    "с": "s", "ы": "y", "э": "e", "ъ": "", "ь": "",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюя")
_IOTATED = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
_HUSHING = set("жчшщ")
_RUSSIAN_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?$")
#: words of a unit's Russian (or another Cyrillic language's) long name, not transcribed:
#: German names the unit in its own words ("Republik Dagestan", "Gebiet Astrachan")
_UNIT_WORDS = re.compile(r"(?i)respubl|oblast|skaja|wostotsch|sewern|sapadn|nischn|werchn|krasn")
#: kinds of places whose Russian names German papers transcribe (countries, seas and the
#: world's regions have German names of their own in the world layer)
_SPELT_KINDS = frozenset(
    ["district", "region", "city", "town", "village", "river", "border crossing"]
)


def _word(word: str) -> str:
    out = []
    low = word.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch == "д" and nxt == "ж":
            out.append("d")  # дж: "dsch" (the ж gives "sch")
        elif ch in _IOTATED:
            # je, jo, ju, ja at a word's start, after a vowel or a sign; after a
            # consonant the vowel alone (ё after a hushing letter: o; ю, я: ju, ja)
            if ch in "юя" and prev and prev not in _VOWELS and prev not in "ьъ":
                out.append("j" + _IOTATED[ch] if prev not in _HUSHING else _IOTATED[ch])
            elif not prev or prev in _VOWELS or prev in "ьъ":
                out.append("j" + _IOTATED[ch])
            else:
                out.append(_IOTATED[ch] if ch != "ё" or prev in _HUSHING else "jo")
        elif ch == "й":
            out.append("j" if nxt in _VOWELS else "i")
        elif ch == "с" and prev in _VOWELS and nxt in _VOWELS:
            out.append("ss")  # s between vowels is written ss ("Sissian")
        elif ch == "ь" and nxt in _VOWELS:
            out.append("j" if nxt in "ио" else "")  # ье, ья: the vowel gives je, ja
        elif ch in _LETTERS:
            out.append(_LETTERS[ch])
        else:
            return ""
    german = "".join(out)
    german = re.sub(r"ii$", "i", german.replace("yi", "y"))  # -ий: -i, -ый: -y
    return german[:1].upper() + german[1:]


def german_from_russian(name: str) -> str | None:
    """Return the German transcription of a Russian place name, or None.

    Examples
    --------
    >>> [german_from_russian(n) for n in ("Джульфа", "Энзели", "Туркменбаши", "Джебраил")]
    ['Dschulfa', 'Enseli', 'Turkmenbaschi', 'Dschebrail']
    >>> [german_from_russian(n) for n in ("Ереван", "Гюмри", "Сисиан", "Нахичевань")]
    ['Jerewan', 'Gjumri', 'Sissian', 'Nachitschewan']
    >>> german_from_russian("Сальяны"), german_from_russian("река Кура")
    ('Saljany', None)
    """
    if not _RUSSIAN_WORD.match(name):
        return None
    parts = re.split(r"([- ])", name)
    words = [p if p in "- " else _word(p) for p in parts]
    if not all(words):
        return None
    return "".join(words)


#: the countries of the corridors and their southern neighbours, whose large towns German
#: papers name in the Russian name's transcription (Russia's and Central Asia's towns have
#: German names in GeoNames, and their Russian aliases hold old names after persons:
#: "Breschnew", "Schewtschenko")
_NEAR_COUNTRIES = frozenset(["AZ", "AM", "GE", "IR", "TR", "TM"])
#: a town of the GeoNames tables needs this many people (a village's name is more often a
#: person's name, "Mikojan", or another language's Cyrillic form than a place the news names)
_MIN_POPULATION = 50000


def _near(place: Place) -> bool:
    """Whether a place is one whose Russian name German papers transcribe."""
    if place.layer in ("curated", "region"):
        return True
    if place.layer not in ("geonames", "geonames-world"):
        return False
    return place.country in _NEAR_COUNTRIES and place.population >= _MIN_POPULATION


@functools.cache
def _everyday() -> frozenset[str]:
    from geo.unresolved import _everyday_words

    return _everyday_words()


def russian_german_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a place's Russian names in German transcription, each with its Russian source.

    Only a spelling of five letters or more that no frequent German word has ("in
    Betrieb": data/everyday_words.txt), and that no place has but those with the same
    Russian name.

    >>> from geo.gazetteer import gazetteer
    >>> ("Dschulfa", "Джульфа") in russian_german_names(gazetteer().by_id["jolfa-ir"], gazetteer())
    True
    """
    if place.kind not in _SPELT_KINDS or not _near(place):
        return []
    out: list[tuple[str, str]] = []
    for name in (place.name, *place.aliases):
        german = german_from_russian(name)
        if german is None or len(german) < 5 or german in dict(out) or _UNIT_WORDS.search(german):
            continue
        key = normalize(german)
        if key in _everyday() or key.replace(" ", "") in _everyday():
            continue
        if _unclaimed_but_namesakes(gaz, german, name):  # not another place's alone
            out.append((german, name))
    return out
