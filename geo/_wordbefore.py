"""The word before a name: walks back from a point in the text.

The context rules (:mod:`geo._context`, :mod:`geo._kindhint`) and the person-name
rule (:mod:`geo._nameruns`) read the word just before a name: any word
(:func:`_word_before`), a kind word past "of" and "the" (:func:`_kind_word_before`),
a country word or its possessive (:func:`_country_word_before`). Each gives what its
regex gives searched in the window before the name, without the regex's cost.
"""

from __future__ import annotations

import re

# The words before a name: what these find searched in the 40 characters before it.
# Anchored at the end, a search tries every start in the window, so :func:`_word_before`,
# :func:`_kind_word_before` and :func:`_country_word_before` walk back from the end
# instead (and give the same word: see the example of :func:`_word_before`).
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’`-]*)[ -]$")
_KIND_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:of\s+)?(?:the\s+)?$")
_COUNTRY_BEFORE = re.compile(r"([^\W\d_]+)(?:['’`]s)?\s+$")
_WORD_CHARS = re.compile(r"[\w'’`-]*")
_LETTER = re.compile(r"[^\W\d_]")


def _word_before(text: str, start: int) -> str | None:
    r"""Return the word ``_WORD_BEFORE`` finds before ``start``, walking back from it.

    (A regex anchored at the end of its window tries every start in the window.)

    Examples
    --------
    The walks find what the regexes find, wherever a name starts:

    >>> def found(regex, text, lo, end):
    ...     hit = regex.search(text, lo, end)
    ...     return hit.group(1) if hit else None
    >>> texts = ["Ali-Akbar  the city of the  Julfa", "5x Iran's\n Astara", "Mr X` s of  the\n"]
    >>> all(
    ...     _word_before(t, e) == found(_WORD_BEFORE, t, max(e - 40, 0), e)
    ...     and _kind_word_before(t, lo, e) == found(_KIND_BEFORE, t, lo, e)
    ...     and _country_word_before(t, lo, e) == found(_COUNTRY_BEFORE, t, lo, e)
    ...     for t in texts
    ...     for e in range(len(t) + 1)
    ...     for lo in range(e + 1)
    ... )
    True
    """
    if not start:
        return None
    stop = start - 1  # where the word ends: before a blank or hyphen, then maybe a newline
    if text[stop] == "\n" and stop:  # "$" also matches before a final newline
        stop -= 1
    if text[stop] not in " -":
        return None
    lo = max(start - 40, 0)
    run = _WORD_CHARS.match(text[lo:stop][::-1]).end()  # type: ignore[union-attr]
    hit = _LETTER.search(text, stop - run, stop)  # the word's first letter
    return text[hit.start() : stop] if hit else None


_LETTERS_RUN = re.compile(r"[^\W\d_]*")  # matched on a reversed string: the letters before a point


def _letters_before(window: str, stop: int) -> str:
    """Return the run of letters (as ``_LETTER`` matches them) that ends at ``stop``."""
    run = _LETTERS_RUN.match(window[stop - 1 :: -1] if stop else "").end()  # type: ignore[union-attr]
    return window[stop - run : stop]


def _word_before_stopword(body: str, stopword: str) -> str:
    """Return the letters before the blanks before ``stopword`` that ends ``body`` (or "")."""
    cut = len(body) - len(stopword)
    if cut < 1 or not body.endswith(stopword) or not body[cut - 1].isspace():
        return ""
    rest = body[:cut].rstrip()
    return _letters_before(rest, len(rest))


_STOPWORDS = ("the", "of", "wie")  # ("Gebieten wie Latschin": German "such as")


def _kind_word_before(text: str, lo: int, end: int) -> str | None:
    """Return the word ``_KIND_BEFORE`` finds in ``text[lo:end]``, walking back from the end.

    The regex, anchored at the end of its window, tries every start in it, and the leftmost
    wins: the word before "of the", else before "the" or "of", else the last word.
    """
    if end <= lo or not text[end - 1].isspace():  # blanks must end the window
        return None
    if text[end - 1] == " " and end - 1 > lo:  # the usual case: a word and a blank
        blank = text.rfind(" ", lo, end - 1)
        # (no blank in the window: rfind gives -1, and the slice would copy the text so far)
        word = text[blank + 1 : end - 1] if blank >= lo else ""
        if word.isalpha() and word not in _STOPWORDS:
            return word  # (letters as _LETTER has them: isalpha() leaves out digits)
    body = text[lo:end].rstrip()
    word = _letters_before(body, len(body))
    if not body.endswith(_STOPWORDS):
        return word or None
    for stopword in _STOPWORDS:
        before = _word_before_stopword(body, stopword)
        if before:
            word = before
            if stopword == "the":
                rest = body[: len(body) - 3].rstrip()
                word = _word_before_stopword(rest, "of") or word
            break
    return word or None


def _country_word_before(text: str, lo: int, end: int) -> str | None:
    """Return the word ``_COUNTRY_BEFORE`` finds in ``text[lo:end]``, walking back from the end."""
    window = text[lo:end]
    body = window.rstrip()  # blanks must end the window
    if len(body) == len(window):
        return None
    word = _letters_before(body, len(body))
    if body[-2:-1] in ("'", "’", "`") and body[-1] == "s":  # a possessive
        word = _letters_before(body, len(body) - 2) or word
    elif 0 < len(word) <= 3 and body[-len(word) - 1 : -len(word)] in ("'", "’"):
        # a Turkish case ending after an apostrophe ("İran'ın Astara kentinde"): the name
        # and its ending as one word, as Azerbaijani writes it ("İranın")
        stem = _letters_before(body, len(body) - len(word) - 1)
        word = stem + word if stem else word
    return word or None
