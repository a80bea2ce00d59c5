"""Overlapping matches of the automaton: which stay (:func:`_settled`, read by geo._match).

Names overlap where a longer name holds a shorter one ("Naxçıvan Muxtar Respublikası"
and "Naxçıvan") or two names share letters; the longest stays, then the leftmost. The
groups of two and three are settled at once with numpy, larger ones one by one
(:func:`_settle`).
"""

from __future__ import annotations

from typing import Any

import numpy as np


def _settle(group: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Choose among overlapping matches: the longest first, then the leftmost.

    ``group`` holds ``(start, stop, order, entry)`` tuples; the chosen ones come back
    sorted.
    """
    chosen: list[tuple[int, int, int, int]] = []
    for c in sorted(sorted(group), key=lambda c: (c[0] - c[1], c[0])):
        if all(c[1] <= o[0] or o[1] <= c[0] for o in chosen):
            chosen.append(c)
    return sorted(chosen)


def _settled(starts: Any, stops: Any, index: Any) -> Any:
    """Return which matches stay once overlapping ones are settled (a boolean mask).

    Matches come in the order they end, and their stops never decrease, so a
    match overlaps an earlier one exactly when it starts before the stop just
    before it. Overlapping matches form a group, a run of matches: ``k - 1``
    and ``k`` are in one when a match from ``k`` on starts before ``stops[k -
    1]``. In a group of two the longer match stays (then the leftmost, then
    the first); larger groups go through :func:`_settle`.
    """
    keep = np.ones(len(starts), dtype=bool)
    if len(starts) < 2:
        return keep
    later = np.minimum.accumulate(starts[::-1])[::-1]  # the smallest start from k on
    joined = later[1:] < stops[:-1]  # joined[k - 1]: k - 1 and k are in one group
    # where the groups start and end (np.diff with prepend and append costs more)
    bounded = np.zeros(len(joined) + 2, dtype=bool)
    bounded[1:-1] = joined
    edges = np.flatnonzero(bounded[1:] != bounded[:-1])
    first, last = edges[0::2], edges[1::2]  # groups: matches first..last
    pairs = last - first == 1
    a, b = first[pairs], last[pairs]
    size_a, size_b = stops[a] - starts[a], stops[b] - starts[b]
    first_wins = (size_a > size_b) | ((size_a == size_b) & (starts[a] <= starts[b]))
    keep[a] = first_wins
    keep[b] = ~first_wins
    triples = last - first == 2  # (names of three words: "Naxçıvan Muxtar Respublikası")
    if np.count_nonzero(triples) >= _FEW_TRIPLES:
        at = first[triples, None] + np.arange(3)
        keep[at] = _settled_triples(starts, stops, first[triples])
    else:  # a few: one by one (_settled_triples costs ~15 array operations)
        triples[:] = False
    larger = ~pairs & ~triples
    for lo, hi in zip(first[larger].tolist(), last[larger].tolist(), strict=True):
        group = list(
            zip(
                starts[lo : hi + 1].tolist(),
                stops[lo : hi + 1].tolist(),
                range(lo, hi + 1),
                index[lo : hi + 1].tolist(),
                strict=True,
            )
        )
        keep[lo : hi + 1] = False
        keep[[c[2] for c in _settle(group)]] = True
    return keep


_FEW_TRIPLES = 16  # fewer groups of three are settled one by one


def _settled_triples(starts: Any, stops: Any, first: Any) -> Any:
    """Settle the groups of three overlapping matches at ``first`` to ``first + 2`` (as _settle).

    Returns a boolean array, a row of three per group. The matches are ranked longest
    first, then leftmost, then in the order found (as :func:`_settle` sorts them: two
    matches of one start and length have one stop); the best stays, the second when it
    does not overlap the best, the third when it overlaps neither that stayed.
    """
    at = first[:, None] + np.arange(3)
    lo, hi = starts[at], stops[at]
    rank = np.argsort(lo, axis=1, kind="stable")  # ties keep the order found
    longest = np.argsort(np.take_along_axis(lo - hi, rank, axis=1), axis=1, kind="stable")
    rank = np.take_along_axis(rank, longest, axis=1)
    s1, s2, s3 = np.take_along_axis(lo, rank, axis=1).T  # starts and stops by rank
    e1, e2, e3 = np.take_along_axis(hi, rank, axis=1).T
    second = (e1 <= s2) | (e2 <= s1)
    third = ((e1 <= s3) | (e3 <= s1)) & (~second | (e2 <= s3) | (e3 <= s2))
    keep = np.zeros(lo.shape, dtype=bool)
    rows = np.arange(len(first))
    keep[rows, rank[:, 0]] = True
    keep[rows, rank[:, 1]] = second
    keep[rows, rank[:, 2]] = third
    return keep
