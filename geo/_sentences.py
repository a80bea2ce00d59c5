"""Where the sentences of a text end: :func:`_sentence_bounds`.

A sentence ends after ``.``, ``!``, ``?`` (and the Persian, Armenian and CJK
ones), past any closing quotes or brackets, at the blanks after them; or after a
line break, past the blanks after it. That is ``_SENTENCE_END``; a regex scan
of the whole text costs ~4 ms a megabyte, so :func:`_sentence_bounds` finds the
same ends with numpy over the code points the fold has already made
(:class:`geo._fold._Folded`), a few array operations per text.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np

_SENTENCE_END = re.compile(r"[\n.!?؟։。](?:(?<=\n)\s*|(?<!\n)[\"'”’»)\]]*[ \t]+)")
_END = re.Match.end
# the classes of characters _SENTENCE_END reads, as bits of a table over code points
_PUNCT, _NEWLINE, _CLOSER, _SPACE_TAB, _BLANK = 1, 2, 4, 8, 16
#: where these bits stand in the fold's classes of characters (geo._fold._char_classes)
SENTENCE_SHIFT = 2
_RUN_STEPS = 8  # a run longer than this (blanks, closing quotes) is read by a regex
_BLANKS = re.compile(r"\s*")
_SPACES_TABS = re.compile(r"[ \t]*")
_CLOSERS = re.compile(r"[\"'”’»)\]]*")


@functools.cache
def _classes() -> Any:
    r"""Return the character classes of ``_SENTENCE_END`` by code point (BMP, then a 0).

    ``\s`` of a ``str`` regex is ``str.isspace``; no class has a character past
    the BMP, so every code point past it reads the last entry, 0.
    """
    table = np.zeros(0x10001, dtype=np.uint8)
    table[[c for c in range(0x10000) if chr(c).isspace()]] |= _BLANK
    for chars, bit in ((".!?؟։。", _PUNCT), ("\n", _NEWLINE), ("\"'”’»)]", _CLOSER)):
        table[[ord(c) for c in chars]] |= bit
    table[[ord(" "), ord("\t")]] |= _SPACE_TAB
    return table


def _skip(classes: Any, at: Any, bit: int, text: str, regex: re.Pattern[str]) -> Any:
    """Return ``at`` moved past the runs of characters of class ``bit`` (in place).

    A step moves every position still in a run by one; the few runs longer than
    ``_RUN_STEPS`` are finished by ``regex`` (which matches such a run).
    """
    size = len(classes)
    active = np.arange(len(at))
    for _ in range(_RUN_STEPS):
        pos = at[active]
        inside = pos < size
        inside[inside] = (classes[pos[inside]] & bit) != 0
        active = active[inside]
        if not len(active):
            return at
        at[active] += 1
    for k in active.tolist():
        at[k] = regex.match(text, int(at[k])).end()  # type: ignore[union-attr]
    return at


def _sentence_bounds(text: str, codes: Any = None) -> list[int]:
    """Return the starts of the sentences of ``text``, then its length.

    The ends of ``_SENTENCE_END``'s matches, found with numpy over ``codes`` (the
    code points of ``text``: :func:`_sentence_array`); without them, by the regex.
    """
    if codes is None or not len(codes):
        return [0, *map(_END, _SENTENCE_END.finditer(text)), len(text)]
    return _sentence_array(text, codes).tolist()


def _sentence_array(text: str, codes: Any, folded_classes: Any = None) -> Any:
    """Return :func:`_sentence_bounds` as an array, found with numpy over ``codes``.

    A line break's match takes the whole run of blanks after it, so of the line
    breaks of one run only the first matches, and they all end where the run does;
    the matches of the marks cannot hold another mark or line break, so none hides
    another. (``codes``: the code points of ``text``, at least one; ``folded_classes``,
    if given, the classes the fold looked up for them, :func:`geo._fold._char_classes`,
    which hold these above ``SENTENCE_SHIFT``: read rather than looked up again.)
    """
    if folded_classes is None:
        classes = _classes().take(codes, mode="clip")
    else:
        classes = folded_classes >> np.uint8(SENTENCE_SHIFT)
    # the marks and the line breaks, in one pass (no other character has either bit; a
    # comparison first: np.flatnonzero of a non-boolean array is ten times slower)
    found = np.flatnonzero((classes & (_PUNCT | _NEWLINE)) != 0)
    marks = found[classes[found] == _PUNCT]
    # a mark, its closing quotes and brackets, then blanks or tabs: the end of those
    after = _skip(classes, marks + 1, _CLOSER, text, _CLOSERS)
    inside = after < len(classes)
    inside[inside] = (classes[after[inside]] & _SPACE_TAB) != 0
    after = _skip(classes, after[inside], _SPACE_TAB, text, _SPACES_TABS)
    # a line break and every blank after it, for the run's first line break
    newlines = found[classes[found] == _NEWLINE | _BLANK]
    breaks = _skip(classes, newlines + 1, _BLANK, text, _BLANKS)
    if len(breaks) > 1:  # (in order: one per run)
        breaks = breaks[np.r_[True, breaks[1:] != breaks[:-1]]]
    ends = np.concatenate([[0], after, breaks, [len(text)]])
    ends.sort()
    return ends
