"""Fold text for matching, keeping a map back to the original offsets.

The fold (case folded, diacritics stripped, ``ə`` to ``a``, ``ı``/``İ`` to
``i``, Arabic letter variants to Persian ones, every other non-letter,
non-digit to a space) is one character for one character, so that offsets in
the folded copy are offsets in the original; the few characters whose fold
changes the length and runs of blanks (white space and dashes) go through an
offset map. This module
owns the fold tables (``str.translate``, Latin-1 bytes and numpy arrays over
code points), :func:`_fold` with its offset map (:class:`_Folded`), and the
cheap folds for looking words up (:func:`_translate`, :func:`_plain`: bytes
for Latin-1 text, ``str.translate`` for short text in other scripts, numpy
for sentences). See :mod:`geo.geoparse` for how the fold is used.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Any, NamedTuple

from geo.gazetteer import normalize

#: apostrophes written with modifier letters (which ``str.isalnum`` counts as letters): the
#: prime, the turned comma and the apostrophe ("Gürcistanʹda", a Turkish case ending after a
#: prime as some papers' software writes it: held-out set 182; "Oʻzbekiston")
_MODIFIER_APOSTROPHES = frozenset("\u02b9\u02bb\u02bc")


def _fold_char(c: str) -> str:
    """Fold one character the way keys are folded (may return 0, 1 or 2 chars)."""
    # (Armenian emphasis, exclamation and question marks are written over a word's
    # stressed vowel, inside it: "Ռուսաստա՞ն", "թե՛", "ինչպե՜ս")
    if c in "\u200d\u0640\u00ad\u055b\u055c\u055e" or unicodedata.category(c) in (
        "Mn",
        "Me",
        "Cf",
    ):
        return " " if c == "\u200c" else ""
    if not c.isalnum() or c in _MODIFIER_APOSTROPHES:
        return " "
    if c == "İ":
        return "i"
    text = normalize(c)
    if not text:  # normalize drops what it cannot key
        text = c.casefold()
    return text


_SENTINEL = "\x00"


@functools.cache
def _cached() -> tuple[tuple[dict[int, str], bytes, dict[str, str]], tuple[Any, Any, Any]]:
    """Return the fold tables and arrays, from the cache on disk when it has them (built once)."""
    from geo._cache import cache_key, load_or_build

    def build() -> tuple[tuple[dict[int, str], bytes, dict[str, str]], tuple[Any, Any, Any]]:
        tables = _build_fold_tables()
        return tables, _build_fold_arrays(tables)

    return load_or_build("fold", cache_key([]), build)


def _fold_tables() -> tuple[dict[int, str], bytes, dict[str, str]]:
    """Return the fold as a 1:1 ``str.translate`` table, a Latin-1 byte table and the specials.

    (See :func:`_build_fold_tables`; kept in the cache on disk, :mod:`geo._cache`.)
    """
    return _cached()[0]


def _build_fold_tables() -> tuple[dict[int, str], bytes, dict[str, str]]:
    """Build the fold as a 1:1 ``str.translate`` table, a Latin-1 byte table and the specials.

    Characters that fold to zero or two characters (and, in the byte table,
    Latin-1 characters that fold outside Latin-1) translate to a sentinel
    (NUL) so that a fast scan finds them; the specials map gives their fold.
    """
    table: dict[int, str] = {}
    special: dict[str, str] = {_SENTINEL: " "}
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        folded = _fold_char(c) if code else " "
        if code and len(folded) == 1:
            if folded != c:
                table[code] = folded
        else:
            special[c] = folded
            table[code] = _SENTINEL
    latin = bytearray(256)
    for code in range(256):
        folded = table.get(code, chr(code))
        if ord(folded) < 256:
            latin[code] = ord(folded)
        else:
            special[chr(code)] = folded
    return table, bytes(latin), special


_BEYOND_LATIN_1 = re.compile(r"[^\x00-\xff]")
_BEYOND_TABLE = re.compile(r"[\U00030000-\U0010ffff]")  # beyond the fold tables (_LIMIT)
# Below this length str.translate is faster than the numpy translation (it costs ~30 ns a
# character, numpy a few microseconds a call).
_SHORT = 80


@functools.cache
def _translate_table() -> dict[int, str]:
    """Return the ``str.translate`` table of :func:`_fold_tables` with the scripts' own letters.

    ``str.translate`` raises and catches a ``KeyError`` for every character the
    table leaves alone (a lowercase Cyrillic or Persian letter), which makes it
    several times slower on such text; the characters below U+3000 that fold to
    themselves map to themselves here, which gives the same translation.
    """
    table = dict(_fold_tables()[0])
    for code in range(0x3000):
        table.setdefault(code, chr(code))
    return table


@functools.cache
def _translate_array() -> Any:
    """Return the ``str.translate`` table of :func:`_fold_tables` as an array over code points."""
    import numpy as np

    table = _fold_tables()[0]
    array = np.arange(_LIMIT, dtype=np.uint32)
    array[np.fromiter(table, dtype=np.intp)] = np.fromiter(map(ord, table.values()), np.uint32)
    return array


def _translate_codes(text: str) -> str:
    r"""Apply the ``str.translate`` table to ``text`` with numpy (the same, faster on sentences).

    Examples
    --------
    >>> text = "Премьер-министр Армении, ایران\u200c, Ağbənd, ß, \U0001d400 \U00030001 \udc80"
    >>> _translate_codes(text) == text.translate(_fold_tables()[0])
    True
    """
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    folded = _translate_array().take(codes, mode="clip")
    if _BEYOND_TABLE.search(text):
        np.copyto(folded, codes, where=codes >= _LIMIT)  # beyond the table: themselves
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


def _translate(text: str) -> str:
    """Apply the 1:1 fold: bytes.translate for Latin-1 paragraphs, str.translate otherwise.

    The two tables differ on the Latin-1 characters that fold beyond Latin-1
    (:func:`_two_way`): the byte table gives them the sentinel.
    """
    if text.isascii() or not _BEYOND_LATIN_1.search(text):  # (cheaper than a failed encode)
        return text.encode("latin-1").translate(_fold_tables()[1]).decode("latin-1")
    if len(text) < _SHORT:
        return text.translate(_translate_table())
    if len(text) < 2048:
        return _translate_codes(text)
    return " ".join(_translate(part) for part in text.split("\n"))


@functools.cache
def _two_way() -> frozenset[str]:
    """Return the characters :func:`_translate` folds two ways (``µ``).

    In Latin-1 text they fold to the sentinel (their fold is beyond Latin-1), in
    other text as the str table says (``µ`` to ``μ``).
    """
    table, latin, _ = _fold_tables()
    return frozenset(chr(c) for c, f in enumerate(latin) if f != ord(table.get(c, chr(c))))


class _Folded(NamedTuple):
    """A folded text: ``padded`` is the fold with one blank before and one after it.

    Positions (``original``, ``breaks``) count in the fold without the blanks.
    ``codes`` and ``padded_codes`` are the code points of the original text and
    of ``padded`` (numpy arrays, made on the way: the matcher reads them); so are
    the offset map's ``breaks`` and ``deltas`` (the matcher maps all its names at
    once: a list would be made an array at each use), and ``classes``, the classes of
    the original's characters (:func:`_char_classes`; None when not made).
    """

    padded: str
    breaks: Any
    deltas: Any
    codes: Any
    padded_codes: Any
    classes: Any = None

    @property
    def text(self) -> str:
        """The fold itself."""
        return self.padded[1:-1]

    def original(self, pos: int) -> int:
        """Map a position in the folded text to the original text."""
        import numpy as np

        return pos + int(self.deltas[np.searchsorted(self.breaks, pos, side="right") - 1])


_LIMIT = 0x30000  # code points the fold tables cover; the others fold to themselves
# markers in the fold arrays (no fold is a control character): folds to nothing, to two
# characters or more, or (16-bit array) to a character beyond 16 bits, or a surrogate
_DROP, _SPLICE, _WIDE = 0, 1, 2


def _fold_arrays() -> tuple[Any, Any, Any]:
    """Return the fold of :func:`_fold_tables` as arrays (:func:`_build_fold_arrays`)."""
    return _cached()[1]


def _build_fold_arrays(
    tables: tuple[dict[int, str], bytes, dict[str, str]],
) -> tuple[Any, Any, Any]:
    """Build the fold of :func:`_fold_tables` as arrays over code points, for whole texts.

    A 16-bit array for texts whose characters all fit 16 bits and a 32-bit one
    below ``_LIMIT`` give a code point's one-character fold, or a marker; the
    third array tells the blanks (``str.isspace``, the regex blanks, and the dashes,
    so that "Rasht – Astara" folds as "Rasht-Astara" does, and the tatweel).
    """
    import numpy as np

    table, _, special = tables
    wide = np.arange(_LIMIT, dtype=np.uint32)
    for code, folded in table.items():
        if folded == _SENTINEL:
            folded = special[chr(code)] if code else " "
        wide[code] = ord(folded) if len(folded) == 1 else _SPLICE if folded else _DROP
    narrow = wide[:0x10000].copy()
    narrow[(narrow > 0xFFFF) | ((narrow >= 0xD800) & (narrow < 0xE000))] = _WIDE
    blank = np.zeros(_LIMIT, dtype=bool)
    dash = [c for c in range(0x10000) if unicodedata.category(chr(c)) == "Pd"]
    blank[[c for c in range(0x3100) if chr(c).isspace()] + dash] = True
    # the Arabic tatweel, which Persian news sets between blanks as a dash ("شمال ـ جنوب"),
    # is a blank of a run too (it folds to nothing, so a kashida inside a word still joins it)
    blank[0x0640] = True
    return narrow.astype(np.uint16), wide, blank


#: the bits of :func:`_char_classes`: a blank of the fold (white space or a dash), a digit
BLANK_BIT, DIGIT_BIT = 1, 2


@functools.cache
def _char_classes() -> Any:
    """Return the classes of the BMP's code points as bits (``BLANK_BIT``, ``DIGIT_BIT``).

    A blank of the fold's third array and a digit (``str.isdecimal``,
    :func:`geo._quiet._decimals`), then a 0 that every code point past the BMP reads (no
    blank is past it; the digits past it are asked otherwise). Above those two bits, the
    classes of the characters a sentence's end reads (:func:`geo._sentences._classes`,
    shifted by ``SENTENCE_SHIFT``). One look-up a character gives all: the fold, the kind
    rules' digits (:func:`geo._quiet._digit_letters`) and the sentence ends each read the
    whole text.
    """
    import numpy as np

    from geo._quiet import _decimals
    from geo._sentences import SENTENCE_SHIFT, _classes

    table = np.zeros(0x10001, dtype=np.uint8)
    table[:0x10000] = _fold_arrays()[2][:0x10000] * BLANK_BIT
    table[:0x10000] |= _decimals() * np.uint8(DIGIT_BIT)
    table |= _classes() << np.uint8(SENTENCE_SHIFT)
    return table


def _fold_codes(text: str) -> tuple[Any, Any, str, Any]:
    """Return the code points of ``text``, their fold padded with a blank each side, the codec.

    Then the code points as indices (``np.intp``), for the other look-ups of every
    character (a look-up by smaller integers makes that copy each time).
    """
    import numpy as np

    narrow, wide, _ = _fold_arrays()
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(text):  # no character beyond 16 bits
        codes = np.frombuffer(data, dtype=np.uint16)
        index = codes.astype(np.intp)
        flat = np.empty(len(codes) + 2, dtype=np.uint16)
        narrow.take(index, out=flat[1:-1])
        flat[0] = flat[-1] = ord(" ")
        if not (flat == _WIDE).any():
            return codes, flat, "utf-16-le", index
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    index = codes.astype(np.intp)
    flat = np.empty(len(codes) + 2, dtype=np.uint32)
    wide.take(index, out=flat[1:-1], mode="clip")
    flat[0] = flat[-1] = ord(" ")
    if len(codes) and codes.max() >= _LIMIT:
        high = np.flatnonzero(codes >= _LIMIT)
        flat[high + 1] = codes[high]
    return codes, flat, "utf-32-le", index


def _fold(text: str) -> _Folded:
    """Fold ``text`` for matching, keeping a map back to the original offsets.

    Each character folds on its own (one table look-up per character, over
    the whole text at once); characters that fold to nothing and all but the
    first blank of a run of blanks are dropped, the few that fold to two
    characters or more are spliced in, and the offset map records where the
    folded copy shifts against the original (after each of these events).
    """
    import numpy as np

    codes, flat, codec, index = _fold_codes(text)  # flat: padded, flat[i + 1] folds text[i]
    classes = _char_classes().take(index, mode="clip")
    del index  # (8 bytes a character: freed before the fold's other arrays are made)
    spaces = (classes & BLANK_BIT).view(bool)  # (the bit is the lowest: 0 or 1)
    drop = np.equal(flat, _DROP)
    drop[2:-1] |= spaces[1:] & spaces[:-1]  # blanks after the first of a run
    splice = np.flatnonzero(flat == _SPLICE)  # padded positions, as below
    events = np.flatnonzero(drop)
    if not len(splice):
        if not len(events):
            none = np.zeros(1, dtype=np.intp)
            return _Folded(
                str(flat.data, codec, "surrogatepass"), none, none, codes, flat, classes
            )
        # after the j-th dropped character (0-based), the folded text is j + 1 behind;
        # in a run of dropped characters only the last one counts
        shift = np.arange(1, len(events) + 1)
        last = np.flatnonzero(np.diff(events, append=len(flat)) > 1)
        kept = flat[~drop]
        return _Folded(
            str(kept.data, codec, "surrogatepass"),
            np.r_[0, events[last] - 1 - last],
            np.r_[0, shift[last]],
            codes,
            kept,
            classes,
        )
    special = _fold_tables()[2]
    outs = [special[text[i - 1]] for i in splice.tolist()]
    flat[splice] = [ord(out[0]) for out in outs]
    drop[splice] = True  # now: drops and splices
    events = np.flatnonzero(drop)
    drop[splice] = False
    spliced = ~drop[events]
    sizes = np.zeros(len(events), dtype=np.intp)  # how many characters each event folds to
    sizes[spliced] = [len(out) for out in outs]
    grow = sizes - 1
    ahead = np.cumsum(grow)  # how far the folded text is ahead after each event
    starts = events - 1 + ahead - grow  # where each event's fold starts in the folded text
    # the rest of each splice's fold goes after its first character
    at = (events[spliced] - np.cumsum(~spliced)[spliced] + 1).tolist()
    folded = np.insert(
        flat[~drop],
        [i for i, out in zip(at, outs, strict=True) for _ in out[1:]],
        [ord(c) for out in outs for c in out[1:]],
    )
    # after the event the next character is back in step (in a run, the last event counts)
    after = starts + sizes
    last = np.append(after[1:] != after[:-1], True)
    breaks, shifts = [after[last]], [-ahead[last]]
    for k in range(1, int(sizes.max())):  # inside a splice: the k-th character of its fold
        inside = sizes > k
        breaks.append(starts[inside] + k)
        shifts.append(-(ahead - grow)[inside] - k)
    position = np.concatenate(breaks)
    order = np.argsort(position, kind="stable")
    return _Folded(
        str(folded.data, codec, "surrogatepass"),
        np.r_[0, position[order]],
        np.r_[0, np.concatenate(shifts)[order]],
        codes,
        folded,
        classes,
    )


@functools.cache
def _two_way_chars() -> re.Pattern[str]:
    """Return a regex that finds the characters of :func:`_two_way`."""
    chars = "".join(sorted(_two_way()))
    return re.compile(f"[{re.escape(chars)}]" if chars else "(?!)")


_TOKEN_WORDS: dict[str, list[str]] = {}
_TOKEN_WORDS_MAX = 50_000  # tokens kept; past that the table starts again


def _words(text: str) -> list[str]:
    r"""Return the folded words of ``text``: ``_translate(text)`` split, less the sentinels.

    Token by token (the runs between blanks, which fold to blanks), each kept: a
    text's tokens come again and again (a language's own words), and a sentence
    in a script beyond Latin-1 costs a few microseconds in :func:`_translate`.
    A text with a character that folds two ways (``µ``: its fold depends on the
    whole text's script) is folded whole.

    Examples
    --------
    >>> text = "Bakı–Naxçıvan, «Straße» \u0646\u200c\u0645 x\u0301y\x00z Iran's"
    >>> _words(text) == _translate(text).replace(_SENTINEL, "").split()
    True
    """
    if _two_way_chars().search(text):
        return _translate(text).replace(_SENTINEL, "").split()
    tokens = text.split()
    folds = list(map(_TOKEN_WORDS.get, tokens))  # (C loops: most tokens are known)
    if None in folds:
        if len(_TOKEN_WORDS) >= _TOKEN_WORDS_MAX:
            _TOKEN_WORDS.clear()
        for k, token in enumerate(tokens):
            if folds[k] is None:
                folds[k] = _TOKEN_WORDS[token] = _translate(token).replace(_SENTINEL, "").split()
    return list(itertools.chain.from_iterable(folds))


def _plain(text: str) -> str:
    """Fold text to space-separated words, cheaply (for looking words up).

    A token :func:`_words` has met is folded from its table at once: most texts
    given are one word ("Iranian", "rayonu"), and its fold alone is its fold in
    any text (a token with no character of :func:`_two_way` in it).
    """
    folds = _TOKEN_WORDS.get(text)  # (the keys are tokens: no blanks in them)
    return " ".join(folds if folds is not None else _words(text))
