"""Where a list's or a route's join sets a capitalised word beside a mention, with numpy.

"Актау и Курик", "Khudaferin and Gas Galasi", "from Agbenda to Kalale",
"Шахтахты-Полдашт", "the Jabrayl region": :func:`capitalised_beside` finds the
capitalised words (and pairs of them) that a join (``JOINS``: a comma, a dash, "and",
"и", "ve", "to", ...) sets after a mention's end (past its case ending) or before its
start, or that stand just before a kind word, outside every mention, for
:mod:`geo._spellings` to read. A text of a megabyte names some twenty thousand
places: the joins are looked up for all of them at once, by their first two characters
and then by a hash of each width's characters, so that only the few words found are read
one by one in Python.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from geo._nameruns import _run_tables

__all__ = ["JOINS", "capitalised_beside"]

#: What joins two names of a list or a route, in the languages with letter case
JOINS = (
    ", ", " and ", " & ", " or ", " to ", "-", "–", "—", " – ", " — ", " - ", "/",
    " и ", " или ", " до ", " ve ", " veya ", " ile ", " və ", " ilə ", " və ya ",
    " und ", " oder ", " nach ", " bis ", " և ", " ու ", " կամ ",
)  # fmt: skip


@functools.cache
def _tables() -> tuple[Any, Any, Any]:
    """Return :func:`geo._nameruns._run_tables` (read from the cache once a process)."""
    return _run_tables()


def _covered(ends: Any, starts: Any, stops: Any) -> Any:
    """Return whether the character before each of ``ends`` is inside a mention.

    ``starts`` and ``stops`` are the mentions' (ascending: mentions do not overlap).
    """
    at = np.searchsorted(starts, ends) - 1  # the last mention to start before the end
    return (at >= 0) & (stops[np.maximum(at, 0)] >= ends)


def _joined(codes: Any, ends: Any, joins: tuple[str, ...], step: int) -> list[tuple[Any, int]]:
    """Return, for each width of ``joins``, the ``ends`` a join of it stands at.

    ``step`` 1 reads each join forwards from each end (a mention's end), -1 backwards
    from it (a mention's start). The first two characters of every end are looked up
    among the joins' (most ends have none: "Iran has"); at the others the characters a
    join may span are read at once, and each width's hash looked up among the joins'.
    """
    n = len(codes)
    singles, pairs, hashes = _join_codes(joins, step)
    first = codes[np.clip(ends if step > 0 else ends - 1, 0, n - 1)].astype(np.int64)
    second = codes[np.clip(ends + step if step > 0 else ends - 2, 0, n - 1)]
    at = np.flatnonzero(_sorted_in(first << 21 | second, pairs) | _sorted_in(first, singles))
    ends = ends[at]
    if len(hashes) == 1 and hashes[0][0] == 1:  # joins of one character: found already
        return [(ends, 1)]
    offsets = _COLUMNS if step > 0 else -1 - _COLUMNS
    rows = codes[np.clip(ends[:, None] + offsets, 0, n - 1)]
    sums = np.cumsum(rows.astype(np.int64) * _POWERS[: len(_COLUMNS)], axis=1)  # (wraps)
    return [(ends[_sorted_in(sums[:, width - 1], known)], width) for width, known in hashes]


@functools.cache
def _join_codes(joins: tuple[str, ...], step: int) -> tuple[Any, Any, list[tuple[int, Any]]]:
    """Return what :func:`_joined` looks ``joins`` up by (each ascending).

    Their one-character joins, the codes of their first two characters, and their
    hashes by width.
    """
    signs = [join if step > 0 else join[::-1] for join in joins]
    singles = sorted({ord(sign) for sign in signs if len(sign) == 1})
    pairs = sorted({ord(sign[0]) << 21 | ord(sign[1]) for sign in signs if len(sign) > 1})
    by_width: dict[int, set[int]] = {}
    for sign in signs:
        weights = np.array([ord(c) for c in sign], dtype=np.int64) * _POWERS[: len(sign)]
        by_width.setdefault(len(sign), set()).add(int(weights.sum()))
    hashes = [(width, np.array(sorted(found))) for width, found in sorted(by_width.items())]
    return np.array(singles, dtype=np.int64), np.array(pairs, dtype=np.int64), hashes


def _sorted_in(values: Any, sorted_values: Any) -> Any:
    """Return whether each of ``values`` is in ``sorted_values`` (an ascending array)."""
    if not len(sorted_values):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_values, values), len(sorted_values) - 1)
    return sorted_values[at] == values


def _after(codes: Any, stops: Any, letter: Any, upper: Any) -> Any:
    """Return where a capitalised word a join sets after a mention's end starts.

    The join follows the mention's word: its case ending ("Астару и", of "Астар") too.
    """
    n, last = len(codes), len(upper) - 1
    ends = stops.copy()
    going = np.flatnonzero(ends < n)
    for _ in range(_ENDING):  # the letters of a case ending, a letter at a time
        going = going[letter[np.minimum(codes[ends[going]], last)]]
        if not len(going):
            break
        ends[going] += 1
        going = going[ends[going] < n]
    heads = [at + width for at, width in _joined(codes, ends, JOINS, 1)]
    heads = np.concatenate(heads)
    heads = heads[heads < n]
    return heads[upper[np.minimum(codes[heads], last)]]


def _before(codes: Any, starts: Any, letter: Any, joins: tuple[str, ...]) -> Any:
    """Return where the word a join (of ``joins``) sets before each of ``starts`` ends."""
    last = len(letter) - 1
    tails = np.concatenate([ends - width for ends, width in _joined(codes, starts, joins, -1)])
    tails = tails[tails > 0]
    return tails[letter[np.minimum(codes[tails - 1], last)]]


_WIDTHS = sorted({len(join) for join in JOINS})
_COLUMNS = np.arange(max(_WIDTHS))
#: the nearest two mentions may be to have a respelled name and its join between them
_ROOM = max(_WIDTHS)
_ENDING = 4  # the longest case ending after a mention read (letters)
_SHORT = 12  # a word's letters read at once
_SHORT_COLUMNS = np.arange(_SHORT)
_SPAN = 32  # the longest word, or pair of words, read (code points)
_SPAN_COLUMNS = np.arange(_SPAN)
#: the weights of a hash of up to ``_SPAN`` code points (a join's or a word's)
_POWERS = np.array([1_000_003**i % (1 << 61) for i in range(_SPAN)], dtype=np.int64)
_NOT_BEFORE = np.array([ord(c) for c in "-'’"])  # a word after them is a name's part
_PAIRED = np.array([ord(" "), ord("-")])


def _rows(codes: Any, firsts: Any) -> Any:
    """Return the ``_SPAN`` code points from each of ``firsts`` (the last one repeated)."""
    return codes[np.minimum(firsts[:, None] + _SPAN_COLUMNS, len(codes) - 1)]


def _word_hashes(rows: Any, widths: Any) -> Any:
    """Return a hash of the first ``widths[i]`` code points of each row of ``rows``."""
    weighted = rows.astype(np.int64) * _POWERS  # (wraps over: the hash is as good)
    return np.where(widths[:, None] > _SPAN_COLUMNS, weighted, 0).sum(axis=1)


def _spans(codes: Any, heads: Any, tails: Any, letter: Any, upper: Any) -> tuple[Any, Any, Any]:
    """Return the capitalised words at ``heads`` and up to ``tails``: starts, ends, pairs.

    A word at a head may start a pair: a capitalised word after it joined by a blank or
    a hyphen (its end in ``pairs``; -1 for none). A word before a tail is one word, not
    one after a hyphen or an apostrophe (a name's part: "Шахтахты-Полдашт" is read from
    Шахтахты). Words longer than ``_SPAN`` are left out.
    """
    n, last = len(codes), len(letter) - 1
    # back from each tail to its word's start: the letters of the ``_SHORT`` characters
    # before it read at once (most words are short), a letter at a time past them
    back = np.maximum(tails[:, None] - 1 - _SHORT_COLUMNS, 0)
    inside = letter[np.minimum(codes[back], last)] & (tails[:, None] - 1 - _SHORT_COLUMNS >= 0)
    starts = tails - np.where(inside.all(axis=1), _SHORT, inside.argmin(axis=1))
    going = np.flatnonzero(inside.all(axis=1) & (starts > 0))
    for _ in range(_SPAN - _SHORT):
        going = going[letter[np.minimum(codes[starts[going] - 1], last)]]
        if not len(going):
            break
        starts[going] -= 1
        going = going[starts[going] > 0]
    run = tails - starts
    ok = (run >= 2) & (run < _SPAN)
    ok &= upper[np.minimum(codes[np.minimum(starts, n - 1)], last)]
    ok &= ~((starts > 0) & np.isin(codes[np.maximum(starts - 1, 0)], _NOT_BEFORE))
    tail_spans = (starts[ok], tails[ok], np.full(int(ok.sum()), -1))
    # on from each head: its word, and a capitalised one after a blank or a hyphen
    rows = _rows(codes, heads)
    within = heads[:, None] + _SPAN_COLUMNS < n
    inside = letter[np.minimum(rows, last)] & within
    end = np.where(inside.all(axis=1), _SPAN, inside.argmin(axis=1))
    keep = (end >= 2) & (end < _SPAN)
    heads, rows, inside, within, end = (
        heads[keep],
        rows[keep],
        inside[keep],
        within[keep],
        end[keep],
    )
    at = np.arange(len(heads))
    second = np.minimum(end + 1, _SPAN - 1)
    paired = np.isin(rows[at, np.minimum(end, _SPAN - 1)], _PAIRED) & (end + 1 < _SPAN)
    paired &= upper[np.minimum(rows[at, second], last)] & within[at, second]
    after = (~inside) & (second[:, None] < _SPAN_COLUMNS)
    second_end = np.where(after.any(axis=1), after.argmax(axis=1), _SPAN)
    paired &= (second_end - second >= 2) & (second_end < _SPAN)
    pairs = np.where(paired, heads + second_end, -1)
    return (
        np.concatenate([heads, tail_spans[0]]),
        np.concatenate([heads + end, tail_spans[1]]),
        np.concatenate([pairs, tail_spans[2]]),
    )


_NONE = (np.zeros(0, dtype=np.int64),) * 4


def capitalised_beside(
    codes: Any, starts: Any, stops: Any, local: Any, kinds: Any
) -> tuple[Any, ...]:
    """Return the capitalised words beside the mentions: starts, ends, pairs and keys.

    ``codes`` are the text's code points, ``starts`` and ``stops`` the mentions' (in
    text order), ``local`` which mentions a word is looked for beside (not a country's:
    :mod:`geo._spellings`), ``kinds`` where the kind words start. A word's pair is where
    a capitalised word after it joined by a blank or a hyphen ends (-1: none); its key a
    hash of its characters (and its pair's), the same for the same spelling.
    """
    if not len(starts) or not len(codes):
        return _NONE
    _, letter, upper = _tables()
    # the mentions with room for a word and its join before the next one, or after the
    # one before ("Iran and Turkey" has none: most mentions in a list are not read)
    gaps = starts[1:] - stops[:-1]
    roomy = np.r_[gaps > _ROOM, True] & local
    heads = _after(codes, stops[roomy], letter, upper)
    heads = heads[~_covered(heads + 1, starts, stops)]  # "Iran and Azerbaijan"
    roomy = np.r_[True, gaps > _ROOM] & local
    tails = np.concatenate(
        [_before(codes, starts[roomy], letter, JOINS), _before(codes, kinds, letter, (" ",))]
    )
    tails = tails[~_covered(tails, starts, stops)]  # "the Araz river", "Araz River"
    firsts, ends, pairs = _spans(codes, heads, tails, letter, upper)
    # outside every mention ("Iran and Azerbaijan"; "Астару" of the mention "Астар")
    last = np.maximum(ends, pairs)
    before = np.searchsorted(starts, last) - 1  # the last mention to start before
    free = (before < 0) | (stops[np.maximum(before, 0)] <= firsts)
    firsts, ends, pairs, last = firsts[free], ends[free], pairs[free], last[free]
    keys = _word_hashes(_rows(codes, firsts), last - firsts)
    return firsts, ends, pairs, keys
