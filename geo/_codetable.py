"""Tables of code points, for the rules that read the letters right beside a name.

A rule asks, for every match of a text, whether the code point before or after it is one
of a few (a blank, a quote, a compass word's last letter): a boolean table indexed by code
point answers for all matches in one step (:func:`_among`), where ``np.isin`` costs ~100 µs
a call. Split from :mod:`geo._wordrules`, which had passed 500 lines.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def _code_table(codes: Any) -> Any:
    """Return a table of ``codes`` (code points) for :func:`_among`: True at each, one False after."""
    table = np.zeros(int(np.max(codes)) + 2, dtype=bool)
    table[np.asarray(codes)] = True
    return table


def _among(codes: Any, table: Any) -> Any:
    """Return which of ``codes`` the table of :func:`_code_table` holds (as ``np.isin``).

    (A look-up each: ``np.isin`` costs ~100 µs a call over a text's matches, which these
    rules make several of.)
    """
    return table[np.minimum(codes, len(table) - 1)]
