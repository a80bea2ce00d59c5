"""What the mentions read once the names several places share are resolved.

Four readings need the resolved place: a bare region's name standing for the corridor
named after it ("Iğdır'ın Zengezur'un": :mod:`geo._ellipticals`), two plants' names joined
by a dash as their joint project's ("the Ordubad-Marazad project":
:mod:`geo._structurepairs`), and the Persian dam word before a dam's quoted name, which is
the dam's mention only once the word has told which of the name's places it is ('[سد
«قیزقلعه سی»]': :func:`geo._quotedlinks._quoted_dams`); and the Persian border words
before a crossing found by them ("مرز رازی", "پایانه مرزی سرو": the crossing's names that
are also common words, a surname and the cypress, are found only so), which stay
outside its mention as they do before every crossing's name ("مرز [نوردوز]", "گمرک
[نوردوز]": the gold's 14 of 14, :func:`_crossing_words`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from geo._ellipticals import _elliptical_corridors
from geo._quotedlinks import _quoted_dams
from geo._structurepairs import _structure_pairs
from geo.gazetteer import Gazetteer

__all__ = ["settle"]


def settle(
    text: str,
    spans: tuple[Any, ...],
    places: list[Any],
    links: list[Any],
    gaz: Gazetteer,
) -> None:
    """Rewrite the mentions' spans, ``places`` and ``links`` (lists) in place (see above).

    ``spans`` are the starts and ends (lists), the starts as an array and the text's code
    points (arrays: the quoted names are found without a loop over every mention).
    """
    _elliptical_corridors(text, spans[:2], places, links, gaz.by_id)
    _structure_pairs(text, spans, places, gaz)
    _quoted_dams(text, spans, places)
    _crossing_words(text, spans, places)


#: the Persian words before a border crossing's name, longest first, with their blank
_CROSSING_WORDS = ("پایانه مرزی ", "پایانه ", "مرز ", "گمرک ")
_FIRST_CODES = sorted({ord(w[0]) for w in _CROSSING_WORDS})


def _crossing_words(text: str, spans: tuple[Any, ...], places: list[Any]) -> None:
    """Move a crossing's mention past the Persian border word it starts with (in place).

    ``spans`` are the mentions' starts and ends (lists), the starts as an array and the
    text's code points; only the mentions starting with such a word's letter are read.
    """
    starts, _, at, codes = spans
    if not len(at):
        return
    first = codes[at]
    # (comparisons: np.isin costs ~100 µs a call, which a short text would pay)
    found = first == _FIRST_CODES[0]
    for code in _FIRST_CODES[1:]:
        found |= first == code
    for k in np.flatnonzero(found).tolist():
        place = places[k]
        if place is None or place.kind != "border crossing":
            continue
        start = starts[k]
        word = next((w for w in _CROSSING_WORDS if text.startswith(w, start)), None)
        if word is not None:
            starts[k] = start + len(word)
