"""Where a text's words of sport start, found by the name automaton: the club rules' gate.

The rules that take a place's name for a sports club's (:mod:`geo._sportsclubs`,
:mod:`geo._clubs`) read the text around a candidate for words of a game, a club or a
league. Most texts hold none, and reading a window of 500 characters for them costs more
than the rest of a name's rules: the words are keys of the geoparser's automaton instead
(:func:`sport_triggers`, next to the kind words of :mod:`geo._quiet`), so the pass that
finds the names finds where each starts too, at no cost of its own, and a rule reads its
window only where such a word starts in it (:func:`within`, a binary search).

Three sets of words, a bit each in the triggers' bits (above every kind's bit):

* :data:`STEM`, the stems :func:`geo._sportsclubs._about_a_match` looks for
  (``_SPORT_STEMS``), for the quoted names of Azerbaijani and Persian pages;
* :data:`CUE`, the words of a game's report the two-word rule reads
  (``geo._sportsclubs._CUE_WORDS``, the words of ``_CUES``);
* :data:`CLUB`, a club's words (``geo._clubs._CLUB_WORDS``: FC, FK, football club).

The automaton's keys are folded (:func:`geo._fold._fold`) and start at a word's start,
as the rules read them (in lower case, at a word's start).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from typing import Any, NamedTuple

STEM, CUE, CLUB = 1 << 60, 1 << 61, 1 << 62


@functools.cache
def sport_triggers() -> dict[str, int]:
    """Return the automaton's keys of sport words (folded, no leading blank) and their bits."""
    from geo._clubs import _CLUB_WORDS
    from geo._fold import _fold
    from geo._sportsclubs import _CUE_WORDS, _SPORT_STEMS

    keys: dict[str, int] = {}
    for words, bit in ((_SPORT_STEMS, STEM), (_CUE_WORDS, CUE), (_CLUB_WORDS, CLUB)):
        for word in words:
            key = _fold(word).text.strip()
            keys[key] = keys.get(key, 0) | bit
    return keys


class SportWords(NamedTuple):
    """The sorted starts of a text's words of each set (lists)."""

    stems: list[int]
    cues: list[int]
    clubs: list[int]


def sport_words(starts: Any, bits: Any) -> SportWords:
    """Return where the sport words start, from the triggers the matcher found.

    ``starts`` and ``bits`` are the sorted starts of the trigger words and their bits
    (:func:`geo._match._find`).
    """
    if not len(starts):
        return SportWords([], [], [])
    return SportWords(*(starts[(bits & bit) != 0].tolist() for bit in (STEM, CUE, CLUB)))


def within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``lo`` (inclusive) to ``hi``."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi
