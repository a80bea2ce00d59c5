"""The Aho-Corasick automaton of the geoparser's name table: :func:`_automaton`.

The keys go in in an order that makes the automaton's walk over a text fast (which keys
are found where does not depend on it); see :mod:`geo._automaton` for the keys.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable
from typing import Any

#: A key that never matches (the fold makes NUL a blank): its path makes a blank the first
#: child of the blank every key starts with (see :func:`_automaton`).
_TWO_BLANKS = "  \x00"


def _automaton(values: dict[str, int], late: Iterable[str] = ()) -> Any:
    """Return the Aho-Corasick automaton of ``values`` (key to entry index).

    The automaton finds a node's child by a walk along its children in the order they were
    added, and every key starts with a blank: after each blank of the text, the next
    character is looked for among the hundreds of first letters of the keys. So the keys
    go in with the blank of a run of blanks first (:data:`_TWO_BLANKS`: "``, ``", ". ",
    indentation), then those of the first and second letters most keys start with
    (a frequent letter of names is a frequent letter of text). Which keys are found where
    does not depend on the order; the walk is two to three times faster. The keys of
    ``late`` (:mod:`geo._quiet`'s kind words) go in after the names'.
    """
    import ahocorasick

    # (the values are ints kept in the nodes: no Python int object for each of 170,000 keys,
    # ~5 MB of the parse's peak memory)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    automaton.add_word(_TWO_BLANKS, -1)
    for key in _in_order(values, set(late)):
        automaton.add_word(key, values[key])
    automaton.make_automaton()
    return automaton


def _in_order(keys: Iterable[str], late: set[str]) -> list[str]:
    """Return ``keys`` in the order :func:`_automaton` adds them (``late`` ones last).

    By the counts of their first two letters, the second letter, the counts of their
    first three, the third, then the key. All but the key are of its first three
    characters: the few thousand of those are ranked once, and the keys sorted by the
    rank of theirs (with no tuple made per key: seventy thousand of them cost 20 MB).
    """
    keys = sorted(keys)
    counts = collections.Counter(key[:at] for key in keys if key not in late for at in (2, 3))

    def order(head: str) -> tuple[int, str, int, str]:
        return -counts[head[:2]], head[1:2], -counts[head], head[2:3]

    heads = sorted({key[:3] for key in keys}, key=order)
    rank = {head: i for i, head in enumerate(heads)}
    after = len(heads)  # the late keys' ranks: after every other's
    keys.sort(key=lambda key: rank[key[:3]] + after if key in late else rank[key[:3]])
    return keys
