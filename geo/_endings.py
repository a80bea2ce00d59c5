"""The case endings a name may take, and which hits of the automaton go on with one.

A name found in the folded text (see "How text is matched" in
:mod:`geo.geoparse`) whose word goes on after it is a mention only when the
rest of the word is a grammatical case ending of the name's script:
Azerbaijani/Turkish (only where the text around it has Azerbaijani/Turkish
letters; the front-vowel forms not where it is German), Russian (a stem that
is a key of its own needs one of its endings), Armenian, German genitive (only
in German text) or the Persian ezafe after a vowel. This module owns these rules
(the tables of endings are :mod:`geo._endingtables`'), and applies them to the hits of
:func:`geo._match._find` at once: :func:`_going_on` finds with numpy the few
hits whose rest of word may be an ending (it hashes as one), and
:func:`_with_endings` reads those.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import numpy as np

from geo._endingtables import (
    _ARMENIAN_ENDINGS,
    _CYRILLIC_ENDINGS,
    _CYRILLIC_STEMS,
    _ENDINGS,
    _FEMININE_ENDINGS,
    _FRONT_ENDINGS,
    _GERMAN_ENDINGS,
    _LATIN_ENDINGS,
    _LONGEST_ENDING,
    _PERSIAN_ENDINGS,
    _PERSIAN_VOWELS,
    _RUSSIAN_CONSONANTS,
)
from geo._fold import _Folded
from geo._harmony import _disharmonic
from geo._turkicwords import _SCHWA, _TURKISH_ONLY

_BLANK = ord(" ")

_AZ_LETTERS = re.compile("[əƏǝƎıİğĞşŞçÇöÖüÜ]")
#: the Azerbaijani and Turkish genitive ending right after a name, past an apostrophe
#: ("İsfahanın", "Hakkarinin", "Şırnak'ın"): a pattern to build the rules' regexes from
TURKIC_GENITIVE = "['\u2019]?n?[ıiuü]n"
# (the look-ahead of the first letters lets the search skip the other positions fast; a
# word after an apostrophe is a Turkish ending, "Tebriz'den", not German); a headline has
# few of the function words, so prepositions, articles and an adjective's "-ische" ending
# are asked too ("Nordkoreas Machthaber Kim in russischer Region Chabarowsk eingetroffen":
# held-out set 358b)
_GERMAN_WORDS = re.compile(
    r"(?=[äÄßẞdumnüifsawvzbge])(?:[äÄßẞ]|(?<!['\u2019])\b(?:der|die|das|des|dem|den|und|mit"
    r"|über|nach|im|für|sagte|sich|nicht|auch|wird|ist|sind|von|vom|zum|zur|bei|aus|auf"
    r"|wurde|werden|ein|eine[mnrs]?|gegen|zwischen|seit)\b|\Bische[mnrs]?\b)",
    re.IGNORECASE,
)
_LATIN = "latin"  # what :func:`_ending_rule` says of a Latin ending: the text around decides


def _ending_rule(word: str) -> bool | str:
    """Return whether the ending after a name's last letter is a case ending, or ``_LATIN``.

    ``word`` is the name's last letter (folded) and the ending. Non-Latin endings depend
    on these alone; a Latin ending on the text around it too (:func:`_latin_ending`).
    Kept by ``word``: a text's names and endings come again and again.
    """
    rule = _ENDING_RULES.get(word)
    if rule is None:
        if len(_ENDING_RULES) >= 10_000:  # (hashes alike: not every word is an ending)
            _ENDING_RULES.clear()
        last, ending = word[0], word[1:]
        if ending not in _ENDINGS:
            rule = False
        elif "\u0400" <= last <= "\u04ff":
            rule = ending in _CYRILLIC_ENDINGS
        elif "\u0530" <= last <= "\u058f":
            rule = ending in _ARMENIAN_ENDINGS
        elif "\u0600" <= last <= "\u06ff":
            rule = ending in _PERSIAN_ENDINGS and last in _PERSIAN_VOWELS
        elif last.isascii() and (ending in _LATIN_ENDINGS or ending in _GERMAN_ENDINGS):
            rule = _LATIN
        else:
            rule = False
        _ENDING_RULES[word] = rule
    return rule


_ENDING_RULES: dict[str, bool | str] = {}


# Azerbaijani's own letter, _SCHWA (geo._turkicwords'): Turkish text has none ("Limanı", not
# "Bakıda")


#: the possessive endings (folded), read only after a genitive owner
_POSSESSIVE_ENDINGS = frozenset(["si", "sina", "sinda", "sindan", "sini", "sinin"])


def _owned(padded: str, end: int) -> bool:
    """Whether the word before the name's last word (folded) is a genitive: its owner.

    "Azərbaycanın Astarasına" (Azerbaijan's Astara); not "Qafqaz Albaniyası" (Caucasian
    Albania, a compound's possessive).
    """
    blank = padded.rfind(" ", 0, end)
    return padded[max(blank - 6, 0) : blank].endswith(("in", "un"))


def _turkish_unmarked(text: str, ending: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, the text around a name, is Turkish and not Azerbaijani.

    Turkish writes a proper name's case ending after an apostrophe ("Lima'nın",
    "Bor'un"); a GeoNames name glued to a Latin ending in Turkish text is an ordinary
    word ("Limanı", the port; "Boru", pipe). Azerbaijani (its letter ə near) writes
    the ending in the word ("Tbilisidə"), and so does Turkish after a common noun
    ("Hazar Denizinde"), which only curated and world names end in. German endings
    ("Moskaus") and German text (its ö and ü) are not Turkish.
    """
    return (
        ending in _LATIN_ENDINGS
        and bool(_AZ_LETTERS.search(text, lo, hi))
        and not _SCHWA.search(text, lo, hi)
        and not _GERMAN_WORDS.search(text, lo, hi)
    )


# a short name's German genitive that spells a frequent German word ("Kurs", the Kur's;
# data/everyday_words.txt) is the word: a longer name's is the name's ("Russlands")
_SHORT_STEM = 4


def _everyday_genitive(padded: str, end: int, after: int) -> bool:
    """Whether the word at ``padded[..end]`` and its German ending is a frequent German word."""
    begin = padded.rfind(" ", 0, end) + 1
    if end + 1 - begin > _SHORT_STEM:
        return False
    from geo.unresolved import _everyday_words

    return padded[begin:after] in _everyday_words()


def _latin_ending(text: str, ending: str, lo: int, hi: int, turkic: bool | None = None) -> bool:
    """Whether a Latin ending is a case ending in ``text[lo:hi]``, the text around the name.

    (80 folded characters either side.) Azerbaijani/Turkish endings need
    Azerbaijani/Turkish letters there (``turkic``, if the caller knows: whether
    ``_AZ_LETTERS`` finds one) and, beside German words, a letter German does not write
    (the front-vowel ones no German words at all), and German endings German words.
    """
    if ending in _LATIN_ENDINGS and (
        turkic if turkic is not None else _AZ_LETTERS.search(text, lo, hi)
    ):
        if ending in _FRONT_ENDINGS:
            return not _GERMAN_WORDS.search(text, lo, hi)
        # German words beside the Turkic letters German writes too, alone (its ü and ö: "für
        # Flora und Fauna"), make the text German: "Fau" with a Turkish dative is no mention
        # of Al-Faw (held-out set 506b). (The other letters first: Turkic text has them, and
        # then no German words are sought.)
        if _TURKISH_ONLY.search(text, lo, hi) or not _GERMAN_WORDS.search(text, lo, hi):
            return True
        return ending in _GERMAN_ENDINGS
    return ending in _GERMAN_ENDINGS and bool(_GERMAN_WORDS.search(text, lo, hi))


#: the letters of ``_AZ_LETTERS``, all between ``Ç`` and ``ə``: a table over that range
_AZ_FIRST, _AZ_LAST = 0xC7, 0x259
_AZ_TABLE = np.zeros(_AZ_LAST - _AZ_FIRST + 1, dtype=bool)
_AZ_TABLE[[ord(c) - _AZ_FIRST for c in "əƏǝƎıİğĞşŞçÇöÖüÜ"]] = True


def _turkic_around(codes: Any, lo: Any, hi: Any) -> list[bool]:
    """Return whether ``_AZ_LETTERS`` finds a letter in each window ``lo:hi`` of the text.

    ``codes`` are the text's code points (:class:`geo._fold._Folded`). The letters are
    found once with numpy (two comparisons over the code points, then the table over the
    few between ``Ç`` and ``ə``), and each window counts those inside it: a regex search
    a name reads ~160 characters of English for a letter that is not there.

    >>> text = "Tabriz and Bakıda, Ağbənd"
    >>> codes = np.array([ord(c) for c in text])
    >>> lo, hi = np.array([0, 0, 15, 20, -5]), np.array([10, 15, 19, 21, 2])
    >>> found = [bool(_AZ_LETTERS.search(text, a, b)) for a, b in zip(lo, hi)]
    >>> _turkic_around(codes, lo, hi) == found == [False, True, False, True, False]
    True
    """
    at = np.flatnonzero((codes >= _AZ_FIRST) & (codes <= _AZ_LAST))
    at = at[_AZ_TABLE[codes[at] - _AZ_FIRST]]
    inside = np.searchsorted(at, hi) > np.searchsorted(at, np.maximum(lo, 0))
    return inside.tolist()  # type: ignore[no-any-return]


def _breaks_harmony(text: str, stop: int, after: int, end: int) -> bool:
    """Whether the Latin ending at ``padded[end + 1:after]`` breaks the name's vowel harmony.

    (The name ends at ``padded[end]``, at ``stop`` in the original: :func:`geo._harmony.
    _disharmonic` reads the original letters, which the fold merges; a word's letters are
    never moved apart.)
    """
    return _disharmonic(text, stop, stop + after - end - 1)


def _hash_words(codes: Any, starts: Any, sizes: Any) -> Any:
    """Hash the words of ``sizes`` characters at ``starts`` of ``codes`` (an array).

    Words of more than ``_LONGEST_ENDING`` characters are cut to that length
    (which no ending is): equal words hash equal, and two words rarely do.
    """
    # the words' characters as rows (0 past a word's end), each column times its own
    # power: a few array operations in all, not a few per column (each costs ~1 µs, which
    # is what a short text pays)
    span = np.arange(_LONGEST_ENDING)
    at = np.minimum(starts[:, None] + span, len(codes) - 1)
    chars = codes[at].astype(np.uint64) + np.uint64(1)
    chars[span >= sizes[:, None]] = 0
    return (chars * _POWERS).sum(axis=1, dtype=np.uint64)  # (wraps around: a hash)


_POWERS = np.uint64(1_000_003) ** np.arange(_LONGEST_ENDING, dtype=np.uint64)


@functools.cache
def _ending_hashes() -> Any:
    """Return the hashes (:func:`_hash_words`) of every ending, sorted."""
    endings = sorted(_ENDINGS.union(*_CYRILLIC_STEMS.values()))
    codes = np.array([ord(c) for e in endings for c in e], dtype=np.int64)
    sizes = np.array([len(e) for e in endings], dtype=np.intp)
    starts = np.cumsum(sizes) - sizes
    return np.unique(_hash_words(codes, starts, sizes))


def _going_on(padded_codes: Any, ends: Any) -> tuple[Any, Any]:
    """Return the hits (indices into ``ends``) whose word goes on, and those that may end so.

    Those that may go on with a case ending: what follows the name up to the next blank must be at most ``_LONGEST_ENDING``
    characters and hash as an ending does (:func:`_ending_hashes`): the few whose
    rest only hashes alike are then read by :func:`_with_endings`, which decides.
    """
    goes_on = np.flatnonzero(padded_codes[ends + 1] != _BLANK)
    if not len(goes_on):
        return goes_on, goes_on
    after = ends[goes_on] + 1  # where the rest of the word starts in the padded fold
    # the next blank within _LONGEST_ENDING characters, a character at a time for all the
    # hits at once (the padded fold ends with a blank: a position past it is never read)
    sizes = np.zeros(len(after), dtype=np.intp)
    pending = np.arange(len(after))  # the hits whose blank is not found yet
    last = len(padded_codes) - 1
    for size in range(1, _LONGEST_ENDING + 1):
        found = padded_codes[np.minimum(after[pending] + size, last)] == _BLANK
        sizes[pending[found]] = size
        pending = pending[~found]
    short = np.ones(len(after), dtype=bool)
    short[pending] = False
    after, sizes = after[short], sizes[short]
    hashes = _ending_hashes()  # sorted: a binary search each (np.isin costs ~100 µs a call)
    hashed = _hash_words(padded_codes, after, sizes)
    at = np.minimum(np.searchsorted(hashes, hashed), len(hashes) - 1)
    maybe = hashes[at] == hashed
    return goes_on, goes_on[short][maybe]


def word_heads(keys: Mapping[str, int], size: int, words: frozenset[str]) -> Any:
    """Return by key index whether a word of ``words`` begins with the key's last word and goes on.

    ``keys`` are the automaton's keys (a blank first) and their indices, ``size`` how many
    indices there are. The word :func:`_with_endings` looks up is a key's last word and its
    ending (the blank before it is the key's own): no word of ``words`` begins with most
    keys' last words, and their hits need no look-up. Made once, with the automaton (a
    boolean array: a list of 170,000 would hold eight times the bytes for the process's life).
    """
    prefixes = {word[:n] for word in words for n in range(1, len(word))}
    heads = np.ones(size, dtype=bool)  # (an index no key reaches is never a hit)
    for key, i in keys.items():
        if 0 <= i < size:
            heads[i] = key.rsplit(" ", 1)[-1] in prefixes
    return heads


#: the Russian prepositions that take the prepositional case, never the instrumental
_PREPOSITIONS_RU = frozenset(["в", "во", "на", "о", "об", "обо", "при"])


def _prepositional_before(padded: str, fstart: int) -> bool:
    """Whether a Russian preposition of the prepositional case stands before the name.

    Then a name that ends in "-ом" is an adjective's prepositional ("в Каспийском регионе",
    in the Caspian region: held-out set 166), not the instrumental of a town in "-ск"
    (Kaspiysk). ``fstart`` is the name's start in the fold (``padded[fstart]`` the blank
    before it).
    """
    return padded[padded.rfind(" ", 0, fstart) + 1 : fstart] in _PREPOSITIONS_RU


def _with_endings(
    text: str,
    folded: _Folded,
    endings: list[frozenset[str] | None],
    fstarts: Any,
    ends: Any,
    index: Any,
    words: frozenset[str] = frozenset(),
    curated: Any = None,
    heads: Any = None,
) -> Any:
    """Return which of the names at ``fstarts:ends`` of the fold go on with a case ending.

    The names are those whose word goes on after them; the answer is a boolean mask.
    A name and ending that spell one of ``words`` (ordinary words) do not count, nor
    a Latin ending on a name no curated place has (``curated``, by key index) in
    Turkish text (:func:`_turkish_unmarked`). ``heads``, by key index, tells whether
    some word of ``words`` begins with the key's last word and goes on (:func:`word_heads`;
    None: any may): the others spell none with an ending, and are not looked up.
    """
    padded = folded.padded
    # the text around each name, for the Latin endings (see _latin_ending): mapped to the
    # original all at once, as _original does, rather than name by name
    breaks, deltas = np.asarray(folded.breaks), np.asarray(folded.deltas)
    lo = np.maximum(fstarts - 80, 0)
    hi = np.minimum(ends + 80, len(padded) - 3)
    lo = lo + deltas[np.searchsorted(breaks, lo, side="right") - 1]
    hi = hi + deltas[np.searchsorted(breaks, hi, side="right") - 1] + 1
    # where each name ends in the original (padded[k] is the fold's k - 1st character)
    stops = ends + deltas[np.searchsorted(breaks, ends - 1, side="right") - 1]
    hits = zip(
        range(len(ends)),
        ends.tolist(),
        index.tolist(),
        lo.tolist(),
        hi.tolist(),
        stops.tolist(),
        strict=True,
    )
    rules = _ENDING_RULES
    turkic: list[bool] | None = None  # (by name: read with numpy once a Latin ending asks)
    found: list[int] = []  # (set in the array at once: an item at a time costs more)
    # (the ending first, the ordinary words last: most hits that fail, fail on the ending)
    for k, end, i, start, stop, name_stop in hits:
        after = padded.find(" ", end + 1)
        if after - end - 1 > _LONGEST_ENDING:
            continue
        needs = endings[i]
        if needs is None:  # (the rule's look-up inline: a call costs more than the look-up)
            last = padded[end:after]  # the name's last letter and the ending
            rule = rules.get(last)
            if rule is None:
                rule = _ending_rule(last)
            if rule is not True:
                if rule is not _LATIN:
                    continue
                if turkic is None:
                    turkic = _turkic_around(folded.codes, lo, hi)
                near = turkic[k]
                if not near and last[1:] not in _GERMAN_ENDINGS:
                    continue  # (English around "Azerbaijani": no call to say so)
                if not _latin_ending(text, last[1:], start, stop, near):
                    continue
                if last[1:] in _GERMAN_ENDINGS and _everyday_genitive(padded, end, after):
                    continue  # "der Kurs der Regierung": a German word, not the Kur's
                if last[1:] in _POSSESSIVE_ENDINGS and not _owned(padded, end):
                    continue  # "Qafqaz Albaniyası": a compound's name, no genitive owns it
                # "Azerbaijani" is no case form: a front ending (its e or i; ı folds to i)
                # breaks a back name's harmony
                if ("e" in last[1:] or "i" in last[1:]) and (
                    last[1:] in _LATIN_ENDINGS and _breaks_harmony(text, name_stop, after, end)
                ):
                    continue
                # a GeoNames name's Turkish ending needs an apostrophe
                if not (curated is None or curated[i]) and _turkish_unmarked(
                    text, last[1:], start, stop
                ):
                    continue
            elif last[1:] in _FEMININE_ENDINGS and last[0] in _RUSSIAN_CONSONANTS:
                continue  # "Каспийской пятерки": an adjective, no case of Kaspiysk
            if last[1:] == "ом" and _prepositional_before(padded, int(fstarts[k])):
                continue  # "в Каспийском регионе": an adjective, not Kaspiysk's instrumental
        elif padded[end + 1 : after] not in needs:
            continue
        if (
            words
            and (heads is None or heads[i])
            and padded[padded.rfind(" ", 0, end) + 1 : after] in words
        ):
            continue  # the whole word is an ordinary word that spells name + ending
        found.append(k)
    out = np.zeros(len(ends), dtype=bool)
    out[found] = True
    return out
