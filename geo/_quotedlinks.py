"""A corridor's name in quotes after its kind word: "کریدور «[ارس]»".

Persian writes a corridor's name in guillemets after the word ``کریدور``:
``کریدور «ارس»``, ``کریدور «زنگزور»``. The automaton finds it whole (the form
``کریدور «ارس`` of :func:`geo._persianforms.persian_forms`, so the bare ``ارس`` is not
taken for the river); the mention is the quoted name alone, as the gold marks a quoted
name after its kind word (``коридора «[Север–Юг]»``). :func:`_quoted_link_names` moves
those links' spans inside the quotes; only the links' matches are read.
"""

from __future__ import annotations

from typing import Any

import numpy as np

_OPEN, _CLOSE = "«", "»"
_KIND = "کریدور"  # the Persian corridor word the quoted name follows


def _quoted_link_names(text: str, starts: Any, stops: Any, links: Any) -> tuple[Any, Any]:
    """Return ``starts`` and ``stops`` with the quoted links' spans inside their quotes.

    ``links`` holds each match's link id or None; the arrays are copied before a change.
    """
    moved = None
    for k in np.flatnonzero(np.not_equal(links, None)).tolist():
        start, stop = int(starts[k]), int(stops[k])
        quote = text.find(_OPEN, start, stop)
        if quote < 0 or not text.startswith(_KIND, start):
            continue  # (a Russian name's own quotes stay: "МТК «Север–Юг»")
        if moved is None:
            starts, stops = starts.copy(), stops.copy()
            moved = True
        starts[k] = quote + 1
        close = text.find(_CLOSE, quote, stop)
        if close >= 0:
            stops[k] = close
    return starts, stops
