"""The Persian ezafe before a direction: "اروپای مرکزی" is Central Europe, not Europe.

Persian names a part of a continent or a country with the ezafe and an adjective
after it: ``آسیای جنوبی`` (South Asia), ``آمریکای لاتین`` (Latin America),
``اروپای شرقی`` (Eastern Europe), ``اروپای مرکزی`` (Central Europe), ``آسیای صغیر``
(Asia Minor). Where the gazetteer has the whole name (``آسیای جنوبی``, ``آسیای مرکزی``,
the UN sub-regions in ``world.geojson``) the longer match has won already and the region is
found. For the rest the automaton finds only the continent's or the country's name before
the ezafe (``اروپا``), and, for ``میانه``, the town Mianeh after it; neither is the region
the text names, and :func:`_outside_ezafe_regions` drops them. It reads only the matches
the ezafe letter ends, so it costs nothing on other text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

#: the adjectives of direction (and "Latin", "Minor") that make another region of a name
_DIRECTIONS = frozenset(
    ["شمالی", "جنوبی", "شرقی", "غربی", "مرکزی", "میانه", "لاتین", "صغیر", "باختری", "خاوری"]
)
#: the kinds of place whose part such a name is
_WHOLE_KINDS = frozenset(["continent", "macro-region", "country"])
_YE = ord("ی")  # the ezafe after a final vowel
_NEXT_WORD = re.compile(r"[ \u00a0\u200c]+([^\W\d_]+)")


def _outside_ezafe_regions(
    text: str, codes: Any, starts: Any, stops: Any, indices: Any, places: Sequence[Any]
) -> Any:
    """Return which matches are not a continent or country before an ezafe and a direction.

    ``codes`` are the text's code points (:class:`geo._fold._Folded`), ``starts``,
    ``stops`` and ``indices`` the matches (arrays, in text order), ``places`` the
    automaton's entries (each with a ``kind``). A match of the direction word itself
    (the town ``میانه``) goes too.

    >>> from types import SimpleNamespace as P
    >>> places = [P(kind="macro-region"), P(kind="city")]
    >>> text = "از آسیای جنوبی و آسیای میانه به آسیا"
    >>> starts, stops = np.array([3, 17, 23, 32]), np.array([7, 21, 28, 36])
    >>> codes = np.array([ord(c) for c in text])
    >>> _outside_ezafe_regions(text, codes, starts, stops, np.array([0, 0, 1, 0]), places)
    array([False, False, False,  True])
    """
    keep = np.ones(len(starts), dtype=bool)
    if not len(stops):
        return keep
    last = len(codes) - 1
    ezafe = np.flatnonzero(codes[np.minimum(stops, last)] == _YE)  # (few: Persian text)
    for k in ezafe[stops[ezafe] <= last].tolist():
        place = places[indices[k]]  # (None: a link's name)
        if place is None or place.kind not in _WHOLE_KINDS:
            continue
        after = _NEXT_WORD.match(text, int(stops[k]) + 1)
        if after is None or after.group(1) not in _DIRECTIONS:
            continue
        keep[k] = False
        if k + 1 < len(starts) and starts[k + 1] == after.start(1):
            keep[k + 1] = False
    return keep
