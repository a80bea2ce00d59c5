"""A corridor's name in quotes after its kind word: "کریدور «[ارس]»".

Persian writes a corridor's name in guillemets after the word ``کریدور``:
``کریدور «ارس»``, ``کریدور «زنگزور»``. The automaton finds it whole (the form
``کریدور «ارس`` of :func:`geo._persianforms.persian_forms`, so the bare ``ارس`` is not
taken for the river); the mention is the quoted name alone, as the gold marks a quoted
name after its kind word (``коридора «[Север–Юг]»``). :func:`_quoted_link_names` moves
those spans inside the quotes; only the matches that open with the word and a quote
after it are read.
"""

from __future__ import annotations

from typing import Any

import numpy as np

_OPEN, _CLOSE = "«", "»"
_KIND = "کریدور"  # the Persian corridor word the quoted name follows
_KAF, _OPEN_CODE = ord(_KIND[0]), ord(_OPEN)


def _quoted_link_names(text: str, codes: Any, starts: Any, stops: Any) -> tuple[Any, Any]:
    """Return ``starts`` and ``stops`` with the quoted names' spans inside their quotes.

    ``codes`` are the text's code points (:class:`geo._fold._Folded`): only the matches
    that open with the corridor word's first letter and have the quote after the word
    are read. The arrays are copied before a change.
    """
    n = len(codes)
    if not n or not len(starts):
        return starts, stops
    after = np.minimum(starts + len(_KIND) + 1, n - 1)
    quoted = (codes[starts] == _KAF) & (codes[after] == _OPEN_CODE)
    moved = None
    for k in np.flatnonzero(quoted).tolist():
        start, stop = int(starts[k]), int(stops[k])
        quote = start + len(_KIND) + 1
        if not text.startswith(_KIND, start):
            continue
        if moved is None:
            starts, stops = starts.copy(), stops.copy()
            moved = True
        starts[k] = quote + 1
        close = text.find(_CLOSE, quote, stop)
        if close >= 0:
            stops[k] = close
    return starts, stops
