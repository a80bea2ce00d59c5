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

    late = set(late)
    counts = collections.Counter(key[:at] for key in values if key not in late for at in (2, 3))

    def order(key: str) -> tuple[int, str, int, str, str]:
        return -counts[key[:2]], key[1:2], -counts[key[:3]], key[2:3], key

    automaton = ahocorasick.Automaton()
    automaton.add_word(_TWO_BLANKS, -1)
    for key in sorted(values, key=lambda key: (key in late, order(key))):
        automaton.add_word(key, values[key])
    automaton.make_automaton()
    return automaton
