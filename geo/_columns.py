"""Compact columns of the geoparser's entry table: the keys as one string, the ids shared.

Every process reads, by entry of the automaton, the entry's folded key and the ids of its
places from the cache (some 167,000 of each). As a list of strings the keys cost 13 MB, a
string object each; as one string and the ends of its parts (:class:`KeyColumn`) they cost
5 MB. The ids are tuples the inflected forms of one name repeat (7,600 different among
167,000): one tuple for all equal ones (:func:`shared_tuples`), the pickle then writes and
reads each once (9 MB to under 1).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import numpy as np


class KeyColumn(Sequence[str]):
    """A read-only sequence of strings kept as one string and the offsets of their ends.

    Examples
    --------
    >>> keys = KeyColumn(["baku", "", "naxcivan"])
    >>> len(keys), keys[0], keys[1], keys[-1]
    (3, 'baku', '', 'naxcivan')
    >>> list(keys)
    ['baku', '', 'naxcivan']
    """

    __slots__ = ("_ends", "_text")

    def __init__(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        self._text = "".join(keys)
        # (int32 while they fit: the keys of the name table hold some 2.5 million
        # characters, and the ends take half the bytes of int64)
        sizes = [len(key) for key in keys]
        wide = sum(sizes) > np.iinfo(np.int32).max
        self._ends = np.cumsum(sizes, dtype=np.int64 if wide else np.int32)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        end = int(self._ends[index])  # (IndexError past the end)
        return self._text[int(self._ends[index - 1]) if index else 0 : end]

    def __iter__(self) -> Iterator[str]:
        start = 0
        for end in self._ends.tolist():
            yield self._text[start:end]
            start = end

    def __getstate__(self) -> tuple[str, np.ndarray]:
        return self._text, self._ends

    def __setstate__(self, state: tuple[str, np.ndarray]) -> None:
        self._text, self._ends = state


def shared_tuples(tuples: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Return ``tuples`` with one object for all equal ones (the first met).

    >>> a, b = shared_tuples([("baku",), ("baku",)])
    >>> a is b
    True
    """
    first: dict[tuple[str, ...], tuple[str, ...]] = {}
    return [first.setdefault(t, t) for t in tuples]
