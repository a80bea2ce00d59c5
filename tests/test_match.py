"""The matcher's bulk rules agree with their plain one-by-one forms (geo._match, _endings, _fold)."""

import random

import numpy as np
import pytest

from geo._endings import _ending_hashes, _hash_words
from geo._fold import _SENTINEL, _TOKEN_WORDS, _fold_codes, _plain, _translate, _words
from geo._overlaps import _settle, _settled
from geo._sentences import _SENTENCE_END, _sentence_array, _sentence_bounds
from geo.geoparse import geoparse


def _settled_one_by_one(starts: list[int], stops: list[int]) -> list[bool]:
    """Settle every group of overlapping matches with _settle (the rule as first written)."""
    keep = [True] * len(starts)
    k = 0
    while k < len(starts):
        group, reach = [k], stops[k]
        while group[-1] + 1 < len(starts) and min(starts[group[-1] + 1 :]) < reach:
            group.append(group[-1] + 1)
            reach = stops[group[-1]]
        if len(group) > 1:
            chosen = _settle([(starts[j], stops[j], j, j) for j in group])
            for j in group:
                keep[j] = any(c[2] == j for c in chosen)
        k = group[-1] + 1
    return keep


@pytest.mark.parametrize("seed", range(4))
def test_overlapping_matches_settle_as_one_by_one(seed):
    rng = random.Random(seed)
    for blocks in [1] * 300 + [120] * 20:  # one group or a few, and many (settled in bulk)
        spans = []
        for block in range(blocks):
            for _ in range(rng.randint(1, 8)):
                start = 30 * block + rng.randint(0, 15)
                spans.append((start, start + rng.randint(1, 7)))
        spans.sort(key=lambda s: s[1])  # the automaton reports matches in the order they end
        starts = np.array([s for s, _ in spans])
        stops = np.array([e for _, e in spans])
        got = _settled(starts, stops, np.arange(len(spans))).tolist()
        assert got == _settled_one_by_one(starts.tolist(), stops.tolist()), spans


def test_every_case_ending_hashes_as_one():
    endings = ["da", "nin", "ом", "ի", "ی", "es", "ndaki"]
    codes = np.array([ord(c) for e in endings for c in e])
    sizes = np.array([len(e) for e in endings])
    hashes = _hash_words(codes, np.cumsum(sizes) - sizes, sizes)
    assert np.isin(hashes, _ending_hashes()).all()
    other = np.array([ord(c) for c in "ns"])  # English plural of "Iranians": no ending
    assert not np.isin(_hash_words(other, np.array([0]), np.array([2])), _ending_hashes()).any()


def test_words_fold_token_by_token_as_the_whole_text():
    rng = random.Random(7)
    pool = [
        *"abcXYZ əıİğşçöüÄßµÿ\u00ad\u200c\u0301\x00\n\t\u00a0–-.,'’«»",
        "Bakı",
        "Москва",
        "ایران",
    ]
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.choice([5, 30, 120])))
        if rng.random() < 0.3:
            _TOKEN_WORDS.clear()
        assert _words(text) == _translate(text).replace(_SENTINEL, "").split(), repr(text)


def test_a_name_with_no_blank_before_it_in_a_long_text():
    # the kind word before a name is looked for in the 40 characters before it: with no
    # other blank there (a long run of letters), there is none, and the name resolves
    text = "x" * 50_000 + " " + "y" * 60 + " Julfa, Iran. Trains reach Julfa, Iran."
    found = [(m.text, m.target, m.start) for m in geoparse(text)]
    assert found == [("Julfa", "jolfa-ir", 50_062), ("Iran", "ir", 50_069)] + [
        ("Julfa", "jolfa-ir", 50_088),
        ("Iran", "ir", 50_095),
    ]


# the characters the sentence rule reads, a few others, and a character beyond 16 bits
_SENTENCE_CHARS = list(".!?؟։。\n\"'”’»)] \t\r\x0b\x0c\x1c\u00a0\u2028\u3000ab") + ["😀", "ß"]


@pytest.mark.parametrize("seed", range(3))
def test_sentence_bounds_with_numpy_are_the_regex_ends(seed):
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(_SENTENCE_CHARS) for _ in range(rng.randrange(1, 40)))
        if rng.random() < 0.05:  # runs longer than the steps numpy takes
            text += " " * 30 + "\n" * 20 + ")" * 12 + "." + "»" * 12 + "\t" * 15 + "x"
        regex = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
        assert _sentence_array(text, _fold_codes(text)[0]).tolist() == regex, repr(text)
        assert _sentence_bounds(text) == regex


def test_plain_folds_a_known_token_as_its_words():
    _words("Zəngilan rayonu Naxçıvan'a")  # the tokens are now in the table
    for token in ("Zəngilan", "rayonu", "Naxçıvan'a"):
        assert token in _TOKEN_WORDS
        assert _plain(token) == " ".join(_translate(token).replace(_SENTINEL, "").split())


def test_word_heads_mark_the_keys_whose_last_word_an_ordinary_word_goes_on_from():
    from geo._endings import word_heads

    keys = {" masal": 0, " ab masala": 1, " tabriz": 2, "  \x00": -1}
    # "masala" goes on from "masal" (Məsələ, a question: no Masal and a case ending);
    # no word goes on from "masala" or "tabriz"; index 3 is no key's (never a hit)
    assert word_heads(keys, 4, frozenset({"masala"})).tolist() == [True, False, False, True]
    assert word_heads(keys, 4, frozenset()).tolist() == [False, False, False, True]


def test_the_ordinary_word_rule_holds_with_the_heads():
    from geo.geoparse import geoparse

    assert geoparse("Məsələ müzakirə olunub.") == []  # the word, not Masal + ə
    assert [m.text for m in geoparse("Naxçıvanda yol tikilir.")] == ["Naxçıvan"]  # an ending
