"""A reporter's name in capitals on a line of its own is no mention.

Turkish and Azerbaijani papers sign a report with the reporter's name in capitals on a
line of its own, the dateline under it ("HAKAN ARAS" over "IĞDIR"): a surname that spells
a place ("Aras", "Kars", "Van") is the reporter's, not the river's or the town's.
:func:`_outside_bylines` drops a match that is the last of two or three words in
capitals making up a whole line, when the words before it are no match (a line of two
place names, "BAKU TBILISI", stays). It reads only the matches a line break follows,
found on the code points for all matches at once.
"""

from __future__ import annotations

from typing import Any

import numpy as np

_NEWLINE = ord("\n")


def _outside_bylines(text: str, codes: Any, starts: Any, stops: Any) -> Any:
    """Return a mask of the matches that are not a surname in a line of capitals."""
    keep = np.ones(len(starts), dtype=bool)
    n = len(codes)
    if not len(starts) or not n:
        return keep
    # the matches a line break (or the text's end) follows
    ends = np.flatnonzero((stops >= n) | (codes[np.minimum(stops, n - 1)] == _NEWLINE))
    for i in ends.tolist():
        start = int(starts[i])
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start].split()
        name = text[start : int(stops[i])]
        if not 1 <= len(before) <= 2 or not name.isupper() or len(name) < 3:
            continue
        if not all(w.isalpha() and w.isupper() and len(w) > 2 for w in before):
            continue
        if i > 0 and stops[i - 1] > line_start:
            continue  # another name on the line: a list of places
        keep[i] = False
    return keep
