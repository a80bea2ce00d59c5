"""The automaton of the geoparser's name table (geo._trie): its key order and its pickle.

pyahocorasick 2.3.1 leaks a reference to every buffer it pickles (its issue #219): the
cache is written once per data change, so the leak is left to upstream."""

import collections
import pickle
import random

import pytest

from geo._trie import _automaton, _in_order

KEYS = [" baku", " bakı", " barda", " tehran", " tabriz", " ta", " b", " astara", " аракс"]


def _by_tuples(keys, late):
    """The order as first written: a tuple per key (geo._trie before it ranked prefixes)."""
    counts = collections.Counter(k[:at] for k in keys if k not in late for at in (2, 3))

    def order(key):
        return -counts[key[:2]], key[1:2], -counts[key[:3]], key[2:3], key

    return sorted(keys, key=lambda key: (key in late, order(key)))


@pytest.mark.parametrize("late", [set(), {" ta", " b"}, {" аракс"}])
def test_the_keys_go_in_by_their_prefixes_counts_then_the_late_ones(late):
    keys = KEYS.copy()
    random.Random(7).shuffle(keys)
    assert _in_order(keys, late) == _by_tuples(keys, late)
    # four keys start " b" (the most), three " ba"; then by the key itself
    assert _in_order(keys, {" ta"})[:4] == [" b", " baku", " bakı", " barda"]
    assert _in_order(keys, {" ta"})[-1] == " ta"


def test_the_automaton_pickles_whole():
    automaton = _automaton({key: i for i, key in enumerate(KEYS)} | _many(2_000))
    assert dict(pickle.loads(pickle.dumps(automaton)).items()) == dict(automaton.items())


def _many(n):
    return {f" name{i:05d} {i % 7}": 100 + i for i in range(n)}
