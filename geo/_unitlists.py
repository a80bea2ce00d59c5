"""Long lists of names that units share with their towns: the units.

"demining operations conducted in Tartar, Aghdara, Kalbajar, Aghdam, Khojaly, Khankendi,
Khojavand, Lachin, Shusha, Fuzuli, Gubadly, Jabrayil, and Zangilan" (held-out set 129,
both markings): a list of six or more names, most of them names a district or province
shares with its town, with no kind word after or before it, lists the units. Counted over
the gold (data/gold and blind sets 108-133): of the lists of six or more names, every one
whose names are mostly such names reads them as the units; those with a kind word say so
themselves ("... Lənkəran, Astara rayonlarında", "... Ağdam şəhərləri", which the kind
word rule reads first), and a list of towns mixed with cities that are no unit ("Bakı,
Gəncə, Zaqatala, Sumqayıt, Ağstafa və Neftçaladan", blind set 110: three of six) stays
the towns. A city and its city unit count as no unit: "Bakı", "Gəncə", "Sumqayıt".
"""

from __future__ import annotations

from typing import Any

import numpy as np

from geo._neighbours import _JOINED, _LISTED

#: the fewest names of a list read as units
_LONGEST_TOWNS = 6
#: the share of them, at least, a unit and its town must share
_SHARE = 0.75


def _unit_lists(
    text: str,
    bounds: tuple[Any, Any],
    shared: list[int],
    units: list[int],
) -> set[int]:
    """Return the positions in ``shared`` of the names of a long list of units.

    ``bounds`` are the starts and stops of every match (arrays, in text order),
    ``shared`` the matches (indices) several places share, in order, and ``units``
    for each of those 2 for a name a district and its town (no city) share
    (:attr:`geo._plans._Plan.listed_unit`), 1 for another unit and its town (a city and
    its city unit, listed with the districts, is the unit too), else 0.
    """
    starts, stops = bounds
    if len(starts) < _LONGEST_TOWNS:
        return set()
    close = (starts[1:] - stops[:-1]) <= _JOINED
    if close.sum() < _LONGEST_TOWNS - 1:
        return set()
    # the runs of matches each a few characters from the next
    edges = np.flatnonzero(np.diff(np.r_[0, close.astype(np.int8), 0]))
    found: set[int] = set()
    by_match = None
    for first, last in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        if last - first + 1 < _LONGEST_TOWNS:  # (matches first..last, gaps first..last-1)
            continue
        if by_match is None:
            by_match = {k: n for n, k in enumerate(shared)}
        run = [first]
        for j in range(first, last + 1):
            listed = j < last and _LISTED.fullmatch(text[stops[j] : starts[j + 1]])
            if listed:
                run.append(j + 1)
                continue
            listed = [units[by_match[k]] if k in by_match else 0 for k in run]
            if len(run) >= _LONGEST_TOWNS and listed.count(2) >= _SHARE * len(run):
                found.update(by_match[k] for k, unit in zip(run, listed, strict=True) if unit)
            run = [j + 1]
    return found
