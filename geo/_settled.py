"""What the mentions read once the names several places share are resolved.

Two readings need the resolved place: a bare region's name standing for the corridor
named after it ("Iğdır'ın Zengezur'un": :mod:`geo._ellipticals`), and the Persian dam word
before a dam's quoted name, which is the dam's mention only once the word has told which
of the name's places it is ('[سد «قیزقلعه سی»]': :func:`geo._quotedlinks._quoted_dams`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from geo._ellipticals import _elliptical_corridors
from geo._quotedlinks import _quoted_dams

__all__ = ["settle"]


def settle(
    text: str,
    spans: tuple[Any, ...],
    places: list[Any],
    links: list[Any],
    by_id: Mapping[str, Any],
) -> None:
    """Rewrite the mentions' spans, ``places`` and ``links`` (lists) in place (see above).

    ``spans`` are the starts and ends (lists), the starts as an array and the text's code
    points (arrays: the quoted names are found without a loop over every mention).
    """
    _elliptical_corridors(text, spans[:2], places, links, by_id)
    _quoted_dams(text, spans, places)
