"""Vowel harmony: whether a Latin case ending after a name is Turkic at all.

An Azerbaijani or Turkish case ending takes its vowel from the word's last one: a back
vowel (a, ı, o, u) takes a back ending ("İranı", "Bakıda", "Pakistana"), a front one
(e, ə, i, ö, ü) a front ending ("Türkiyəni", "Tbilisidə", "Berlin'e"). A name whose
last vowel is back followed by a front ending (``i``, ``e``) is therefore no case form,
whatever letters stand around it: "Azerbaijani", "Pakistani", "Iraqi" are English adjectives
(an English text quoting "Erdoğan" has Turkish letters near, which the ending rule
of :mod:`geo._endings` reads as a Turkic text). The fold writes ``ı`` and ``i``, ``ə``
and ``a`` alike, so the original letters decide; only the few hits a Latin ending
would keep are read.
"""

from __future__ import annotations

#: back and front vowels of Azerbaijani and Turkish (the capital I is the dotless one's)
_BACK = frozenset("aıouAIOU")
_FRONT = frozenset("eəiöüEƏİÖÜ")
_VOWELS = _BACK | _FRONT
#: how far back in the name its last vowel is looked for (a consonant cluster is short)
_REACH = 6


def _disharmonic(text: str, name_stop: int, ending_stop: int) -> bool:
    """Whether the ending at ``text[name_stop:ending_stop]`` breaks the name's harmony.

    ``text[:name_stop]`` ends with the name. True when the ending's first vowel is a
    front one and the name's last vowel (within :data:`_REACH` letters) a back one:
    then the word is not the name with a case ending. (The other way round, a back
    ending after a front name, is left alone: no English word misread so was found.)
    A name without a vowel there (an abbreviation) or an ending without one decides
    nothing.

    >>> _disharmonic("Azerbaijani", 10, 11), _disharmonic("İranı", 4, 5)
    (True, False)
    >>> _disharmonic("Türkiyəni", 7, 9), _disharmonic("Bakıda", 4, 6)
    (False, False)
    """
    for c in text[name_stop:ending_stop]:  # (a loop, not a generator: a hit in ten calls it)
        if c in _VOWELS:
            if c in _BACK:
                return False
            break
    else:
        return False
    for c in reversed(text[max(name_stop - _REACH, 0) : name_stop]):
        if c in _VOWELS:
            return c in _BACK
        if not c.isalpha():
            return False
    return False
