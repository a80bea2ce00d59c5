"""What the mentions read once the names several places share are resolved.

Three readings need the resolved place: a bare region's name standing for the corridor
named after it ("Iğdır'ın Zengezur'un": :mod:`geo._ellipticals`), two plants' names joined
by a dash as their joint project's ("the Ordubad-Marazad project":
:mod:`geo._structurepairs`), and the Persian dam word before a dam's quoted name, which is
the dam's mention only once the word has told which of the name's places it is ('[سد
«قیزقلعه سی»]': :func:`geo._quotedlinks._quoted_dams`).
"""

from __future__ import annotations

from typing import Any

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
