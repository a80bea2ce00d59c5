"""Names with no kind word around them: the kind rules need not read their words.

:func:`geo._kindhint._kind_hints` reads the words after and before each name several
places share (a few microseconds a name, most of a dense text's parse), and for most
names finds no kind word there. The kind words (:func:`geo._kindwords._kind_forms`)
are also keys of the name automaton (:func:`kind_triggers`), so the matcher finds
where they start in the text in the same pass as the names (:func:`geo._match._find`,
"triggers"); a name with no trigger in the span its rules read (:func:`_quiet_names`)
takes the hint its words would give, none, without reading them. The output is the
same: the span covers every word those rules read, a trigger is any word that starts
with a kind form (a prefix, so that a word the rules cut at the span's end counts), and
where the fold and the rules' words may part (a dropped or spliced character, a
character folded two ways, a letter after a digit, a word cut at the span's start)
the name is read as before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import numpy as np

from geo._neighbours import _JOINED

#: how far the rules read: 40 characters before a name (and before the first name of a
#: list it ends), 80 after it (and after the last name of a list it begins, but no more
#: than 160 after the name itself: fourteen rivers before "çayları", blind set 44), within
#: its sentence (geo._kindhint, geo._kindlists)
_BEFORE, _AFTER, _LIST_REACH = 40, 80, 160
_LIST_GAP_MAX = _JOINED  # (as geo._kindlists reads it: the gap between two names of a list)


@functools.cache
def kind_triggers() -> dict[str, int]:
    """Return the trigger keys (folded, no leading blank) and the kinds each may start.

    The words that start a kind form: every single-word form, the first word of a form
    of several words ("استان" of "استان های") or, when no form begins that word, its
    second ("su anbari": "anbari"), "مردم" (the people of a constituency,
    :func:`geo._kindcues._constituency`: a district) and "نماینده" (an MP's, before
    "در مجلس"). Of those, only the shortest are
    keys (the automaton finds a key at a longer word's start too), each with the kinds
    (:func:`_kind_bit`) of every form it begins. (Kept in the cache on disk,
    :mod:`geo._cache`: made from ten thousand forms, it costs a process ~30 ms.)
    """
    from geo._cache import cache_key, load_or_build

    return load_or_build("triggers", cache_key([]), _build_triggers)


def _build_triggers() -> dict[str, int]:
    """Build the trigger keys of :func:`kind_triggers`."""
    from geo._kindwords import _kind_forms

    forms = _kind_forms()
    starters: dict[str, int] = {"مردم": _kind_bit("district"), "نماینده": _kind_bit("district")}
    single = {form for form in forms if " " not in form}
    for form, kind in forms.items():
        first, *rest = form.split(" ")
        if rest and not any(first[:n] in single for n in range(1, len(first) + 1)):
            first = rest[0]
        starters[first] = starters.get(first, 0) | _kind_bit(kind)
    keys = {w: 0 for w in starters if not any(w[:n] in starters for n in range(1, len(w)))}
    for word, bits in starters.items():
        key = next(word[:n] for n in range(1, len(word) + 1) if word[:n] in keys)
        keys[key] |= bits
    return keys


@functools.cache
def all_triggers() -> dict[str, int]:
    """Return the keys of :func:`kind_triggers` and of the sport words, with their bits.

    (The sport words of :func:`geo._sportwords.sport_triggers` have bits of their own,
    above the kinds': the kind rules never take them.)
    """
    from geo._sportwords import sport_triggers

    keys = dict(kind_triggers())
    for key, bits in sport_triggers().items():
        keys[key] = keys.get(key, 0) | bits
    return keys


def _flag_triggers(automaton: Any, keys: Any, entries: list[Any]) -> None:
    """Set the entries of the trigger keys in ``keys`` (:class:`geo._match._Keys`).

    ``keys.triggers`` gets each one's bits (:func:`all_triggers`), ``keys.kind_only`` the
    ones that are no name, link or organisation's word (their hits are no matches).
    """
    for key, bits in all_triggers().items():
        entry = automaton.get(" " + key, -1)
        if entry >= 0:
            keys.triggers[entry] = bits
    keys.kind_only = (keys.triggers != 0) & np.array(
        [not e.ids and e.link is None for e in entries], dtype=bool
    )
    keys.kind_only &= ~keys.of_organisations


@functools.cache
def _kind_bits() -> dict[str, int]:
    """Return a bit for each kind a kind word may name."""
    from geo._kindwords import _kind_forms

    kinds = sorted({*_kind_forms().values(), "district", "river"})
    return {kind: 1 << i for i, kind in enumerate(kinds)}


def _kind_bit(kind: str) -> int:
    """Return the bit of ``kind`` (:func:`_kind_bits`)."""
    return _kind_bits()[kind]


def kind_mask(accept: Iterable[str], river: bool, any_kind: bool) -> int:
    """Return the bits of the kind words that may change a name's kind hint.

    ``accept`` are the kinds of the words its rules take (:class:`geo._kindhint._KindRules`);
    with ``river``, a structure word too (a Persian plural before one name names the river:
    :func:`geo._kindlists._plural_before_one`); with ``any_kind``, every kind word (the
    rule for a district that owns villages tells a word of no kind it takes from none).
    """
    bits = _kind_bits()
    if any_kind:
        return sum(bits.values())
    mask = 0
    for kind in accept:
        mask |= bits.get(kind, 0)
    if river:
        for kind in ("dam", "reservoir", "hydropower plant"):
            mask |= bits.get(kind, 0)
    return mask


@functools.cache
def _trigger_heads() -> frozenset[str]:
    """Return the first two characters of the trigger keys (a word cut at a span's start)."""
    return frozenset(key[:2] for key in kind_triggers())


#: a letter after a digit: the rules read the letters of a word before a name ("5rayonu":
#: "rayonu"), where the fold has no word start (see :func:`_quiet_names`). (A character the
#: fold folds two ways, ``µ``, makes no kind word: no kind form has it.)
_DIGIT_LETTER = re.compile(r"\d[^\W\d_]")


def _odd_points(folded: Any) -> Any:
    """Return where the fold drops or splices a character that is not a blank (sorted).

    (A combining mark inside a word splits it for the rules, not in the fold; a blank
    run is only shorter in the fold.) From the offset map: a drop moves the fold behind
    the original (its characters are the ones skipped), a splice moves it ahead.
    """
    from geo._fold import _fold_arrays

    breaks, deltas = np.asarray(folded.breaks)[1:], np.asarray(folded.deltas)
    before, after = deltas[:-1], deltas[1:]
    codes = folded.codes
    blank = _fold_arrays()[2]
    grow = np.flatnonzero(after > before)
    first, last = breaks[grow] + before[grow], breaks[grow] + after[grow] - 1
    ends = np.r_[first, last]
    dropped = ~blank.take(codes[ends], mode="clip") | (codes[ends] >= len(blank))
    splices = np.flatnonzero(after < before)
    return np.sort(np.r_[ends[dropped], breaks[splices] + after[splices]])


def _quiet_names(
    text: str,
    kinds: tuple[Any, Any, Any, Any],
    spans: tuple[Any, Any],
    names: tuple[Any, Any, Any, Any],
) -> list[bool]:
    """Return, for each name, whether no kind word its rules take stands where they read.

    ``kinds`` are the sorted starts of the words that begin with a kind form and their
    kinds' bits (arrays: :func:`kind_triggers`), the sentence bounds (an array) and the
    text's fold (:class:`geo._fold._Folded`); ``spans`` the starts and stops of all the
    text's matches (arrays, in text order), ``names`` the positions among them of the
    names asked about, their starts, their sentences and the bits of the kinds their
    rules take (arrays: :func:`kind_mask`).
    A name is quiet when no trigger of those kinds starts in its span: from 40
    characters before it (not before its sentence) to 80 after it (not past its
    sentence), and, when it ends a list (another name at most ``_LIST_GAP_MAX``
    characters before it, and so on), from 40 characters before the list's first name,
    when it begins one, to 80 after the list's last name (160 after it at most);
    and when nothing in the span makes the fold and the rules' words part
    (:func:`_odd_points`, ``_DIGIT_LETTER``), nor does a word cut at the span's start
    begin like a trigger; nor is it a dateline's name (at a line's start).
    """
    triggers, bits, bounds, folded = kinds
    at, begins, sentences, masks = names
    starts, stops = spans
    if not len(at):
        return []
    ends = stops[at]
    # each match's list: the first of the matches before it joined by short gaps
    joined = np.r_[False, starts[1:] - stops[:-1] <= _LIST_GAP_MAX]
    order = np.arange(len(starts))
    head = np.maximum.accumulate(np.where(joined, 0, order))[at]
    own = np.maximum(bounds[sentences], begins - _BEFORE)  # (the name's own words)
    lo = np.where(
        _listed(folded, begins), np.minimum(own, np.maximum(starts[head] - _BEFORE, 0)), own
    )
    # and each match's list after it: the last of the matches after it joined so
    last = np.r_[~joined[1:], True]
    tail = np.minimum.accumulate(np.where(last, order, len(starts))[::-1])[::-1][at]
    reach = np.minimum(np.maximum(ends, stops[tail]), ends + _LIST_REACH - _AFTER)
    hi = np.minimum(bounds[sentences + 1], reach + _AFTER)
    # for each set of kinds the names take, the triggers of those kinds in each one's span
    found = np.zeros(len(at), dtype=bool)
    for mask in np.unique(masks).tolist():
        which = np.flatnonzero(masks == mask)
        taken = triggers[(bits & mask) != 0]
        found[which] = np.searchsorted(taken, hi[which]) > np.searchsorted(taken, lo[which])
    quiet = ~found & (begins >= 2)
    codes = folded.codes
    quiet &= (codes[begins - 1] != _NEWLINE) & (codes[begins - 2] != _NEWLINE)  # a dateline
    near = np.flatnonzero(quiet)  # (the other tests only for these)
    if not len(near):
        return [False] * len(at)
    low, high, start, own = lo[near], hi[near], begins[near], own[near]
    odd = _odd_points(folded)
    keep = np.searchsorted(odd, high) == np.searchsorted(odd, low - 1)
    # a word the span's start cuts, that begins like a trigger: "…kraftwerk Ordubad"
    for cut in (low, own):
        keep &= ~_cut_trigger(folded, cut)
    # (the words before the name: a letter after a digit, as _DIGIT_LETTER finds it)
    glued = _digit_letters(folded)
    keep &= np.searchsorted(glued, start) == np.searchsorted(glued, low)
    out = np.zeros(len(at), dtype=bool)
    out[near[keep]] = True
    return out.tolist()  # type: ignore[no-any-return]


def _digit_letters(folded: Any) -> Any:
    """Return where a letter (or a character the fold drops) follows a digit (sorted).

    What ``_DIGIT_LETTER`` finds in the whole text (the letter's positions), read with
    numpy: the digits (``str.isdecimal``) of the characters the text has, each block of
    ten a range, then the characters after them that fold to no blank and are no digit.
    """
    from geo._fold import DIGIT_BIT, _fold_arrays

    codes = folded.codes
    if not len(codes):
        return codes
    wide = _fold_arrays()[1]
    if codes.dtype == np.uint16 and folded.classes is not None:  # (the fold's look-up)
        is_digit = (folded.classes & DIGIT_BIT) != 0
    elif codes.dtype == np.uint16:  # (a text of the BMP: one look-up a character)
        is_digit = _decimals().take(codes, mode="clip")
    else:
        present = np.flatnonzero(np.bincount(codes))  # (the characters the text has)
        digits = [c for c in present.tolist() if chr(c).isdecimal()]
        is_digit = np.zeros(len(codes), dtype=bool)
        for first, last in _runs(digits):
            is_digit |= (codes >= first) & (codes <= last)
    at = np.flatnonzero(is_digit[:-1]) + 1
    after = codes[at]
    letter = (wide.take(after, mode="clip") != _BLANK) | (after >= len(wide))
    return at[letter & ~is_digit[at]]


@functools.cache
def _decimals() -> Any:
    """Return which code points of the BMP are digits (``str.isdecimal``), as an array.

    (Kept in the cache on disk, :mod:`geo._cache`: asking 65,536 characters costs a
    process ~5 ms; a text's digits found by a count of its characters cost every parse ~1 ms
    a megabyte.)
    """
    from geo._cache import cache_key, load_or_build

    return load_or_build("decimals", cache_key([]), _build_decimals)


def _build_decimals() -> Any:
    """Build the array of :func:`_decimals`."""
    return np.fromiter(map(str.isdecimal, map(chr, range(0x10000))), dtype=bool, count=0x10000)


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    """Return the runs of consecutive numbers of sorted ``codes`` as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


def _listed(folded: Any, begins: Any) -> Any:
    """Return which names may be a list's later names to the kind rules (a boolean array).

    The rules read a list's first name's words for a name after a comma or a list's
    word ("Kars, Iğdır", "Baku and Tehran", geo._kindhint): not for a name after a
    dash or other marks only ("Kars–Iğdır", "Rasht – Astara"). Taken wide: after a
    comma, or after a letter or digit and a blank, past an opening quote or not.
    """
    from geo._fold import _fold_arrays

    codes = folded.codes
    wide, blank = _fold_arrays()[1], _fold_arrays()[2]
    out = np.zeros(len(begins), dtype=bool)
    for named in (begins, begins - 1):  # (past an opening quote: 'سد «قیز قلعه‌سی»')
        before = np.maximum(named - 1, 1)
        last = codes[before - 1]
        comma = (last == _COMMA) | (last == _ARABIC_COMMA)
        word = wide.take(last, mode="clip") != _BLANK  # (a letter or digit folds to itself)
        out |= comma | (blank.take(codes[before], mode="clip") & word)
    return out


_COMMA, _ARABIC_COMMA = ord(","), ord("،")
_NEWLINE = ord("\n")
_BLANK = ord(" ")


def _cut_trigger(folded: Any, cut: Any) -> Any:
    """Return whether a word goes on over each of ``cut`` and begins there like a trigger.

    Read in the fold, where a character that is not a letter or digit is a blank (the
    spans with the characters it drops or splices are not quiet anyway).
    """
    breaks, deltas = np.asarray(folded.breaks), np.asarray(folded.deltas)
    # the fold's position of each original one (the offset map is by fold position)
    shift = deltas[np.searchsorted(breaks + deltas, cut, side="right") - 1]
    at = np.clip(cut - shift + 1, 1, len(folded.padded_codes) - 2)  # (padded: one blank)
    fold = folded.padded_codes
    first = fold[at].astype(np.int64)
    pair = first * 0x110000 + fold[at + 1]
    pairs, singles = _head_codes()  # (sorted: a binary search each, cheaper than np.isin)
    begins = pairs[np.minimum(np.searchsorted(pairs, pair), len(pairs) - 1)] == pair
    if len(singles):
        begins |= np.isin(first, singles)
    return (fold[at - 1] != _BLANK) & (first != _BLANK) & begins


@functools.cache
def _head_codes() -> tuple[Any, Any]:
    """Return the first two characters of the trigger keys as one number each.

    (And the triggers of one character, if any: any word that begins with it.)
    """
    heads = _trigger_heads()
    pairs = sorted(ord(h[0]) * 0x110000 + ord(h[1]) for h in heads if len(h) == 2)
    return np.array(pairs or [-1], dtype=np.int64), np.array(
        [ord(h) for h in heads if len(h) == 1], dtype=np.int64
    )


def _quiet_plans(
    text: str,
    kinds: tuple[Any, Any, Any, Any],
    matches: tuple[Any, Any, Any, Any],
    stop: Any,
    plans: list[Any],
    of_plan: Any,
) -> tuple[Any, Any, Any]:
    """Return which shared names are quiet (:func:`_quiet_names`), and which need no rule.

    ``matches`` are the starts, stops of all the matches, the positions of the shared
    names among them and each match's sentence; ``stop`` which shared names the route
    rule may read as a stop joined to a neighbour (a boolean array:
    :meth:`geo._namesakes._Namesakes._resolve`); ``plans`` the plans of the names'
    entries (:class:`geo._plans._Plan`) and ``of_plan`` each name's. The kinds a
    name's words may change are all those its rules take when it may be a route's stop
    (its hint tells whether the route rule is asked), else those that change its pick.
    A quiet name of a plan no sentence, route, town, country or geography weighs
    (``free``) takes its usual place. Third, the names the kind rules need not read at all:
    those, a name of a plan no kind changes (no rules), and a quiet name whose rules read
    only the words beside it (``words_only``) and no apostrophe after it (the rule of a
    Turkish genitive that owns a district, :func:`geo._kindcues._owns_districts`): its hint
    is None. (As boolean arrays: the caller picks the names to read with them.)
    """
    starts, stops, shared, of_sentence = matches
    full, narrow, free, words_only, by_kind = (
        np.array(
            [(p.kind_mask, p.narrow_mask, p.free, p.words_only, p.by_kind) for p in plans],
            dtype=np.int64,
        )
        .reshape(-1, 5)[of_plan]
        .T
    )
    masks = np.where(stop, full, narrow)
    quiet = _quiet_names(
        text, kinds, (starts, stops), (shared, starts[shared], of_sentence[shared], masks)
    )
    calm = np.asarray(quiet, dtype=bool)
    fast = calm & (free != 0) & ~stop
    codes = kinds[3].codes
    ends = stops[shared]
    after = codes[np.minimum(ends, len(codes) - 1)]
    marked = (ends >= len(codes)) | (after == _APOSTROPHE) | (after == _RIGHT_QUOTE)
    unread = fast | (by_kind == 0) | (calm & (words_only != 0) & ~marked)
    return calm, fast, unread


#: the apostrophes after a name that the kind rules read on (geo._kindcues._APOSTROPHES)
_APOSTROPHE, _RIGHT_QUOTE = ord("'"), ord("’")
