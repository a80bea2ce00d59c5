"""How German writes a name of the region given in English letters (the Duden's rules).

Split from :mod:`geo._inflect` along its seam (a spelling, not an inflection), output
unchanged.
"""

from __future__ import annotations

import re

# English (and Azerbaijani Latin) spellings to German ones, as German papers and the
# Duden rules for names from the Caucasus write them: ch -> tsch, kh -> ch, sh/zh -> sch,
# j -> dsch, y before a vowel -> j, y after a vowel at a word's end (Russian -й) -> i,
# z -> s, v -> w (Zangilan: Sangilan, Jabrayil: Dschabrajil, Giz Galasi: Gis Galasi,
# Lachin: Latschin, Shusha: Schuscha, Astarachay: Astaratschai)
_GERMAN_SPELLING = re.compile(r"ch|kh|sh|zh|j|y(?=[aeiou])|(?<=[aeiou])y\b|z|v", re.IGNORECASE)
_GERMAN_LETTERS = {"ch": "tsch", "kh": "ch", "sh": "sch", "zh": "sch", "j": "dsch", "y": "j"}
_GERMAN_LETTERS |= {"z": "s", "v": "w"}


def _german_letters(m: re.Match[str]) -> str:
    if m.group(0) in "yY" and not m.string[m.end() : m.end() + 1].isalpha():
        return "i"  # a word's last y after a vowel ("Astarachay": Astaratschai)
    german = _GERMAN_LETTERS[m.group(0).lower()]
    return german.capitalize() if m.group(0)[0].isupper() else german


#: the same, the v kept: German news of the region also write the English v as it is
#: ("Mindschivan", AzVision's German service on the Horadiz–Aghband railway, beside the
#: Duden's "Mindschiwan")
_GERMAN_SPELLING_V = re.compile(_GERMAN_SPELLING.pattern.removesuffix("|v"), re.IGNORECASE)


def german_spellings(name: str) -> list[str]:
    """Return how German writes a name (:func:`german_spelling`), and with its v kept.

    >>> german_spellings("Minjivan"), german_spellings("Zangilan"), german_spellings("Ordubad")
    (['Mindschiwan', 'Mindschivan'], ['Sangilan'], [])
    """
    german = german_spelling(name)
    if german is None:
        return []
    kept = _GERMAN_SPELLING_V.sub(_german_letters, name) if "v" in name.lower() else name
    return [german, kept] if kept not in (name, german) else [german]


def german_spelling(name: str) -> str | None:
    """Return how German writes a name of the region given in English letters, or None.

    The rule is the German transcription of the region's names (the Duden's, for names
    from Russian): it is for names of curated places (see :mod:`geo._automaton`); a name
    the rule leaves as it is, or that is not a plain ASCII name, gives None.

    Examples
    --------
    >>> [german_spelling(n) for n in ("Zangilan", "Jabrayil", "Giz Galasi", "Marazad")]
    ['Sangilan', 'Dschabrajil', 'Gis Galasi', 'Marasad']
    >>> german_spelling("Shusha"), german_spelling("Kalbajar"), german_spelling("Syunik")
    ('Schuscha', 'Kalbadschar', 'Sjunik')
    >>> german_spelling("Astarachay")
    'Astaratschai'
    >>> german_spelling("Ordubad") is None, german_spelling("Qubadlı") is None
    (True, True)
    """
    if not name.isascii() or not name[:1].isupper():
        return None
    german = _GERMAN_SPELLING.sub(_german_letters, name)
    return german if german != name else None
